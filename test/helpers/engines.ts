import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import pg from 'pg';
import { redactUrl } from '../../src/store/postgres/connection-url.ts';
import { openPostgres } from '../../src/store/postgres/open-postgres.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { temporaryFolder } from './records.ts';

/**
 * One suite, both engines: each test runs on SQLite in a temporary folder and on PostgreSQL in a
 * schema of its own, dropped afterwards. Where PostgreSQL does not answer, its runs are reported as
 * skipped with the reason, never passed (and fail where ATTEST_REQUIRE_POSTGRES=1, as in CI).
 */

export const TEST_DATABASE_URL =
  process.env.ATTEST_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface EngineUnderTest {
  /** Opens the test's own ledger (the same one each time); every store opened is closed after the test. */
  open(): Promise<Store>;
}

export function forEachEngine(
  name: string,
  body: (t: TestContext, engine: EngineUnderTest) => Promise<void>,
) {
  test(`${name} [sqlite]`, async (t) => {
    const file = join(temporaryFolder(t), 'attest.db');
    const stores: Closable[] = [];
    t.after(() => Promise.all(stores.map((s) => s.close())));
    await body(t, { open: async () => closeAfter(stores, await openSqliteStore(file)) });
  });
  postgresTest(`${name} [postgres]`, async (t, db) => {
    await body(t, { open: async () => db.closeAfter((await openPostgres(db.url)).store) });
  });
}

export interface TestDatabase {
  /** A URL whose search_path is a schema of this test's own. */
  url: string;
  /** Closes something (a store) when the test ends, before its schema is dropped. */
  closeAfter<T extends Closable>(thing: T): T;
}

interface Closable {
  close(): Promise<void>;
}

/** A test that needs PostgreSQL, in a fresh schema dropped when it ends; skipped when no server answers. */
export function postgresTest(name: string, body: (t: TestContext, db: TestDatabase) => Promise<void>) {
  test(name, async (t) => {
    const unreachable = await postgresUnreachable();
    if (unreachable && process.env.ATTEST_REQUIRE_POSTGRES === '1') {
      throw new Error(`${unreachable}; ATTEST_REQUIRE_POSTGRES=1 makes this a failure, not a skip`);
    }
    if (unreachable) {
      t.skip(unreachable);
      return;
    }
    const schema = `attest_test_${randomBytes(6).toString('hex')}`;
    await administer(`create schema ${schema}`);
    const opened: Closable[] = [];
    t.after(async () => {
      await Promise.all(opened.map((thing) => thing.close()));
      await administer(`drop schema ${schema} cascade`);
    });
    await body(t, { url: schemaUrl(schema), closeAfter: (thing) => closeAfter(opened, thing) });
  });
}

function closeAfter<T extends Closable>(list: Closable[], thing: T): T {
  list.push(thing);
  return thing;
}

/** The test database's URL with its search_path set to `schema`. */
export function schemaUrl(schema: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

let reachability: Promise<string | undefined> | undefined;

/** Why PostgreSQL cannot be used for tests, or undefined when it answers; asked once per process. */
export function postgresUnreachable(): Promise<string | undefined> {
  reachability ??= administer('select 1').then(
    () => undefined,
    (error: NodeJS.ErrnoException) =>
      `PostgreSQL not reachable at ${redactUrl(TEST_DATABASE_URL)} (${error.message || error.code})`,
  );
  return reachability;
}

async function administer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query(statement);
  } finally {
    await client.end().catch(() => {});
  }
}
