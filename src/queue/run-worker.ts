import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { type Runner, run, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { BlobStore } from '../capture/blob-store.ts';
import { startPool } from '../document-pool.ts';
import type { Store } from '../store/store.ts';
import { APPLICATION_NAME, type JobQueue, within } from './connection.ts';
import { isConnectionLost, serverAnswers, settlingAfterConnectionLoss } from './connection-lost.ts';
import { ingestTask } from './ingest-task.ts';
import { keepAlive } from './liveness.ts';
import { INGEST_TASK, RESOLVE_TASK } from './payloads.ts';
import { resolveTask } from './resolve-task.ts';
import { queueStatus, workLeft } from './status.ts';
import { holdConnectionIfAsked, testHooks } from './test-hooks.ts';

/**
 * `attest worker`: takes jobs from the queue until stopped (or, if asked, until no work is left),
 * `concurrency` sources at a time, each cleaned and extracted in a thread of its own.
 */

export interface WorkerOptions {
  url: string;
  store: Store;
  blobs: BlobStore;
  queue: JobQueue;
  concurrency: number;
  /** Stop once the queue holds nothing more to do (failed jobs aside). */
  untilIdle: boolean;
  resolveDelayMs: number;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

const IDLE_CHECK_MS = 1000;
/** With no job in hand, stopping the queue's runner takes milliseconds; this long means it is stuck. */
const IDLE_STOP_TIMEOUT_MS = 15_000;

export interface RunningWorker {
  /** Resolves when the worker has stopped. */
  finished: Promise<void>;
  /** Lets the jobs in hand finish, then stops. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { store, blobs, queue, log } = options;
  const pool = startPool({ blobFolder: null, known: [], extract: true }, options.concurrency);
  const liveness = keepAlive(options.url, queue.schema, queue.utils, log);
  const events: WorkerEvents = new EventEmitter();
  let poolId: string | null = null;
  events.on('pool:create', ({ workerPool }) => {
    poolId = workerPool.id;
    liveness.hold(workerPool.id);
  });
  const hooks = testHooks(options.env);
  const context = {
    store,
    blobs,
    pool,
    ledgerSchema: queue.ledgerSchema,
    worker: `${hostname()}:${process.pid}`,
    hooks,
    resolveDelayMs: options.resolveDelayMs,
    log,
  };
  const taskList = {
    [INGEST_TASK]: settlingAfterConnectionLoss(ingestTask(context), queue.pool),
    [RESOLVE_TASK]: settlingAfterConnectionLoss(resolveTask(store, log), queue.pool),
  };
  const startRunner = () =>
    run({
      pgPool: queue.pool,
      schema: queue.schema,
      concurrency: options.concurrency,
      noHandleSignals: true,
      logger: queue.logger,
      events,
      pollInterval: 1000,
      taskList,
      // Unbatched, graphile-worker records a job's end without awaiting it, so losing the connection at
      // that moment would end the process; batched, the failure stops the runner, which is restarted.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });

  // A runner that fails ends its promise all the same; the error comes as an event.
  let fatal: unknown = null;
  events.on('pool:fatalError', ({ error }) => {
    fatal = error;
  });
  let runner: Runner = await startRunner();
  let stopping = false;
  /** Runs until stopped; a runner that stops because the server went away is replaced by a new one. */
  const supervise = async (): Promise<void> => {
    for (;;) {
      const error = await runner.promise.then(
        () => fatal,
        (rejected: unknown) => rejected,
      );
      fatal = null;
      if (stopping || error === null) return;
      if (!isConnectionLost(error)) throw error;
      log('queue: the server closed the connection while a job was ending; starting again');
      // The jobs the old runner held go back to the queue once no process holds its liveness lock.
      if (poolId) liveness.release(poolId);
      await serverAnswers(queue.pool);
      if (stopping) return;
      runner = await startRunner();
    }
  };
  // A worker whose runner does not stop is let go: `finished` settles all the same.
  let abandon = () => {};
  const abandoned = new Promise<void>((resolve) => {
    abandon = resolve;
  });
  let idleCheck: NodeJS.Timeout | undefined;
  // The idle check has a connection of its own: the queue's pool may be the very thing that is stuck.
  const watch = options.untilIdle
    ? new pg.Pool({ connectionString: options.url, max: 1, application_name: APPLICATION_NAME })
    : null;
  if (watch) {
    watch.on('error', () => {});
    idleCheck = setInterval(() => {
      queueStatus(watch, queue.schema, queue.ledgerSchema).then(
        async (status) => {
          if (workLeft(status) || stopping) return;
          clearInterval(idleCheck);
          await holdConnectionIfAsked(hooks, queue.pool, log);
          if (await within(IDLE_STOP_TIMEOUT_MS, stop)) return;
          log(
            `queue: no work is left, but the queue did not stop in ${IDLE_STOP_TIMEOUT_MS / 1000} s; leaving it`,
          );
          abandon();
        },
        () => {},
      );
    }, IDLE_CHECK_MS);
  }
  const finished = Promise.race([supervise(), abandoned]).finally(async () => {
    clearInterval(idleCheck);
    await within(IDLE_STOP_TIMEOUT_MS, async () => watch?.end());
    await liveness.stop();
    await pool.close();
  });
  const stop = async () => {
    stopping = true;
    // A runner that already stopped on its own (the server went away) has nothing left to stop.
    await runner.stop().catch(() => {});
  };
  return {
    finished,
    stop: async () => {
      await stop();
      await finished;
    },
  };
}
