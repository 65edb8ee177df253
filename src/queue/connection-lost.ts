import type { Task } from 'graphile-worker';
import type pg from 'pg';

/**
 * When the server closes its connections (a restart, an administrator), a task fails with the error of
 * its own connection, and the queue then records the failure on another connection of the pool: one
 * that may be closed too, its error not seen yet, or no connection at all while the server is down.
 * Such a failure would be lost with the process. So a task that lost its connection waits, before it
 * fails, until the server answers again on a connection of the pool; the job is then retried.
 */

const RETRY_EVERY_MS = 500;
const GIVE_UP_AFTER_MS = 120_000;

/** Server shutting down (57P01-57P03), connection failures (08xxx), and the driver's own words for them. */
export function isConnectionLost(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isConnectionLost);
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    /^57P0[123]$|^08/.test(code) ||
    ['ECONNRESET', 'ECONNREFUSED', 'EPIPE'].includes(code) ||
    /Connection terminated|connection error|not queryable/i.test(message)
  );
}

/** Resolves once a connection of the pool answers (closed ones are dropped on the way), or gives up. */
export async function serverAnswers(pool: pg.Pool): Promise<void> {
  const until = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    try {
      await pool.query('select 1');
      return;
    } catch (error) {
      if (Date.now() > until || !isConnectionLost(error)) return;
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
    }
  }
}

export function settlingAfterConnectionLoss(task: Task, pool: pg.Pool): Task {
  return async (payload, helpers) => {
    try {
      await task(payload, helpers);
    } catch (error) {
      if (isConnectionLost(error)) await serverAnswers(pool);
      throw error;
    }
  };
}
