import pg from 'pg';
import { redactUrl, withoutSecrets } from '../store/postgres/connection-url.ts';
import { StoreUnavailable } from '../store/store.ts';
import { type AuditLog, auditLog } from './audit-log.ts';
import { type TokenStore, tokenStore } from './tokens.ts';

/** A team's tokens and audit log, in the ledger's PostgreSQL database (its tables made by its migrations). */
export interface TeamLedger {
  tokens: TokenStore;
  audit: AuditLog;
  close(): Promise<void>;
}

const POOL_SIZE = 4;

export async function openTeamLedger(url: string): Promise<TeamLedger> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: 'attest-team' });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await pool.query('select 1 from api_tokens limit 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailable(
      `cannot open the team ledger at ${redactUrl(url)}: ${withoutSecrets(message, url)}`,
    );
  }
  return { tokens: tokenStore(pool), audit: auditLog(pool), close: () => pool.end() };
}
