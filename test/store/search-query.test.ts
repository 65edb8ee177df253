import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { tsquery } from '../../src/store/postgres/tsquery.ts';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { ftsExpression } from '../../src/store/sqlite/full-text.ts';
import { InvalidQuery } from '../../src/store/store.ts';

test('a query is parsed into alternatives of required terms and excluded terms', () => {
  assert.deepEqual(parseSearchQuery('"Quds Force" commander OR general -football Ahmadi*'), {
    anyOf: [
      [
        { text: 'Quds Force', prefix: false },
        { text: 'commander', prefix: false },
      ],
      [
        { text: 'general', prefix: false },
        { text: 'Ahmadi', prefix: true },
      ],
    ],
    none: [{ text: 'football', prefix: false }],
  });
  assert.deepEqual(parseSearchQuery('OR harbour OR'), {
    anyOf: [[{ text: 'harbour', prefix: false }]],
    none: [],
  });
  assert.throws(() => parseSearchQuery('-only -negative'), InvalidQuery);
  assert.throws(() => parseSearchQuery('*** ()'), InvalidQuery);
});

test('query syntax from the user never reaches FTS5 unquoted', () => {
  assert.equal(ftsExpression('title:secret NEAR(a b)'), '"title:secret" "NEAR(a" "b)"');
  assert.equal(ftsExpression('"unbalanced phrase'), '"unbalanced phrase"');
  assert.equal(ftsExpression('say "it\'s"'), '"say" "it\'s"');
  assert.equal(ftsExpression('a b OR c -d -e'), '("a" "b" OR "c") NOT ("d" OR "e")');
});

/** Compiles SQL for PostgreSQL without a server. */
const postgres = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

test('what the user typed reaches PostgreSQL as bound parameters, never as SQL', () => {
  const typed = `harbour' OR 1=1; drop table documents; -- "Ahmadi's"* -'x'`;
  const compiled = sql`select ${tsquery(parseSearchQuery(typed))}`.compile(postgres);
  for (const piece of ['harbour', 'drop', 'documents', 'Ahmadi', "'x'"]) {
    assert.ok(!compiled.sql.includes(piece), `${piece} is in the SQL: ${compiled.sql}`);
  }
  assert.deepEqual(
    compiled.parameters.filter((p) => typeof p === 'string' && /harbour|drop|Ahmadi|x/.test(p)),
    ["harbour'", 'drop', "Ahmadi's", "'x'"],
  );
});

test('a prefix reaches to_tsquery as quoted letters and digits, whatever else was typed', () => {
  const compiled = sql`select ${tsquery(parseSearchQuery("al-Sad'r|!(x):*&y*"))}`.compile(postgres);
  assert.ok(
    compiled.parameters.includes("'al' <-> 'Sad' <-> 'r' <-> 'x' <-> 'y':*"),
    String(compiled.parameters),
  );
});
