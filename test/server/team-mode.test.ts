import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import pg from 'pg';
import { caseConfig, openCase } from '../../src/case.ts';
import { createServer } from '../../src/server/app.ts';
import { openTeamLedger } from '../../src/team/team-ledger.ts';
import { runAttest } from '../helpers/cli.ts';
import { postgresTest, type TestDatabase } from '../helpers/engines.ts';
import { temporaryFolder } from '../helpers/records.ts';
import { TEST_SERVER_OPTIONS } from '../helpers/server.ts';

/** `attest serve --team` against the real server: tokens, read-only tokens, an audit log no one can change. */

async function teamServer(t: TestContext, db: TestDatabase) {
  const opened = await openCase(
    caseConfig({ case: join(temporaryFolder(t), 'case'), db: db.url, blobs: 'postgres' }, {}, process.cwd()),
  );
  db.closeAfter(opened.store);
  const team = db.closeAfter(await openTeamLedger(db.url));
  const server = createServer({
    store: opened.store,
    blobs: opened.blobs,
    ...TEST_SERVER_OPTIONS,
    team,
  });
  t.after(() => server.jobs.idle());
  const call = (path: string, secret: string | null, init: RequestInit = {}) =>
    server.app.request(path, {
      ...init,
      headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...(init.headers ?? {}) },
    });
  return { team, server, call };
}

function uploadForm(name: string, text: string): FormData {
  const form = new FormData();
  form.append('file', new File([text], name));
  return form;
}

const DISPATCH =
  'Harbour council reopens\n\nPORT VELLAN - Councillor Mira Dostal said "the berths reopen on Monday".\n';

postgresTest(
  'team mode: no token, an unknown or a revoked one is refused; a read-only one only reads',
  async (t, db) => {
    const { team, call } = await teamServer(t, db);
    const editor = await team.tokens.create('Mira Dostal', false);
    const reader = await team.tokens.create('Teodor Lasko', true);

    assert.equal((await call('/api/documents', null)).status, 401);
    assert.equal((await call('/api/documents', 'attest_not-a-token')).status, 401);
    assert.equal((await call('/api/documents', reader.secret)).status, 200);

    const refused = await call('/api/sources/upload', reader.secret, {
      method: 'POST',
      body: uploadForm('dispatch.txt', DISPATCH),
    });
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { error: { message: string } }).error.message, /read-only/);
    const added = await call('/api/sources/upload', editor.secret, {
      method: 'POST',
      body: uploadForm('dispatch.txt', DISPATCH),
    });
    assert.equal(added.status, 202);

    await team.tokens.revoke(editor.token.id);
    assert.equal((await call('/api/documents', editor.secret)).status, 401);
  },
);

postgresTest(
  'team mode: each action is in the audit log with who did it, readable and unchangeable',
  async (t, db) => {
    const { team, server, call } = await teamServer(t, db);
    const editor = await team.tokens.create('Mira Dostal', false);
    const reader = await team.tokens.create('Teodor Lasko', true);
    await call('/api/sources/upload', editor.secret, { method: 'POST', body: uploadForm('a.txt', DISPATCH) });
    await server.jobs.idle();
    await call('/api/sources/upload', reader.secret, { method: 'POST', body: uploadForm('b.txt', DISPATCH) });
    await call('/api/search?q=harbour', reader.secret);

    const response = await call('/api/audit', reader.secret);
    assert.equal(response.status, 200);
    const { entries } = (await response.json()) as {
      entries: Array<{ actor: string; action: string; method: string; path: string; status: number }>;
    };
    // Newest first; reading and searching are not actions, a refused attempt to add is one.
    assert.deepEqual(
      entries.map((e) => [e.actor, e.action, e.method, e.path, e.status]),
      [
        ['Teodor Lasko', 'add', 'POST', '/api/sources/upload', 403],
        ['Mira Dostal', 'add', 'POST', '/api/sources/upload', 202],
      ],
    );

    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const change = await call('/api/audit', editor.secret, { method });
      assert.ok(
        change.status === 404 || change.status === 405,
        `${method} /api/audit answered ${change.status}`,
      );
    }
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    t.after(() => client.end());
    const count = async () =>
      (await client.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0]?.n;
    const before = await count();
    for (const statement of [
      "update audit_log set actor = 'someone else'",
      'delete from audit_log',
      'truncate audit_log',
    ]) {
      await assert.rejects(client.query(statement), /never changed or deleted/, statement);
    }
    assert.equal(await count(), before);
  },
);

postgresTest(
  'tokens are kept as hashes only; attest token and attest audit work on the command line',
  async (t, db) => {
    const cwd = temporaryFolder(t);
    const on = ['--db', db.url];
    const made = await runAttest([...on, 'token', 'create', 'Mira Dostal', '--json'], { cwd });
    assert.equal(made.code, 0, made.stderr);
    const { id, token } = JSON.parse(made.stdout) as { id: string; token: string };
    await runAttest([...on, 'token', 'create', 'Teodor Lasko', '--read-only'], { cwd });

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    t.after(() => client.end());
    const { rows } = await client.query<{ stored: string }>(
      'select token_sha256 as stored from api_tokens where id = $1',
      [id],
    );
    assert.equal(rows[0]?.stored, createHash('sha256').update(token).digest('hex'));
    const anywhere = await client.query(
      `select 1 from api_tokens where row_to_json(api_tokens)::text like $1`,
      [`%${token}%`],
    );
    assert.equal(anywhere.rowCount, 0, 'the token itself is stored nowhere');

    const listed = await runAttest([...on, 'token', 'list'], { cwd });
    assert.match(listed.stdout, new RegExp(`^${id}  read-write  \\S+  live  Mira Dostal$`, 'm'));
    assert.match(listed.stdout, /read-only +\S+ {2}live {2}Teodor Lasko$/m);
    const revoked = await runAttest([...on, 'token', 'revoke', 'Mira Dostal'], { cwd });
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.match((await runAttest([...on, 'token', 'list'], { cwd })).stdout, /revoked \S+ {2}Mira Dostal$/m);

    const audit = await runAttest([...on, 'audit', '--json'], { cwd });
    assert.equal(audit.code, 0, audit.stderr);
    assert.deepEqual(JSON.parse(audit.stdout), []);
    const onSqlite = await runAttest(['token', 'list'], { cwd });
    assert.equal(onSqlite.code, 2);
    assert.match(onSqlite.stderr, /team mode needs a PostgreSQL ledger/);
  },
);

postgresTest(
  'team mode: the audit log is described in the OpenAPI document, which stays valid',
  async (t, db) => {
    const { call } = await teamServer(t, db);
    const document = (await (await call('/openapi.json', null)).json()) as { paths: Record<string, object> };
    assert.ok(document.paths['/api/audit'], 'GET /api/audit is described');
    const result = await new Validator().validate(
      document as unknown as Parameters<Validator['validate']>[0],
    );
    assert.deepEqual(result.errors ?? [], []);
  },
);

postgresTest(
  'team mode: a correction is recorded as the token holder’s, whoever the request names',
  async (t, db) => {
    const { team, server, call } = await teamServer(t, db);
    const editor = await team.tokens.create('Mira Dostal', false);
    await call('/api/sources/upload', editor.secret, { method: 'POST', body: uploadForm('a.txt', DISPATCH) });
    await server.jobs.idle();
    const listed = await call('/api/entities?kind=person', editor.secret);
    const person = ((await listed.json()) as { entities: Array<{ id: string }> }).entities[0];
    assert.ok(person);
    const json = { 'Content-Type': 'application/json' };
    const aliased = await call('/api/curations', editor.secret, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ type: 'alias', entity: person.id, alias: 'M. Dostal', by: 'Teodor Lasko' }),
    });
    assert.equal(aliased.status, 200);
    const { curations } = (await aliased.json()) as { curations: Array<{ id: string; by: string }> };
    assert.equal(curations[0]?.by, 'Mira Dostal');
    const undone = await call(`/api/curations/${curations[0]?.id}/undo`, editor.secret, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ by: 'Teodor Lasko' }),
    });
    assert.equal(
      ((await undone.json()) as { curations: Array<{ undone: { by: string } }> }).curations[0]?.undone.by,
      'Mira Dostal',
    );
    const audit = (await (await call('/api/audit', editor.secret)).json()) as {
      entries: Array<{ actor: string; action: string; path: string }>;
    };
    assert.deepEqual(
      audit.entries.filter((e) => e.action === 'curation').map((e) => [e.actor, e.path.split('/').pop()]),
      [
        ['Mira Dostal', 'undo'],
        ['Mira Dostal', 'curations'],
      ],
    );
  },
);
