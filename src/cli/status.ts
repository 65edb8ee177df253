import type { Command } from 'commander';
import type { QueueStatus } from '../queue/status.ts';
import { type Io, write, writeJson } from './context.ts';
import { withQueue } from './queue-context.ts';

const EXAMPLES = `
Examples:
  attest --db postgres://db/case status          the queue of a case whose sources were added --queue
  attest status --json | jq '.failures[]'        each failed source with its reason and tries

Done and failed counts include every source since the queue was made; throughput counts sources
stored in the last minute and five minutes, by any worker.`;

export function registerStatus(program: Command, io: Io): void {
  program
    .command('status')
    .description('the job queue: queued, running, done and failed sources, throughput, failures')
    .option('--json', 'print the status as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { json?: boolean }) => {
      const status = await withQueue(program.opts(), io, async ({ queue }) => {
        const { queueStatus } = await import('../queue/status.ts');
        return queueStatus(queue.pool, queue.schema, queue.ledgerSchema);
      });
      if (flags.json) await writeJson(io, status);
      else await write(io.stdout, describeStatus(status));
    });
}

export function describeStatus(s: QueueStatus): string {
  const lines = [
    `queued ${s.queued}${s.retrying ? ` (${s.retrying} to retry)` : ''}, running ${s.running}, ` +
      `done ${s.done}, refused ${s.refused}, failed ${s.failed}`,
    `throughput: ${s.throughput.lastMinute} in the last minute, ${s.throughput.lastFiveMinutes} in the last 5 minutes`,
    `resolution across the case: ${s.resolution}`,
  ];
  for (const f of s.failures) {
    const tries = f.attempts === 1 ? '1 try' : `${f.attempts} tries`;
    lines.push(`  failed  ${f.locator}: ${f.reason} (${tries})`);
  }
  return `${lines.join('\n')}\n`;
}
