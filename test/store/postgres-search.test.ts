import assert from 'node:assert/strict';
import { openPostgres } from '../../src/store/postgres/open-postgres.ts';
import { InvalidQuery } from '../../src/store/store.ts';
import { postgresTest, type TestDatabase } from '../helpers/engines.ts';
import { fictionalDocument } from '../helpers/records.ts';

/** What PostgreSQL's search does of its own: stop words, the size limit of its index, tsquery syntax. */

const page = { limit: 10, offset: 0 };

async function storeWith(db: TestDatabase, text: string) {
  const { store } = await openPostgres(db.url);
  db.closeAfter(store);
  const doc = fictionalDocument(text);
  await store.saveDocument(
    { sha256: doc.sourceSha256, size: text.length, mediaType: 'text/plain' },
    null,
    doc,
  );
  return { store, doc };
}

postgresTest(
  'a query of English stop words only is refused with the reason, not answered with nothing',
  async (_t, db) => {
    const { store } = await storeWith(db, 'The council of Veldmark met on Monday.');
    await assert.rejects(store.search('the of', page), (error: Error) => {
      assert.ok(error instanceof InvalidQuery);
      assert.match(error.message, /too common to be indexed/);
      return true;
    });
    assert.equal((await store.search('the council', page)).length, 1);
  },
);

postgresTest('stop words inside a phrase keep their place but are not required to match', async (_t, db) => {
  const { store, doc } = await storeWith(db, "The judiciary's spokesman and the Council of Guardians spoke.");
  assert.deepEqual(
    (await store.search('"Council of Guardians"', page)).map((h) => h.id),
    [doc.id],
  );
  assert.deepEqual(
    (await store.search('"Council Guardians"', page)).map((h) => h.id),
    [],
    'the gap a stop word leaves is kept',
  );
  assert.deepEqual(
    (await store.search("judiciary's", page)).map((h) => h.id),
    [doc.id],
  );
});

postgresTest('tsquery syntax typed into a prefix or a word is searched for as letters', async (_t, db) => {
  const { store, doc } = await storeWith(db, 'Ahmadi spoke in Tabriz about the harbour.');
  for (const query of ["Ahm'*", 'Ahmadi:*|harbour*', "'harbour' & !Tabriz*", '(Tab<->riz)*', 'ahmadi:A']) {
    const ids = (await store.search(query, page)).map((h) => h.id);
    assert.ok(ids.length <= 1, query);
  }
  assert.deepEqual(
    (await store.search("Ahm'*", page)).map((h) => h.id),
    [doc.id],
  );
  assert.deepEqual(
    (await store.search('Tab<->riz*', page)).map((h) => h.id),
    [],
  );
});

postgresTest(
  'a document too varied for one index entry is stored whole and indexed as far as fits',
  async (_t, db) => {
    // 100,000 different made-up words: past the 1 MB PostgreSQL allows for one document's index entry.
    const words = Array.from({ length: 100_000 }, (_, i) => `q${(i * 7919).toString(36)}x`);
    const text = `Opening words about Velmora.\n\n${words.join(' ')}\n\nClosing words about Oskarnes.`;
    const { store, doc } = await storeWith(db, text);
    assert.equal((await store.getDocument(doc.id))?.document.text, text);
    assert.deepEqual(
      (await store.search('Velmora', page)).map((h) => h.id),
      [doc.id],
    );
    assert.deepEqual(
      (await store.search('Oskarnes', page)).map((h) => h.id),
      [],
    );
  },
);
