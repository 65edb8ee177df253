import assert from 'node:assert/strict';
import { openPostgres } from '../../src/store/postgres/open-postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { postgresTest, type TestDatabase } from '../helpers/engines.ts';
import { fictionalDocument } from '../helpers/records.ts';

/**
 * Several processes write to one PostgreSQL ledger at once (later: workers on many machines). Each
 * store here has its own connection pool, as a separate process would.
 */

async function openMany(db: TestDatabase, count: number): Promise<Store[]> {
  const engines = await Promise.all(Array.from({ length: count }, () => openPostgres(db.url)));
  return engines.map(({ store }) => db.closeAfter(store));
}

postgresTest(
  'two writers saving the same source at once leave one document with every sighting',
  async (_t, db) => {
    const [first, second] = await openMany(db, 2);
    assert.ok(first && second);
    const text = 'Dockworkers in Velmora walked out over unpaid wages, said organiser Talin Oskarsdottir.';
    const doc = fictionalDocument(text, { title: 'Velmora strike' });
    const source = { sha256: doc.sourceSha256, size: text.length, mediaType: 'text/plain' };
    const rounds = 12;
    await Promise.all(
      Array.from({ length: rounds }, (_, i) => [
        first.saveDocument(
          source,
          { locator: `first/${i}.txt`, seenAt: `2026-11-20T10:00:${pad(i)}.000Z` },
          doc,
        ),
        second.saveDocument(
          source,
          { locator: `second/${i}.txt`, seenAt: `2026-11-20T10:00:${pad(i)}.000Z` },
          doc,
        ),
      ]).flat(),
    );
    for (const store of [first, second]) {
      assert.equal(await store.countDocuments(), 1);
      assert.deepEqual(
        (await store.search('Velmora wages', { limit: 10, offset: 0 })).map((h) => h.id),
        [doc.id],
      );
      const stored = await store.getDocument(doc.id);
      assert.deepEqual(stored?.document, doc);
      assert.deepEqual(
        stored?.source.sightings.map((s) => s.locator).sort(),
        [
          ...Array.from({ length: rounds }, (_, i) => `first/${i}.txt`),
          ...Array.from({ length: rounds }, (_, i) => `second/${i}.txt`),
        ].sort(),
      );
    }
  },
);

postgresTest('writers saving different sources at once lose none of them', async (_t, db) => {
  const stores = await openMany(db, 3);
  const docs = Array.from({ length: 30 }, (_, i) =>
    fictionalDocument(`Fictional bulletin ${i} from the port of Velmora.`),
  );
  await Promise.all(
    docs.map((doc, i) =>
      stores[i % stores.length]?.saveDocument(
        { sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' },
        { locator: `bulletins/${i}.txt`, seenAt: '2026-11-20T10:00:00.000Z' },
        doc,
      ),
    ),
  );
  const seen = [];
  for await (const stored of (stores[0] as Store).allDocuments(7)) seen.push(stored.document.id);
  assert.deepEqual(seen, docs.map((d) => d.id).sort());
  assert.equal((await (stores[1] as Store).search('bulletin', { limit: 50, offset: 0 })).length, 30);
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
