import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printTable, withSchema } from './bench-postgres.ts';
import { writeCorpora } from './corpora.ts';

/**
 * `npm run bench -- queue-ingest [--limit N]`: the first N (5,000) Reuters stories as files, added
 * end to end by the built command line: `attest add` on SQLite and on PostgreSQL, then through the job
 * queue (`add --queue`, then 1 or 2 `attest worker` processes, each at its default concurrency of 2,
 * until the queue is empty, corpus-wide resolution included). Sources are kept in PostgreSQL for the PostgreSQL runs.
 */
const ATTEST = resolve(import.meta.dirname, '../bin/attest.js');

function attest(args: string[], cwd: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ATTEST, ...args], {
      cwd,
      env: { ...process.env, ATTEST_DATABASE_URL: '', ATTEST_BLOBS: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const started = performance.now();
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done((performance.now() - started) / 1000)
        : fail(new Error(`attest ${args[0]}… exited ${code}`)),
    );
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export async function run(args: string[]): Promise<boolean> {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 5000;
  const work = await mkdtemp(join(tmpdir(), 'attest-bench-queue-'));
  try {
    await writeCorpora(work, limit);
    const files = (await readdir(join(work, 'reuters'))).length;
    const rows = [['run', 'documents', 'queue s', 'work s', 'total s', 'documents/s']];
    const row = (name: string, queued: number, worked: number) =>
      rows.push([
        name,
        String(files),
        queued ? queued.toFixed(1) : '',
        worked.toFixed(1),
        (queued + worked).toFixed(1),
        (files / (queued + worked)).toFixed(0),
      ]);
    row('attest add, SQLite', 0, await attest(['--case', join(work, 'sqlite'), 'add', 'reuters'], work));
    await withSchema('attest_bench_add', async (url) => {
      row(
        'attest add, PostgreSQL',
        0,
        await attest(['--db', url, '--blobs', 'postgres', 'add', 'reuters'], work),
      );
    });
    for (const workers of [1, 2]) {
      await withSchema(`attest_bench_queue_${workers}`, async (url) => {
        const on = ['--db', url, '--blobs', 'postgres'];
        const queued = await attest([...on, 'add', '--queue', 'reuters'], work);
        const worker = [...on, 'worker', '--until-idle'];
        const worked = await timed(() =>
          Promise.all(Array.from({ length: workers }, () => attest(worker, work))),
        );
        row(`add --queue, ${workers} worker process${workers > 1 ? 'es' : ''}`, queued, worked);
      });
    }
    printTable(rows);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
