import { type Case, caseConfig, openCase, type StorageChoice } from '../case.ts';
import type { TeamLedger } from '../team/team-ledger.ts';
import { type Io, UserError } from './context.ts';

/** A team's case: a PostgreSQL ledger, with its tokens and audit log. */
export async function withTeam<T>(
  choice: StorageChoice,
  io: Io,
  work: (c: Case & { team: TeamLedger }) => Promise<T>,
): Promise<T> {
  const config = caseConfig(choice, io.env, io.cwd);
  if (config.database.engine !== 'postgres') {
    throw new UserError(
      'team mode needs a PostgreSQL ledger: give --db postgres://... or ATTEST_DATABASE_URL',
      2,
    );
  }
  const opened = await openCase(config);
  try {
    // Loaded only in team mode, to keep every other command quick to start.
    const { openTeamLedger } = await import('../team/team-ledger.ts');
    const team = await openTeamLedger(config.database.url);
    try {
      return await work({ ...opened, team });
    } finally {
      await team.close();
    }
  } finally {
    await opened.store.close();
  }
}
