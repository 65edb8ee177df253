import type { Command } from 'commander';
import { searchDocuments } from '../query/search.ts';
import { type Io, withCase, write, writeJson } from './context.ts';
import { integerOption } from './options.ts';
import { published, safeForTerminal } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest search Soleimani                   documents that mention the word (any inflection: killed ~ kill)
  attest search '"Quds Force" commander'    a phrase and a word, both required
  attest search 'executions OR hangings'    either word
  attest search 'protest -football'         one word and not the other
  attest search 'Ahmadi*'                   a prefix
  attest search Zarif --json --limit 100`;

export function registerSearch(program: Command, io: Io): void {
  program
    .command('search')
    .description('full-text search over documents, ranked, with the matching words in context')
    .argument('<query...>', 'words, "quoted phrases", OR, -excluded, prefix*')
    .option('--limit <n>', 'how many results', integerOption(1, 10_000), 20)
    .option('--offset <n>', 'skip this many first', integerOption(0, Number.MAX_SAFE_INTEGER), 0)
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], flags: { limit: number; offset: number; json?: boolean }) => {
      const query = words.join(' ');
      const results = await withCase(program.opts(), io, ({ store }) =>
        searchDocuments(store, query, { limit: flags.limit, offset: flags.offset }),
      );
      if (flags.json) return writeJson(io, { query, results });
      const bold = io.stdout.isTTY ? (t: string) => `\u001b[1m${t}\u001b[22m` : (t: string) => `[${t}]`;
      const blocks = results.map((r, i) => {
        const snippet = r.snippet
          .map((p) => (p.match ? bold(safeForTerminal(p.text)) : safeForTerminal(p.text)))
          .join('')
          .replace(/\s+/g, ' ');
        const head = `${flags.offset + i + 1}. ${r.id}  ${published(r.published)}  ${safeForTerminal(r.title ?? '(no title)')}`;
        return `${head}\n   ${safeForTerminal(r.source)}\n   ${snippet}`;
      });
      const footer = results.length === 0 ? `no documents match ${JSON.stringify(query)}` : '';
      await write(io.stdout, `${[...blocks, footer].filter(Boolean).join('\n\n')}\n`);
    });
}
