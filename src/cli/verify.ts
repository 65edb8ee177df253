import type { Command } from 'commander';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';
import { progressBar } from './progress.ts';

const EXAMPLES = `
Examples:
  attest verify          re-hash every preserved source; exit status 1 if any is missing or altered
  attest verify --json`;

export function registerVerify(program: Command, io: Io): void {
  program
    .command('verify')
    .description('re-hash every preserved source and report missing or altered ones (chain of custody)')
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { json?: boolean }) => {
      const bar = progressBar(io, 'verifying');
      const result = await withCase(program.opts(), io, async ({ store, blobs }) => {
        const total = await store.countDocuments();
        try {
          const { verifyCase } = await import('../pipeline.ts');
          return await verifyCase({ store, blobs }, (done) => bar.update(done, Math.max(total, done)));
        } finally {
          bar.stop();
        }
      });
      if (flags.json) await writeJson(io, { ok: result.problems.length === 0, ...result });
      else {
        const lines = [
          result.problems.length === 0
            ? `verified ${result.checked} sources: every one intact`
            : `verified ${result.checked} sources: ${result.problems.length} with problems`,
          ...result.problems.map((p) => `  ${p.problem.padEnd(8)} ${p.sha256}  ${p.locator}`),
        ];
        if (result.unreferenced.length > 0) {
          lines.push(
            `${result.unreferenced.length} preserved blobs belong to no source (left by an interrupted run)`,
          );
        }
        await write(io.stdout, `${lines.join('\n')}\n`);
      }
      if (result.problems.length > 0) throw new UserError('', 1);
    });
}
