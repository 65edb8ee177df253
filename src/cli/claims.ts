import type { Command } from 'commander';
import { type ClaimSource, claimClusters } from '../query/claims.ts';
import { type Io, withCase, write, writeJson } from './context.ts';
import { integerOption } from './options.ts';
import { safeForTerminal } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest claims                       every figure stated in two or more documents, most carried first
  attest claims 1,500                 clusters whose wording contains "1,500"
  attest claims executed --min-documents 1
  attest claims --json | jq '.[] | {what: .sources[0].claim.what, independent: .independence.sources}'

A cluster is the same quantity of the same thing, whatever the hedge ("over 1,500", "an estimated
1,500") or the wording ("1,500 protesters were killed", "the killing of 1,500 protesters"). Independent
sources count a story copied to many documents once, and an outlet's many articles once.`;

function sourceLine(source: ClaimSource): string {
  const { claim, document } = source;
  const hedge = claim.qualifier === 'exact' ? '' : `${claim.qualifier} `;
  const value = claim.valueMax === null ? `${claim.value}` : `${claim.value}-${claim.valueMax}`;
  const where = [document.published ?? 'undated', document.source, source.outlet ? `(${source.outlet})` : '']
    .filter(Boolean)
    .join('  ');
  return `  ${safeForTerminal(`"${claim.text}"`)}  [${hedge}${value}]  ${safeForTerminal(where)}`;
}

export function registerClaims(program: Command, io: Io): void {
  program
    .command('claims')
    .description(
      'figures clustered across documents: who states them, how hedged, since when, how independently',
    )
    .argument('[text...]', 'only clusters whose claims contain these words or digits')
    .option(
      '--min-documents <n>',
      'only clusters found in at least this many documents',
      integerOption(1, 1_000_000),
      2,
    )
    .option('--limit <n>', 'how many clusters', integerOption(1, 10_000), 20)
    .option('--offset <n>', 'skip this many first', integerOption(0, Number.MAX_SAFE_INTEGER), 0)
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(
      async (
        words: string[],
        flags: { minDocuments: number; limit: number; offset: number; json?: boolean },
      ) => {
        const text = words.join(' ').trim();
        const clusters = await withCase(program.opts(), io, ({ store }) =>
          claimClusters(
            store,
            { ...(text ? { text } : {}), minDocuments: flags.minDocuments },
            { limit: flags.limit, offset: flags.offset },
          ),
        );
        if (flags.json)
          return writeJson(
            io,
            clusters.map((c) => c.view),
          );
        const blocks = clusters.map(({ summary, view }) => {
          const { independence, earliest } = view;
          const head =
            `${safeForTerminal(summary.first.what ?? '?')}: ${summary.claims} claims in ${summary.documents} documents, ` +
            `${independence.sources} independent source${independence.sources === 1 ? '' : 's'}; ` +
            `earliest ${earliest.document.published ?? 'undated'} in ${safeForTerminal(earliest.document.source)}`;
          return [head, ...view.sources.map(sourceLine)].join('\n');
        });
        const none = text ? `no claim clusters match ${JSON.stringify(text)}` : 'no claim clusters';
        await write(io.stdout, `${blocks.length > 0 ? blocks.join('\n\n') : none}\n`);
      },
    );
}
