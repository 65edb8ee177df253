import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPostgresUrl, redactUrl, withoutSecrets } from '../../src/store/postgres/connection-url.ts';

test('only postgres:// and postgresql:// URLs name a PostgreSQL database', () => {
  assert.equal(isPostgresUrl('postgres://db.example/ledger'), true);
  assert.equal(isPostgresUrl('POSTGRESQL://db.example/ledger'), true);
  assert.equal(isPostgresUrl('mysql://db.example/ledger'), false);
  assert.equal(isPostgresUrl('/home/analyst/attest.db'), false);
});

test('a URL is shown with its password replaced, however it is written', () => {
  const cases: Array<[string, string]> = [
    ['postgres://analyst:s3cret@db.example:5432/ledger', 'postgres://analyst:***@db.example:5432/ledger'],
    ['postgres://analyst@db.example/ledger', 'postgres://analyst@db.example/ledger'],
    ['postgres://db.example/ledger', 'postgres://db.example/ledger'],
    ['postgres://analyst:@db.example/ledger', 'postgres://analyst:***@db.example/ledger'],
    // Unencoded @ and / in a password: the last @ ends it.
    ['postgres://analyst:p@ss/w:rd@db.example/ledger', 'postgres://analyst:***@db.example/ledger'],
    [
      'postgres://db.example/ledger?user=analyst&password=s3cret&sslmode=require',
      'postgres://db.example/ledger?user=analyst&password=***&sslmode=require',
    ],
    ['mysql://root:hunter2@db/ledger', 'mysql://root:***@db/ledger'],
  ];
  for (const [url, shown] of cases) assert.equal(redactUrl(url), shown);
});

test('a message is cleaned of the password as written and as decoded', () => {
  const url = 'postgres://analyst:hunter%402@db.example/ledger?password=other';
  const message = `failed for ${url}: password "hunter@2" or hunter%402 or other rejected`;
  assert.equal(
    withoutSecrets(message, url),
    'failed for postgres://analyst:***@db.example/ledger?password=***: password "***" or *** or *** rejected',
  );
});
