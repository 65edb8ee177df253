import type { Command } from 'commander';
import type { Io } from './context.ts';
import { integerOption } from './options.ts';
import { withQueue } from './queue-context.ts';

const EXAMPLES = `
Run as many workers as you like, on any machine that reaches the database (and the blob folder, when
sources are kept in a folder: use --blobs postgres, or a folder every machine shares).

Examples:
  attest --db postgres://attest@db/case worker --concurrency 4
  attest --db postgres://attest@db/case worker --until-idle     stop when the queue is empty`;

interface WorkerFlags {
  concurrency: number;
  untilIdle?: boolean;
  resolveDelay: number;
}

export function registerWorker(program: Command, io: Io): void {
  program
    .command('worker')
    .description('clean, extract and store the sources queued by `attest add --queue` (PostgreSQL ledger)')
    .option('--concurrency <n>', 'sources processed at once, each in a thread', integerOption(1, 256), 2)
    .option('--until-idle', 'stop once no queued, running or retrying work is left')
    .option(
      '--resolve-delay <seconds>',
      'wait this long after a document is stored before resolving across the case',
      integerOption(0, 3600),
      3,
    )
    .addHelpText('after', EXAMPLES)
    .action(async (flags: WorkerFlags) => {
      await withQueue(program.opts(), io, async ({ store, blobs, queue, url }) => {
        const log = (line: string) => io.stdout.write(`${line}\n`);
        const { startWorker } = await import('../queue/run-worker.ts');
        const worker = await startWorker({
          url,
          store,
          blobs,
          queue,
          concurrency: flags.concurrency,
          untilIdle: flags.untilIdle === true,
          resolveDelayMs: flags.resolveDelay * 1000,
          env: io.env,
          log,
        });
        const stop = () => {
          log('stopping: finishing the sources in hand…');
          void worker.stop().catch(() => {});
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        try {
          await worker.finished;
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
        }
      });
    });
}
