import type { Command } from 'commander';
import type { ApiToken } from '../team/tokens.ts';
import { type Io, UserError, write, writeJson } from './context.ts';
import { withTeam } from './team-context.ts';

const EXAMPLES = `
Tokens are for \`attest serve --team\`: each request sends one as \`Authorization: Bearer <token>\`.
The token is printed once, when made; the ledger keeps only its hash.

Examples:
  attest --db postgres://db/case token create "Leila Farahani"
  attest --db postgres://db/case token create reviewer --read-only
  attest --db postgres://db/case token list
  attest --db postgres://db/case token revoke 3fa2c9d1`;

function describeToken(t: ApiToken): string {
  const rights = t.readOnly ? 'read-only ' : 'read-write';
  const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'live';
  return `${t.id}  ${rights}  ${t.createdAt}  ${state}  ${t.name}`;
}

export function registerToken(program: Command, io: Io): void {
  const token = program
    .command('token')
    .description('API tokens of a team ledger (PostgreSQL): create, list, revoke')
    .addHelpText('after', EXAMPLES);
  token
    .command('create')
    .addHelpText('after', EXAMPLES)
    .description('make a token for a person or a program; it is printed once')
    .argument('<name>', 'whose token it is: the audit log records every action under this name')
    .option('--read-only', 'the token may read and export, never change the ledger')
    .option('--json', 'print the token and its record as JSON')
    .action(async (name: string, flags: { readOnly?: boolean; json?: boolean }) => {
      if (!name.trim()) throw new UserError('a token needs a name', 2);
      const made = await withTeam(program.opts(), io, ({ team }) =>
        team.tokens.create(name.trim(), flags.readOnly === true),
      );
      if (flags.json) await writeJson(io, { ...made.token, token: made.secret });
      else
        await write(
          io.stdout,
          `${made.secret}\n` +
            `token ${made.token.id} for ${made.token.name}${made.token.readOnly ? ' (read-only)' : ''}: ` +
            'keep it now, it is not shown again\n',
        );
    });
  token
    .command('list')
    .addHelpText('after', EXAMPLES)
    .description('every token: id, rights, when made, whether revoked, whose')
    .option('--json', 'print the tokens as JSON')
    .action(async (flags: { json?: boolean }) => {
      const tokens = await withTeam(program.opts(), io, ({ team }) => team.tokens.list());
      if (flags.json) await writeJson(io, tokens);
      else await write(io.stdout, tokens.map((t) => `${describeToken(t)}\n`).join(''));
    });
  token
    .command('revoke')
    .addHelpText('after', EXAMPLES)
    .description('revoke a token by its id, or every token of a name')
    .argument('<id-or-name>')
    .action(async (idOrName: string) => {
      const revoked = await withTeam(program.opts(), io, ({ team }) => team.tokens.revoke(idOrName));
      if (revoked.length === 0)
        throw new UserError(`no live token has the id or name ${JSON.stringify(idOrName)}`);
      await write(io.stdout, revoked.map((t) => `revoked ${describeToken(t)}\n`).join(''));
    });
}
