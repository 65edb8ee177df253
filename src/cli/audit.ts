import type { Command } from 'commander';
import { type Io, write, writeJson } from './context.ts';
import { integerOption } from './options.ts';
import { withTeam } from './team-context.ts';

const EXAMPLES = `
Examples:
  attest --db postgres://db/case audit                      the last 50 actions, newest first
  attest --db postgres://db/case audit --actor reviewer     what one token holder did
  attest audit --json --limit 1000 > audit.json

The log is written by \`attest serve --team\` for every add, curation and export through the API,
refused attempts included; the database refuses any change to it.`;

export function registerAudit(program: Command, io: Io): void {
  program
    .command('audit')
    .description('the audit log of a team ledger: who added, curated and exported what, newest first')
    .option('--limit <n>', 'entries to show', integerOption(1, 100_000), 50)
    .option('--actor <name>', 'only what this token holder did')
    .option('--json', 'print the entries as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { limit: number; actor?: string; json?: boolean }) => {
      const entries = await withTeam(program.opts(), io, ({ team }) =>
        team.audit.list({ limit: flags.limit, actor: flags.actor }),
      );
      if (flags.json) await writeJson(io, entries);
      else
        await write(
          io.stdout,
          entries
            .map((e) => `${e.at}  ${e.actor}  ${e.action}  ${e.method} ${e.path}  → ${e.status}\n`)
            .join(''),
        );
    });
}
