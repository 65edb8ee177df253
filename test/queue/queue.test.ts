import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAttest } from '../helpers/cli.ts';
import { postgresTest } from '../helpers/engines.ts';
import {
  administer,
  articlesWorkspace,
  dropQueueAfter,
  ledgerOf,
  startWorkerProcess,
} from '../helpers/queue.ts';

/**
 * The job queue against the real server: `attest add --queue` preserves and queues, `attest worker`
 * processes (several at once, in processes of their own), `attest status` reports. Faults are real:
 * a worker killed with SIGKILL, a document that crashes extraction, connections cut by the server.
 */

const WORKER = ['worker', '--until-idle', '--resolve-delay', '0'];
/** Sources kept in the ledger's database, as workers on machines that share no folder need. */
const onLedger = (url: string) => ['--db', url, '--blobs', 'postgres'];

async function queued(cwd: string, url: string, extra: string[] = []) {
  return runAttest([...onLedger(url), 'add', '--queue', 'articles', ...extra], { cwd });
}

async function status(cwd: string, url: string) {
  const result = await runAttest(['--db', url, 'status', '--json'], { cwd });
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as {
    queued: number;
    running: number;
    done: number;
    refused: number;
    failed: number;
    failures: Array<{ locator: string; reason: string; attempts: number }>;
  };
}

async function countRows(schema: string, table: string): Promise<number> {
  const { rows } = await administer<{ n: number }>(`select count(*)::int as n from ${schema}.${table}`);
  return rows[0]?.n ?? -1;
}

postgresTest(
  'two workers store every queued source once and resolve the case as attest add does',
  async (t, db) => {
    const ledger = ledgerOf(db.url);
    dropQueueAfter(t, ledger.schema);
    const cwd = articlesWorkspace(t);
    const add = await queued(cwd, ledger.url);
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /^queued 4, already known 0, failed 0$/m);
    const workers = [1, 2].map(() => startWorkerProcess(t, [...onLedger(ledger.url), ...WORKER], { cwd }));
    for (const worker of workers) assert.equal(await worker.exited, 0, worker.output());
    const done = await status(cwd, ledger.url);
    assert.deepEqual([done.queued, done.running, done.done, done.failed], [0, 0, 4, 0]);
    // Two files hold the same bytes: one document with two sightings.
    assert.equal(await countRows(ledger.schema, 'documents'), 3);
    assert.equal(await countRows(ledger.schema, 'sightings'), 4);

    const direct = await runAttest(['--case', 'direct', 'add', 'articles'], { cwd });
    assert.equal(direct.code, 0, direct.stderr);
    const entities = async (engine: string[]) => {
      const exported = await runAttest([...engine, 'export', 'entities'], { cwd });
      assert.equal(exported.code, 0, exported.stderr);
      return exported.stdout.split('\n').sort();
    };
    assert.deepEqual(await entities(['--db', ledger.url]), await entities(['--case', 'direct']));
  },
);

postgresTest(
  'a worker killed in the middle of a document: its job is done by another, once',
  async (t, db) => {
    const ledger = ledgerOf(db.url);
    dropQueueAfter(t, ledger.schema);
    const cwd = articlesWorkspace(t, 4);
    assert.equal((await queued(cwd, ledger.url)).code, 0);
    const doomed = startWorkerProcess(t, [...onLedger(ledger.url), 'worker', '--concurrency', '1'], {
      cwd,
      env: { ATTEST_TEST_HOOK_STALL_ON: 'press-conference' },
    });
    await doomed.waitFor(/stalled {2}articles\/press-conference\.html/);
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    const survivor = startWorkerProcess(t, [...onLedger(ledger.url), ...WORKER], { cwd });
    assert.equal(await survivor.exited, 0, survivor.output());
    assert.match(survivor.output(), /returned to the queue the jobs of \S+, a worker that is gone/);
    assert.match(survivor.output(), /added {4}articles\/press-conference\.html/);
    const done = await status(cwd, ledger.url);
    assert.deepEqual([done.queued, done.running, done.done, done.failed], [0, 0, 8, 0]);
    assert.equal(await countRows(ledger.schema, 'documents'), 7);
    assert.equal(await countRows(ledger.schema, 'sightings'), 8);
  },
);

postgresTest(
  'a document that crashes extraction fails alone after its tries and is reported',
  async (t, db) => {
    const ledger = ledgerOf(db.url);
    dropQueueAfter(t, ledger.schema);
    const cwd = articlesWorkspace(t);
    writeFileSync(join(cwd, 'articles', 'scan.bin'), Buffer.from([0, 1, 2, 0, 255, 0, 7, 0, 0, 9]));
    assert.equal((await queued(cwd, ledger.url, ['--attempts', '2'])).code, 0);
    const worker = startWorkerProcess(t, [...onLedger(ledger.url), ...WORKER], {
      cwd,
      env: { ATTEST_TEST_HOOK_CRASH_ON: 'treasury-response' },
    });
    assert.equal(await worker.exited, 0, worker.output());
    const done = await status(cwd, ledger.url);
    assert.deepEqual([done.queued, done.done, done.refused, done.failed], [0, 3, 1, 1]);
    assert.deepEqual(
      done.failures.map((f) => [f.locator, f.attempts]),
      [
        ['articles/scan.bin', 1],
        ['articles/treasury-response.txt', 2],
      ],
    );
    assert.match(done.failures[0]?.reason ?? '', /binary/);
    assert.match(done.failures[1]?.reason ?? '', /extraction crashed/);
    const shown = await runAttest(['--db', ledger.url, 'status'], { cwd });
    assert.match(
      shown.stdout,
      /failed {2}articles\/treasury-response\.txt: extraction crashed .*\(2 tries\)/,
    );
    assert.equal(await countRows(ledger.schema, 'documents'), 2);
  },
);

postgresTest('workers whose connections the server cuts mid-ingest reconnect and finish', async (t, db) => {
  // The shared server is not restarted: its backends serving this ledger's processes are terminated,
  // which the workers see exactly as they would see a restart.
  const ledger = ledgerOf(db.url);
  dropQueueAfter(t, ledger.schema);
  const cwd = articlesWorkspace(t, 12);
  assert.equal((await queued(cwd, ledger.url)).code, 0);
  const worker = startWorkerProcess(t, [...onLedger(ledger.url), ...WORKER, '--concurrency', '1'], { cwd });
  await worker.waitFor(/^added /m);
  const { rows } = await administer<{ cut: boolean }>(
    'select pg_terminate_backend(pid) as cut from pg_stat_activity where application_name = $1',
    [ledger.applicationName],
  );
  assert.ok(rows.length > 0, 'the worker had connections to cut');
  assert.equal(await worker.exited, 0, worker.output());
  const done = await status(cwd, ledger.url);
  assert.deepEqual([done.queued, done.running, done.done, done.failed], [0, 0, 16, 0]);
  assert.equal(await countRows(ledger.schema, 'documents'), 15);
});

postgresTest(
  'a worker left holding a connection that never comes back still exits once the work is done',
  async (t, db) => {
    const ledger = ledgerOf(db.url);
    dropQueueAfter(t, ledger.schema);
    const cwd = articlesWorkspace(t, 2);
    assert.equal((await queued(cwd, ledger.url)).code, 0);
    const worker = startWorkerProcess(t, [...onLedger(ledger.url), ...WORKER], {
      cwd,
      env: { ATTEST_TEST_HOOK_HOLD_CONNECTION: '1' },
    });
    assert.equal(await worker.exited, 0, worker.output());
    assert.match(worker.output(), /holding a connection of the queue/);
    assert.match(worker.output(), /queue: connections still in use after 5 s; closing them/);
    const done = await status(cwd, ledger.url);
    assert.deepEqual([done.queued, done.running, done.done, done.failed], [0, 0, 6, 0]);
    assert.equal(await countRows(ledger.schema, 'documents'), 5);
  },
);
