import { type Case, caseConfig, openCase, type StorageChoice } from '../case.ts';
import type { JobQueue } from '../queue/connection.ts';
import { type Io, UserError } from './context.ts';

/** A case whose ledger is in PostgreSQL, with its job queue: what `add --queue`, `worker` and `status` use. */
export interface QueuedCase extends Case {
  url: string;
  queue: JobQueue;
}

export async function withQueue<T>(
  choice: StorageChoice,
  io: Io,
  work: (c: QueuedCase) => Promise<T>,
): Promise<T> {
  const config = caseConfig(choice, io.env, io.cwd);
  if (config.database.engine !== 'postgres') {
    throw new UserError(
      'the job queue needs a PostgreSQL ledger: give --db postgres://... or ATTEST_DATABASE_URL',
      2,
    );
  }
  const url = config.database.url;
  const opened = await openCase(config);
  try {
    // The queue's driver is loaded only by the commands that use it, to keep every other one quick to start.
    const { openQueue } = await import('../queue/connection.ts');
    const queue = await openQueue(url, (line) => io.stderr.write(`${line}\n`));
    try {
      return await work({ ...opened, url, queue });
    } finally {
      await queue.close();
    }
  } finally {
    await opened.store.close();
  }
}
