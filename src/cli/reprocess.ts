import type { Command } from 'commander';
import { describeSummary } from './add.ts';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';
import { integerOption } from './options.ts';
import { progressBar } from './progress.ts';

const EXAMPLES = `
Examples:
  attest reprocess              re-derive every document from its preserved bytes with this version
  attest reprocess --outdated   only those of an earlier version or added with --no-extract
  attest reprocess --json`;

export function registerReprocess(program: Command, io: Io): void {
  program
    .command('reprocess')
    .description('re-derive every document from its preserved source with the current pipeline')
    .option('--jobs <n>', 'worker threads (default: one per core)', integerOption(1, 256))
    .option(
      '--outdated',
      'only documents this version has not derived in full (earlier versions, --no-extract)',
    )
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { jobs?: number; outdated?: boolean; json?: boolean }) => {
      const summary = await withCase(program.opts(), io, async ({ store, blobs }) => {
        const bar = progressBar(io, 'reprocessing');
        try {
          const { reprocessAll } = await import('../pipeline.ts');
          return await reprocessAll(
            { store, blobs },
            {
              threads: flags.jobs,
              outdated: flags.outdated === true,
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
          describeSummary(summary).replace(/^added (\d+), already known \d+/, 'reprocessed $1'),
        );
      if (summary.failed > 0) throw new UserError('', 1);
    });
}
