import type { Command } from 'commander';
import { listDocuments } from '../query/documents.ts';
import { type Io, withCase, write, writeJson } from './context.ts';
import { integerOption } from './options.ts';
import { oneLine, published } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest list                      the first 50 documents, oldest first
  attest list --limit 20 --offset 40
  attest list --json | jq '.documents[].title'`;

export function registerList(program: Command, io: Io): void {
  program
    .command('list')
    .description('list the documents in the case')
    .option('--limit <n>', 'how many documents', integerOption(1, 100_000), 50)
    .option('--offset <n>', 'skip this many first', integerOption(0, Number.MAX_SAFE_INTEGER), 0)
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { limit: number; offset: number; json?: boolean }) => {
      const list = await withCase(program.opts(), io, ({ store }) =>
        listDocuments(store, { limit: flags.limit, offset: flags.offset }),
      );
      if (flags.json) return writeJson(io, list);
      const lines = list.documents.map(
        (d) =>
          `${d.id}  ${published(d.published).padEnd(10)}  ${oneLine(d.title ?? '(no title)', 60)}  ${d.source}`,
      );
      const shown = list.documents.length;
      const range =
        shown > 0 ? `${flags.offset + 1}-${flags.offset + shown} of ${list.total}` : `0 of ${list.total}`;
      await write(io.stdout, `${[...lines, `(${range} documents)`].join('\n')}\n`);
    });
}
