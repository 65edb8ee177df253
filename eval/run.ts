/**
 * `npm run eval -- <name> [args]`: prints an extractor's figures on the data in ../shared/data and exits
 * non-zero when it misses its target. With no name, runs every evaluation.
 */
// Extraction's speed is measured as `attest` runs it: see src/heap-tuning.ts.
import '../src/heap-tuning.ts';

const EVALUATIONS: Record<string, () => Promise<{ run(args: string[]): Promise<boolean> }>> = {
  extraction: () => import('./extraction.ts'),
  dates: () => import('./dates.ts'),
  claims: () => import('./claims.ts'),
  entities: () => import('./entities.ts'),
  quotes: () => import('./quotes.ts'),
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const names = name ? [name] : Object.keys(EVALUATIONS);
  let allMet = true;
  for (const each of names) {
    const load = EVALUATIONS[each];
    if (!load) {
      process.stderr.write(`unknown evaluation "${each}"; known: ${Object.keys(EVALUATIONS).join(', ')}\n`);
      return 2;
    }
    process.stdout.write(`\n== ${each} ==\n`);
    const met = await (await load()).run(args);
    if (!met) allMet = false;
  }
  return allMet ? 0 : 1;
}

process.exitCode = await main();
