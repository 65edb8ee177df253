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
/**
 * No wait on the server is forever: a connection that cannot be had in this time is an error (which the
 * queue retries), and closing gives up on connections still checked out after its own limit. A worker
 * whose connections the server cut could otherwise wait without end for clients that never come back.
 */
const CONNECT_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 5_000;

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
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A connection the server closes (a restart) is replaced on next use; unhandled, it ends the process.
  pool.on('error', () => {});
  const clients = new Set<pg.PoolClient>();
  pool.on('connect', (client) => {
    clients.add(client);
    client.on('error', () => {});
  });
  pool.on('remove', (client) => clients.delete(client as pg.PoolClient));
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
        const closed = await within(CLOSE_TIMEOUT_MS, async () => {
          await utils.release();
          await pool.end();
        });
        if (closed) return;
        // Ended from this side, their sockets no longer keep the process alive.
        log(`queue: connections still in use after ${CLOSE_TIMEOUT_MS / 1000} s; closing them`);
        await Promise.allSettled([...clients].map((client) => client.end()));
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

/** Runs `work`, and says whether it ended (well or not) within `ms`; what is still running is left to run. */
export async function within(ms: number, work: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  const ended = work().then(
    () => true as const,
    () => true as const,
  );
  try {
    return await Promise.race([ended, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A schema name as an SQL identifier (it comes from the server, but is quoted all the same). */
export function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
