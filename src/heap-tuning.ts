import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring for the whole process, worker threads included (V8's
 * flags are per process). The first document a thread reads loads the lexicons and models, and the
 * collections that loading sets off run while that document's words, tokens and features are alive.
 * V8 then judges those allocation sites long-lived and from then on places every word of every
 * document straight in the old generation, where only full collections reclaim it: after one such
 * document, building a Reuters story's words took four times as long. Without pretenuring, cleaning and
 * extracting a Reuters story on one thread took 0.4 ms (12%) less CPU in seven of eight paired runs, and
 * each worker of a profiled `attest add` spent 0.7 s less in the collector and 0.5 s less building
 * words; whole runs, where documents wait in batches and live longer anyway, moved less than the
 * machine's own swings. Imported first by `bin/attest.js` (every command, the workers' processes
 * included), and by the bench and the eval so that they measure extraction as `attest` runs it.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
