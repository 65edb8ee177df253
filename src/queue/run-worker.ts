import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { run, type WorkerEvents } from 'graphile-worker';
import type { BlobStore } from '../capture/blob-store.ts';
import { startPool } from '../document-pool.ts';
import type { Store } from '../store/store.ts';
import type { JobQueue } from './connection.ts';
import { settlingAfterConnectionLoss } from './connection-lost.ts';
import { ingestTask } from './ingest-task.ts';
import { keepAlive } from './liveness.ts';
import { INGEST_TASK, RESOLVE_TASK } from './payloads.ts';
import { resolveTask } from './resolve-task.ts';
import { queueStatus, workLeft } from './status.ts';
import { testHooks } from './test-hooks.ts';

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

export interface RunningWorker {
  /** Resolves when the worker has stopped. */
  finished: Promise<void>;
  /** Lets the jobs in hand finish, then stops. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { store, blobs, queue, log } = options;
  const pool = startPool({ blobFolder: null, known: [] }, options.concurrency);
  const liveness = keepAlive(options.url, queue.schema, queue.utils, log);
  const events: WorkerEvents = new EventEmitter();
  events.on('pool:create', ({ workerPool }) => liveness.hold(workerPool.id));
  const context = {
    store,
    blobs,
    pool,
    ledgerSchema: queue.ledgerSchema,
    worker: `${hostname()}:${process.pid}`,
    hooks: testHooks(options.env),
    resolveDelayMs: options.resolveDelayMs,
    log,
  };
  const runner = await run({
    pgPool: queue.pool,
    schema: queue.schema,
    concurrency: options.concurrency,
    noHandleSignals: true,
    logger: queue.logger,
    events,
    pollInterval: 1000,
    taskList: {
      [INGEST_TASK]: settlingAfterConnectionLoss(ingestTask(context), queue.pool),
      [RESOLVE_TASK]: settlingAfterConnectionLoss(resolveTask(store, log), queue.pool),
    },
  });
  let idleCheck: NodeJS.Timeout | undefined;
  if (options.untilIdle) {
    idleCheck = setInterval(() => {
      queueStatus(queue.pool, queue.schema, queue.ledgerSchema).then(
        (status) => {
          if (!workLeft(status)) void runner.stop();
        },
        () => {},
      );
    }, IDLE_CHECK_MS);
  }
  const finished = runner.promise.finally(async () => {
    clearInterval(idleCheck);
    await liveness.stop();
    await pool.close();
  });
  return {
    finished,
    stop: async () => {
      await runner.stop();
      await finished;
    },
  };
}
