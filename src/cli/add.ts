import type { Command } from 'commander';
import type { CaptureOptions, Summary } from '../pipeline.ts';
import type { EnqueueSummary } from '../queue/enqueue.ts';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';
import { integerOption, positiveNumber } from './options.ts';
import { progressBar } from './progress.ts';
import { withQueue } from './queue-context.ts';

const EXAMPLES = `
Examples:
  attest add ~/articles                       every file in the folder, recursively
  attest add 'reports/**/*.html' notes.txt    glob patterns and single files
  pbpaste | attest add -                      text from standard input
  attest add https://example.org/story.html   a web page, fetched and preserved
  attest add --json articles > summary.json   the summary as JSON
  attest add --no-extract ~/archive           preserve and index now, find statements later
                                              (attest reprocess --outdated)
  attest --db postgres://db/case add --queue ~/articles
                                              preserve and queue them for \`attest worker\``;

interface AddFlags {
  maxSize: number;
  allowPrivate?: boolean;
  timeout: number;
  maxRedirects: number;
  jobs?: number;
  extract: boolean;
  json?: boolean;
  queue?: boolean;
  attempts: number;
}

export function registerAdd(program: Command, io: Io): void {
  program
    .command('add')
    .description('preserve, clean and store files, folders, glob patterns, URLs or standard input (-)')
    .argument('<inputs...>', 'files, folders, glob patterns, http(s) URLs, or - for standard input')
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', positiveNumber, 50)
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', positiveNumber, 30)
    .option('--max-redirects <n>', 'follow at most this many redirects', integerOption(0, 50), 5)
    .option('--jobs <n>', 'worker threads (default: one per core)', integerOption(1, 256))
    .option(
      '--no-extract',
      'preserve, clean and index only; statements, actors, dates, figures and copies are found by a later ' +
        '`attest reprocess --outdated`, or by adding the same sources again without this flag',
    )
    .option('--json', 'print the summary as JSON')
    .option('--queue', 'preserve the sources and queue them for `attest worker` (PostgreSQL ledger)')
    .option(
      '--attempts <n>',
      'with --queue: tries a source gets before it is reported failed',
      integerOption(1, 25),
      3,
    )
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: AddFlags) => {
      const options: CaptureOptions = {
        maxBytes: Math.round(flags.maxSize * 1_000_000),
        allowPrivate: flags.allowPrivate === true,
        timeoutMs: Math.round(flags.timeout * 1000),
        maxRedirects: flags.maxRedirects,
        userAgent: 'Attest/0.1 (evidence ledger; +https://www.npmjs.com/package/attest)',
        stdin: io.stdin,
        cwd: io.cwd,
      };
      if (flags.queue) {
        if (!flags.extract)
          throw new UserError('--no-extract cannot be used with --queue: queue workers always extract', 2);
        await enqueue(program, io, inputs, options, flags);
        return;
      }
      const summary = await withCase(program.opts(), io, async ({ store, blobs }) => {
        const bar = progressBar(io, 'adding');
        try {
          // The pipeline (worker pool, extractors) is loaded by the commands that run it, not by every one.
          const { addInputs } = await import('../pipeline.ts');
          return await addInputs(
            inputs,
            options,
            { store, blobs },
            {
              threads: flags.jobs,
              extract: flags.extract,
              onProgress: (p) => bar.update(p.done, p.total),
              onResolving: () => bar.finish('resolving entities, copies and claim clusters across the case…'),
            },
          );
        } finally {
          bar.stop();
        }
      });
      if (flags.json) await writeJson(io, summary);
      else
        await write(
          io.stdout,
          describeSummary(summary) + (flags.extract || summary.added === 0 ? '' : LATER),
        );
      if (summary.failed > 0) throw new UserError('', 1);
    });
}

const LATER =
  'statements, actors, dates, figures and copies are not looked for yet: `attest reprocess --outdated` does it\n';

export function describeSummary(summary: Summary): string {
  const updated = summary.updated > 0 ? `, brought up to date ${summary.updated}` : '';
  const lines = [
    `added ${summary.added}${updated}, already known ${summary.known}, failed ${summary.failed}`,
  ];
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'failed') lines.push(`  failed  ${outcome.locator}: ${outcome.reason}`);
  }
  // A correction that stopped applying (its entity is gone after the documents changed) must not pass
  // unseen: the person who made it relies on it wherever the entity is read.
  for (const id of summary.resolution.unappliedCurations)
    lines.push(`  curation not applied (its entity is gone): ${id}; see \`attest entity history\``);
  return `${lines.join('\n')}\n`;
}

async function enqueue(program: Command, io: Io, inputs: string[], options: CaptureOptions, flags: AddFlags) {
  const summary = await withQueue(program.opts(), io, async ({ store, blobs, queue }) => {
    const bar = progressBar(io, 'queueing');
    try {
      const { enqueueInputs } = await import('../queue/enqueue.ts');
      return await enqueueInputs(
        inputs,
        options,
        { store, blobs, queue },
        { maxAttempts: flags.attempts, onProgress: (done, total) => bar.update(done, total) },
      );
    } finally {
      bar.stop();
    }
  });
  if (flags.json) await writeJson(io, summary);
  else await write(io.stdout, describeQueued(summary));
  if (summary.failed > 0) throw new UserError('', 1);
}

export function describeQueued(summary: EnqueueSummary): string {
  const lines = [`queued ${summary.queued}, already known ${summary.known}, failed ${summary.failed}`];
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'failed') lines.push(`  failed  ${outcome.locator}: ${outcome.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
