/** `npm run bench -- <name> [args]`: runs a benchmark and prints its figures. */
// The stages measured in this process run as `attest` runs them: see src/heap-tuning.ts.
import '../src/heap-tuning.ts';

const BENCHMARKS: Record<string, () => Promise<{ run(args: string[]): Promise<boolean> }>> = {
  ingest: () => import('./ingest.ts'),
  copies: () => import('./copies.ts'),
  serve: () => import('./serve.ts'),
  entities: () => import('./entities.ts'),
  'store-engines': () => import('./store-engines.ts'),
  'queue-ingest': () => import('./queue-ingest.ts'),
  'query-scale': () => import('./query-scale.ts'),
};

const [name = 'ingest', ...args] = process.argv.slice(2);
const load = BENCHMARKS[name];
if (!load) {
  process.stderr.write(`unknown benchmark "${name}"; known: ${Object.keys(BENCHMARKS).join(', ')}\n`);
  process.exitCode = 2;
} else {
  process.exitCode = (await (await load()).run(args)) ? 0 : 1;
}
