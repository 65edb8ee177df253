import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { caseConfig, InvalidStorageChoice } from '../../src/case.ts';

const cwd = '/work/inquiry';
const url = 'postgres://analyst:s3cret@db.example/ledger';

test('without a database URL the records stay in the case SQLite file and the sources beside it', () => {
  assert.deepEqual(caseConfig({ case: 'case' }, {}, cwd), {
    dir: join(cwd, 'case'),
    database: { engine: 'sqlite', file: join(cwd, 'case', 'attest.db') },
    blobs: { in: 'folder', dir: join(cwd, 'case', 'blobs') },
  });
});

test('--db or ATTEST_DATABASE_URL picks PostgreSQL; the option wins over the environment', () => {
  assert.deepEqual(caseConfig({ case: 'case', db: url }, {}, cwd).database, { engine: 'postgres', url });
  assert.deepEqual(caseConfig({ case: 'case' }, { ATTEST_DATABASE_URL: url }, cwd).database, {
    engine: 'postgres',
    url,
  });
  const other = 'postgresql://db.example/other';
  assert.deepEqual(caseConfig({ case: 'case', db: other }, { ATTEST_DATABASE_URL: url }, cwd).database, {
    engine: 'postgres',
    url: other,
  });
  assert.equal(caseConfig({ case: 'case' }, { ATTEST_DATABASE_URL: '' }, cwd).database.engine, 'sqlite');
});

test('--blobs or ATTEST_BLOBS puts the sources in PostgreSQL or in a shared folder', () => {
  assert.deepEqual(caseConfig({ case: 'case', db: url, blobs: 'postgres' }, {}, cwd).blobs, {
    in: 'postgres',
  });
  assert.deepEqual(caseConfig({ case: 'case', db: url }, { ATTEST_BLOBS: '../shared/blobs' }, cwd).blobs, {
    in: 'folder',
    dir: '/work/shared/blobs',
  });
  assert.deepEqual(caseConfig({ case: 'case', blobs: '/mnt/team/blobs' }, {}, cwd).blobs, {
    in: 'folder',
    dir: '/mnt/team/blobs',
  });
});

test('choices that make no ledger are refused, without showing a password', () => {
  assert.throws(
    () => caseConfig({ db: 'mysql://analyst:s3cret@db.example/ledger' }, {}, cwd),
    (error: Error) =>
      error instanceof InvalidStorageChoice &&
      error.message ===
        'the database must be a postgres:// or postgresql:// URL, not mysql://analyst:***@db.example/ledger',
  );
  assert.throws(
    () => caseConfig({ blobs: 'postgres' }, {}, cwd),
    /blobs in postgres need a PostgreSQL database/,
  );
});
