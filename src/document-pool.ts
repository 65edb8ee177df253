import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { WorkerSetup, WorkItem, WorkResult } from './pipeline-worker.ts';

/** Runs the per-document stages off the main thread. */
export interface DocumentPool {
  run(item: WorkItem): Promise<WorkResult>;
  readonly threads: number;
  /** How many documents may usefully be in flight at once. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** Documents sent to a worker in one message; small enough that a batch of large pages stays small. */
const BATCH_SIZE = 16;
const BATCH_BYTES = 4_000_000;
/**
 * Batches each worker holds at once. A batch's blobs wait on the disk's syncs (a tenth of a second, more
 * when the disk is busy), and the main thread commits a group of results in one synchronous transaction,
 * handing out no work meanwhile. Timed per batch on the Reuters corpus, a worker holding four batches
 * waited for work two fifths of the run, one holding sixteen almost never (end to end 57 s to 50 s).
 */
const BATCHES_PER_WORKER = 16;

interface Pending {
  item: WorkItem;
  resolve: (result: WorkResult) => void;
  reject: (error: unknown) => void;
}

function sizeOf(item: WorkItem): number {
  return item.kind === 'bytes' ? item.input.bytes.length : 0;
}

/**
 * A pool of worker threads, one per core unless told otherwise. Work items are gathered into batches:
 * a batch goes out when it is full or when the main thread has nothing else to do this turn.
 */
export function startPool(setup: WorkerSetup, threads = availableParallelism()): DocumentPool {
  const compiled = import.meta.url.endsWith('.js');
  const filename = new URL(`./pipeline-worker.${compiled ? 'js' : 'ts'}`, import.meta.url).href;
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // A batch waiting on the disk to sync its blobs lets the thread compute the next one meanwhile.
    concurrentTasksPerWorker: BATCHES_PER_WORKER,
    workerData: setup,
  });
  let batch: Pending[] = [];
  let bytes = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    bytes = 0;
    (pool.run(sent.map((p) => p.item)) as Promise<WorkResult[]>).then(
      (results) => {
        for (const [i, p] of sent.entries()) p.resolve(results[i] as WorkResult);
      },
      (error: unknown) => {
        for (const p of sent) p.reject(error);
      },
    );
  };

  return {
    threads,
    capacity: threads * BATCH_SIZE * BATCHES_PER_WORKER,
    run(item) {
      return new Promise<WorkResult>((resolve, reject) => {
        batch.push({ item, resolve, reject });
        bytes += sizeOf(item);
        if (batch.length >= BATCH_SIZE || bytes >= BATCH_BYTES) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    close: () => pool.destroy(),
  };
}
