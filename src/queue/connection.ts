import { Logger, makeWorkerUtils, runMigrations, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { redactUrl, withoutSecrets } from '../store/postgres/connection-url.ts';
import { StoreUnavailable } from '../store/store.ts';

/**
 * The job queue of a PostgreSQL ledger (graphile-worker: workers are told of new jobs by LISTEN/NOTIFY,
 * so a job starts in milliseconds, where a polling queue waits for its next poll). Its tables live in a
 * schema of their own beside the ledger's: `graphile_worker` for a ledger in `public`, else
 * `<ledger schema>_jobs`, so several ledgers in one database keep separate queues.
 */
export interface JobQueue {
  /** Connections of this process to the queue; named `attest-queue` in pg_stat_activity. */
  pool: pg.Pool;
  /** The schema of the queue's tables. */
  schema: string;
  /** The ledger's schema, where the queue's own records of finished jobs are kept. */
  ledgerSchema: string;
  utils: WorkerUtils;
  logger: Logger;
  close(): Promise<void>;
}

export const APPLICATION_NAME = 'attest-queue';
const POOL_SIZE = 10;

export function queueSchemaFor(ledgerSchema: string): string {
  return ledgerSchema === 'public' ? 'graphile_worker' : `${ledgerSchema}_jobs`;
}

/** The queue's warnings and errors go to standard error; its routine chatter is not shown. */
export function queueLogger(write: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    const name = String(level);
    if (name === 'warning' || name === 'error') write(`queue ${name}: ${message}`);
  });
}

/** Opens (and migrates) the queue of the ledger at `url`; a failure never shows the URL's password. */
export async function openQueue(url: string, log: (line: string) => void): Promise<JobQueue> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: APPLICATION_NAME });
  // A connection the server closes (a restart) is replaced on next use; unhandled, it ends the process.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    const { rows } = await pool.query<{ schema: string }>('select current_schema() as schema');
    const ledgerSchema = rows[0]?.schema;
    if (!ledgerSchema) throw new Error('no schema of the search_path exists');
    const schema = queueSchemaFor(ledgerSchema);
    const logger = queueLogger(log);
    await runMigrations({ pgPool: pool, schema, logger });
    const utils = await makeWorkerUtils({ pgPool: pool, schema, logger });
    return {
      pool,
      schema,
      ledgerSchema,
      utils,
      logger,
      close: async () => {
        await utils.release();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailable(
      `cannot open the job queue at ${redactUrl(url)}: ${withoutSecrets(message, url)}`,
    );
  }
}

/** A schema name as an SQL identifier (it comes from the server, but is quoted all the same). */
export function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
