import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAttest } from '../helpers/cli.ts';
import { postgresTest } from '../helpers/engines.ts';
import { exampleWorkspace, temporaryFolder } from '../helpers/records.ts';

/** The command line on PostgreSQL, run as a user would run it, against the real server. */

/** What a command prints, with the times of processing and capture (which differ run to run) blanked. */
function withoutTimes(json: string): unknown {
  return JSON.parse(json, (key, value) => (key === 'processedAt' || key === 'seenAt' ? '<time>' : value));
}

postgresTest('the example articles give the same exports, list and search on both engines', async (t, db) => {
  const cwd = exampleWorkspace(t);
  const onSqlite = ['--case', 'sqlite-case'];
  const onPostgres = ['--db', db.url, '--case', 'postgres-case'];
  for (const engine of [onSqlite, onPostgres]) {
    // One worker: which of two identical files is seen first (the export's `source`) is then the
    // order of the folder, not a race between captures, which the pipeline leaves open.
    const add = await runAttest([...engine, 'add', 'articles', '--jobs', '1'], { cwd });
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /^added 3, already known 1, failed 0$/m);
  }
  assert.ok(
    !existsSync(join(cwd, 'postgres-case', 'attest.db')),
    'no SQLite file when the records are in PostgreSQL',
  );
  const both = async (args: string[]) => {
    const [sqlite, postgres] = [
      await runAttest([...onSqlite, ...args], { cwd }),
      await runAttest([...onPostgres, ...args], { cwd }),
    ];
    assert.equal(sqlite.code, 0, sqlite.stderr);
    assert.equal(postgres.code, 0, postgres.stderr);
    return [sqlite.stdout, postgres.stdout];
  };
  for (const format of ['jsonl', 'csv']) {
    const [sqlite, postgres] = await both(['export', 'documents', '--format', format]);
    assert.equal(postgres, sqlite, `export documents --format ${format}`);
  }
  // Listed in the order processed, which differs run to run on either engine: compared by id.
  const listed = (json: string) => {
    const list = withoutTimes(json) as { total: number; documents: Array<{ id: string }> };
    return { ...list, documents: list.documents.sort((a, b) => a.id.localeCompare(b.id)) };
  };
  const [sqliteList, postgresList] = await both(['list', '--json']);
  assert.deepEqual(listed(postgresList ?? ''), listed(sqliteList ?? ''));
  const [sqliteShow, postgresShow] = await both(['show', 'fced4e8a', '--json']);
  assert.deepEqual(withoutTimes(postgresShow ?? ''), withoutTimes(sqliteShow ?? ''));
  const ids = (json: string) => JSON.parse(json).results.map((r: { id: string }) => r.id);
  for (const query of ['port wage*', '"back pay" OR treasury -Monday']) {
    const [sqlite, postgres] = await both(['search', query, '--json']);
    assert.deepEqual(ids(postgres ?? ''), ids(sqlite ?? ''), `search ${query}`);
  }
});

postgresTest(
  'sources preserved in PostgreSQL verify, reprocess, and leave no folder behind',
  async (t, db) => {
    const cwd = exampleWorkspace(t);
    const env = { ATTEST_DATABASE_URL: db.url, ATTEST_BLOBS: 'postgres' };
    const add = await runAttest(['add', 'articles'], { cwd, env });
    assert.equal(add.code, 0, add.stderr);
    assert.ok(!existsSync(join(cwd, '.attest')), 'nothing is written to a case folder');
    const before = (await runAttest(['export', 'documents'], { cwd, env })).stdout;
    const verify = await runAttest(['verify'], { cwd, env });
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stdout, /^verified 3 sources: every one intact$/m);
    const again = await runAttest(['reprocess'], { cwd, env });
    assert.equal(again.code, 0, again.stderr);
    assert.equal((await runAttest(['export', 'documents'], { cwd, env })).stdout, before);
    const elsewhere = await runAttest(['verify'], { cwd, env: { ATTEST_DATABASE_URL: db.url } });
    assert.equal(elsewhere.code, 1, 'the case folder holds none of them');
    assert.match(elsewhere.stdout, /verified 3 sources: 3 with problems/);
  },
);

postgresTest('sources preserved in a shared folder serve every machine that names it', async (t, db) => {
  const cwd = exampleWorkspace(t);
  const shared = join(temporaryFolder(t), 'shared-blobs');
  const add = await runAttest(['--db', db.url, '--blobs', shared, 'add', 'articles'], { cwd });
  assert.equal(add.code, 0, add.stderr);
  assert.deepEqual(readdirSync(shared).length, 3, 'three sources, three blob folders');
  assert.ok(!existsSync(join(cwd, '.attest')), 'nothing is written to a case folder');
  const otherMachine = temporaryFolder(t);
  const verify = await runAttest(['--db', db.url, '--blobs', shared, 'verify'], { cwd: otherMachine });
  assert.equal(verify.code, 0, verify.stderr);
  assert.match(verify.stdout, /every one intact/);
});

postgresTest(
  'two add commands running at once store each source once, with every sighting',
  async (t, db) => {
    const cwd = exampleWorkspace(t);
    const args = ['--db', db.url, '--blobs', 'postgres', 'add', 'articles', '--json'];
    const runs = await Promise.all([runAttest(args, { cwd }), runAttest(args, { cwd })]);
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    const added = runs.map((run) => JSON.parse(run.stdout).added as number);
    assert.ok(added.every((n) => n <= 3) && added.some((n) => n > 0), `added ${added.join(' and ')}`);
    const exported = (await runAttest(['--db', db.url, 'export', 'documents'], { cwd })).stdout
      .trim()
      .split('\n');
    assert.equal(exported.length, 3);
    const shown = await runAttest(['--db', db.url, 'show', 'fced4e8a', '--json'], { cwd });
    assert.equal(shown.code, 0, shown.stderr);
    const show = JSON.parse(shown.stdout);
    assert.deepEqual(show.source.sightings.map((s: { locator: string }) => s.locator).sort(), [
      'articles/harbour-strike-copy.txt',
      'articles/harbour-strike-copy.txt',
      'articles/harbour-strike.txt',
      'articles/harbour-strike.txt',
    ]);
    const verify = await runAttest(['--db', db.url, '--blobs', 'postgres', 'verify'], { cwd });
    assert.match(verify.stdout, /^verified 3 sources: every one intact$/m);
  },
);

test('a password in the database URL never appears in what attest prints', async (t) => {
  const cwd = temporaryFolder(t);
  const secrets = ['Sup3r-s3cret', 'p@ss/w:rd', 'hunter%402'];
  const cases: Array<{ args: string[]; env?: NodeJS.ProcessEnv; code: number; shown: RegExp }> = [
    // Nothing listens on port 1: the connection is refused.
    {
      args: ['--db', 'postgres://analyst:Sup3r-s3cret@127.0.0.1:1/ledger', 'list'],
      code: 1,
      shown:
        /cannot open the PostgreSQL ledger at postgres:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/ledger: connect ECONNREFUSED/,
    },
    {
      args: ['list'],
      env: { ATTEST_DATABASE_URL: 'postgresql://analyst:p@ss/w:rd@127.0.0.1:1/ledger' },
      code: 1,
      shown: /postgresql:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/ledger/,
    },
    {
      args: ['--db', 'postgres://analyst:hunter%402@127.0.0.1:1/ledger?password=Sup3r-s3cret', 'search', 'x'],
      code: 1,
      shown: /analyst:\*\*\*@127\.0\.0\.1:1\/ledger\?password=\*\*\*/,
    },
    {
      args: ['--db', 'mysql://analyst:Sup3r-s3cret@db/ledger', 'list'],
      code: 2,
      shown: /not mysql:\/\/analyst:\*\*\*@db\/ledger/,
    },
    {
      args: ['--db', 'postgres://analyst:Sup3r-s3cret@[::1', 'list'],
      code: 1,
      shown: /analyst:\*\*\*@\[::1/,
    },
  ];
  for (const { args, env, code, shown } of cases) {
    const run = await runAttest(args, { cwd, ...(env ? { env } : {}) });
    assert.equal(run.code, code, run.stderr);
    assert.match(run.stderr, shown);
    for (const secret of [...secrets, 'p@ss', 'hunter@2']) {
      assert.ok(!`${run.stdout}${run.stderr}`.includes(secret), `${secret} shown in ${run.stderr}`);
    }
  }
  assert.ok(!existsSync(join(cwd, '.attest')), 'a failed connection leaves no case folder behind');
});

postgresTest('a database the server does not have is reported without the password', async (t, db) => {
  const url = new URL(db.url);
  url.password = 'Sup3r-s3cret';
  url.pathname = '/attest_no_such_database';
  const run = await runAttest(['--db', url.toString(), 'list'], { cwd: temporaryFolder(t) });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /database "attest_no_such_database" does not exist/);
  assert.ok(!run.stderr.includes('Sup3r-s3cret'));
});

test('blobs in postgres without a PostgreSQL database is a usage error', async (t) => {
  const run = await runAttest(['--blobs', 'postgres', 'list'], { cwd: temporaryFolder(t) });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /blobs in postgres need a PostgreSQL database/);
});

postgresTest(
  'a PostgreSQL ledger keeps documents added with --no-extract until reprocess --outdated extracts them',
  async (t, db) => {
    const cwd = exampleWorkspace(t);
    const ledger = ['--db', db.url, '--case', 'postgres-case'];
    const add = await runAttest([...ledger, 'add', '--no-extract', 'articles'], { cwd });
    assert.equal(add.code, 0, add.stderr);
    const before = await runAttest([...ledger, 'quotes', '--json'], { cwd });
    assert.equal(JSON.parse(before.stdout).total, 0);
    assert.match(before.stderr, /3 documents were added with --no-extract/);
    const reprocess = await runAttest([...ledger, 'reprocess', '--outdated', '--json'], { cwd });
    assert.equal(reprocess.code, 0, reprocess.stderr);
    assert.equal(JSON.parse(reprocess.stdout).outcomes.length, 3);
    const after = await runAttest([...ledger, 'quotes', '--json'], { cwd });
    assert.ok(
      JSON.parse(after.stdout).total > 0,
      'the statements are found once the documents are extracted',
    );
    assert.equal(after.stderr, '');
  },
);
