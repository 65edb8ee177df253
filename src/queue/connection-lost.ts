import type { Task } from 'graphile-worker';

/**
 * When the server closes its connections (a restart, an administrator), a task fails with the error of
 * its own connection; the queue then records the failure on another connection of the pool, which may
 * be closed too, its error not yet seen. Waiting a moment before failing lets the pool drop the closed
 * connections first, so the failure is recorded and the job retried instead of lost with the process.
 */

const SETTLE_MS = 1000;

/** Server shutting down (57P01-57P03), connection failures (08xxx), and the driver's own words for them. */
export function isConnectionLost(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    /^57P0[123]$|^08/.test(code) ||
    ['ECONNRESET', 'ECONNREFUSED', 'EPIPE'].includes(code) ||
    /Connection terminated|connection error|not queryable/i.test(message)
  );
}

export function settlingAfterConnectionLoss(task: Task): Task {
  return async (payload, helpers) => {
    try {
      await task(payload, helpers);
    } catch (error) {
      if (isConnectionLost(error)) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      throw error;
    }
  };
}
