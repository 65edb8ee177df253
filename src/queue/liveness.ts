import type { WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { APPLICATION_NAME, quoted } from './connection.ts';

/**
 * Jobs of a dead worker go back to the queue in seconds. graphile-worker itself frees a job only when
 * its lock is four hours old, which suits long jobs; a document takes a second. So each worker holds a
 * PostgreSQL advisory lock named after its pool for as long as its connection lives, and every worker
 * looks, every few seconds, for jobs locked by a pool whose lock nobody holds: that process is gone
 * (killed, its machine down, cut off from the server), and its jobs are unlocked for others to take.
 */

/** The advisory lock's first key: "alve"; the second is the pool's id. */
const LIVENESS_LOCK = 0x616c7665;
const SWEEP_EVERY_MS = 2000;
/** A pool takes its first job before its lock is held; a job locked this recently is never taken back. */
const GRACE_SECONDS = 5;
const RECONNECT_AFTER_MS = 1000;

export interface Liveness {
  /** Declares this process alive for the pool with this id (call when the pool is created). */
  hold(poolId: string): void;
  /** Declares the pool with this id gone (it stopped), so that its jobs are returned to the queue. */
  release(poolId: string): void;
  stop(): Promise<void>;
}

export function keepAlive(
  url: string,
  queueSchema: string,
  utils: WorkerUtils,
  log: (line: string) => void,
): Liveness {
  const held = new Set<string>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client | null> | null = null;
  let stopped = false;

  const connect = (): Promise<pg.Client | null> => {
    connecting ??= (async () => {
      const fresh = new pg.Client({ connectionString: url, application_name: APPLICATION_NAME });
      fresh.on('error', () => {
        // The server closed the connection (a restart): its locks are gone; take them again.
        if (client === fresh) client = null;
      });
      try {
        await fresh.connect();
        for (const id of held)
          await fresh.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCK, id]);
        client = fresh;
        return fresh;
      } catch {
        await fresh.end().catch(() => {});
        return null;
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  };

  const live = async () => client ?? (await connect());

  const sweep = async () => {
    const c = await live();
    if (!c) return;
    const { rows } = await c.query<{ locked_by: string }>(
      `select distinct locked_by from ${quoted(queueSchema)}._private_jobs
       where locked_by is not null and locked_at < now() - make_interval(secs => $1)`,
      [GRACE_SECONDS],
    );
    for (const { locked_by: id } of rows) {
      if (held.has(id)) continue;
      const { rows: free } = await c.query<{ free: boolean }>(
        'select pg_try_advisory_lock($1, hashtext($2)) as free',
        [LIVENESS_LOCK, id],
      );
      if (!free[0]?.free) continue;
      await c.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS_LOCK, id]);
      await utils.forceUnlockWorkers([id]);
      log(`returned to the queue the jobs of ${id}, a worker that is gone`);
    }
  };

  const timer = setInterval(() => {
    if (!stopped) sweep().catch(() => {});
  }, SWEEP_EVERY_MS);
  const reconnect = setInterval(() => {
    if (!stopped && !client) void connect();
  }, RECONNECT_AFTER_MS);

  return {
    hold(poolId) {
      held.add(poolId);
      void live().then((c) =>
        c?.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCK, poolId]).catch(() => {}),
      );
    },
    release(poolId) {
      held.delete(poolId);
      client?.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS_LOCK, poolId]).catch(() => {});
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(reconnect);
      await client?.end().catch(() => {});
    },
  };
}
