import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite.ts';
import { openPostgres } from '../src/store/postgres/open-postgres.ts';
import { SEARCH_CORPUS, PARITY_QUERIES } from '../test/helpers/search-corpus.ts';
import { fictionalDocument } from '../test/helpers/records.ts';
import { schemaUrl } from '../test/helpers/engines.ts';

const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
await admin.connect();
await admin.query('drop schema if exists parity_probe cascade; create schema parity_probe');
const sqlite = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'p-')), 'a.db'));
const pgs = (await openPostgres(schemaUrl('parity_probe'))).store;
const keyOf = new Map<string, string>();
for (const a of SEARCH_CORPUS) {
  const doc = fictionalDocument(a.text, { title: a.title, byline: a.byline });
  keyOf.set(doc.id, a.key);
  for (const s of [sqlite, pgs]) await s.saveDocument({ sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' }, { locator: a.key, seenAt: '2026-01-01T00:00:00Z' }, doc);
}
let bad = 0;
for (const { query, hits } of PARITY_QUERIES) {
  const r1 = await sqlite.search(query, { limit: 20, offset: 0 });
  const r2 = await pgs.search(query, { limit: 20, offset: 0 });
  const k1 = r1.map((h) => keyOf.get(h.id)); const k2 = r2.map((h) => keyOf.get(h.id));
  const ok1 = JSON.stringify(k1) === JSON.stringify(hits), ok2 = JSON.stringify(k2) === JSON.stringify(process.env.VS ? k1 : hits);
  if (!ok1 || !ok2 || process.env.ALL) {
    bad++;
    console.log(`${query}\n  expect ${hits.join(' ')}\n  sqlite ${ok1 ? 'ok' : k1.join(' ')}  ${r1.map(h=>h.score.toFixed(3)).join(' ')}\n  pg     ${ok2 ? 'ok' : k2.join(' ')}  ${r2.map(h=>h.score.toFixed(3)).join(' ')}`);
    if (process.env.SNIP) { console.log('   S:', JSON.stringify(r1[0]?.snippet)); console.log('   P:', JSON.stringify(r2[0]?.snippet)); }
  }
}
console.log('mismatching queries', bad);
await sqlite.close(); await pgs.close();
await admin.query('drop schema parity_probe cascade'); await admin.end();
