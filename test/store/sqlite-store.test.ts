import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ftsExpression } from '../../src/store/sqlite/full-text.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite.ts';
import { InvalidQuery, SNIPPET_MARK } from '../../src/store/store.ts';
import { fictionalDocument, temporaryFolder } from '../helpers/records.ts';

const seenAt = '2026-11-20T10:00:00.000Z';

async function storeWith(t: Parameters<typeof temporaryFolder>[0], texts: Record<string, string>) {
  const store = await openSqliteStore(join(temporaryFolder(t), 'attest.db'));
  t.after(() => store.close());
  const docs = [];
  for (const [title, text] of Object.entries(texts)) {
    const doc = fictionalDocument(text, { title });
    await store.saveDocument(
      { sha256: doc.sourceSha256, size: text.length, mediaType: 'text/plain' },
      { locator: `articles/${title}.txt`, seenAt },
      doc,
    );
    docs.push(doc);
  }
  return { store, docs };
}

test('a saved document comes back whole, with its source and sighting', async (t) => {
  const { store, docs } = await storeWith(t, {
    Budget:
      'The council of Veldmark approved the harbour budget.\n\nMayor Ilse Varga called it "a fair deal".',
  });
  const doc = docs[0];
  assert.ok(doc);
  const stored = await store.getDocument(doc.id);
  assert.deepEqual(stored?.document, doc);
  assert.equal(stored?.source.sha256, doc.sourceSha256);
  assert.deepEqual(stored?.source.sightings, [{ locator: 'articles/Budget.txt', seenAt }]);
  assert.deepEqual(await store.findSource(doc.sourceSha256), {
    sha256: doc.sourceSha256,
    size: doc.text.length,
    mediaType: 'text/plain',
    documentId: doc.id,
    pipelineVersion: doc.pipelineVersion,
    title: 'Budget',
  });
});

test('a second sighting of the same bytes is kept beside the first, in order', async (t) => {
  const { store, docs } = await storeWith(t, { Ferry: 'The ferry to Oskarnes was cancelled.' });
  const doc = docs[0];
  assert.ok(doc);
  await store.addSighting(doc.sourceSha256, {
    locator: 'https://news.example/ferry',
    seenAt: '2026-11-21T08:00:00.000Z',
    httpStatus: 200,
    finalUrl: 'https://news.example/ferry/',
    headers: { 'content-type': 'text/html' },
  });
  const stored = await store.getDocument(doc.id);
  assert.deepEqual(
    stored?.source.sightings.map((s) => [s.locator, s.httpStatus]),
    [
      ['articles/Ferry.txt', undefined],
      ['https://news.example/ferry', 200],
    ],
  );
  assert.equal((await store.listDocuments({ limit: 10, offset: 0 }))[0]?.source, 'articles/Ferry.txt');
});

test('saving a document again replaces it and its search entry', async (t) => {
  const { store, docs } = await storeWith(t, { Mill: 'The old mill in Brenholt burned down.' });
  const doc = docs[0];
  assert.ok(doc);
  const rewritten = { ...doc, text: 'The granary in Brenholt was rebuilt.', pipelineVersion: 'next' };
  await store.saveDocument({ sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' }, null, rewritten);
  assert.equal(await store.countDocuments(), 1);
  assert.equal((await store.search('burned', { limit: 5, offset: 0 })).length, 0);
  assert.equal((await store.search('granary', { limit: 5, offset: 0 }))[0]?.id, doc.id);
  assert.equal((await store.getDocument(doc.id))?.source.sightings.length, 1);
});

test('search ranks title matches first, stems words and marks them in the snippet', async (t) => {
  const { store, docs } = await storeWith(t, {
    'Strike at the Tallin shipyard': 'Workers walked out on Monday.',
    'Weather report': 'Rain all week. Shipyard workers were striking in the rain, said the foreman.',
  });
  const hits = await store.search('strike shipyard', { limit: 10, offset: 0 });
  assert.deepEqual(
    hits.map((h) => h.id),
    [docs[0]?.id, docs[1]?.id],
  );
  const second = hits[1]?.snippet ?? '';
  assert.match(second, new RegExp(`${SNIPPET_MARK.open}Shipyard${SNIPPET_MARK.close}`));
  assert.match(second, new RegExp(`${SNIPPET_MARK.open}striking${SNIPPET_MARK.close}`));
});

test('search supports phrases, OR, exclusion and prefixes', async (t) => {
  const { store, docs } = await storeWith(t, {
    a: 'The Northern Harbour Authority fined the trawler.',
    b: 'The harbour in the north was quiet.',
    c: 'Authorities in Lindqvist closed the bridge.',
  });
  const ids = async (q: string) => (await store.search(q, { limit: 10, offset: 0 })).map((h) => h.id).sort();
  const [a, b, c] = docs.map((d) => d.id);
  assert.deepEqual(await ids('"northern harbour"'), [a]);
  assert.deepEqual(await ids('trawler OR bridge'), [a, c].sort());
  assert.deepEqual(await ids('harbour -trawler'), [b]);
  assert.deepEqual(await ids('Lindq*'), [c]);
});

test('query syntax from the user never reaches FTS5 unquoted', () => {
  assert.equal(ftsExpression('title:secret NEAR(a b)'), '"title:secret" "NEAR(a" "b)"');
  assert.equal(ftsExpression('"unbalanced phrase'), '"unbalanced phrase"');
  assert.equal(ftsExpression('say "it\'s"'), '"say" "it\'s"');
  assert.throws(() => ftsExpression('-only -negative'), InvalidQuery);
  assert.throws(() => ftsExpression('*** ()'), InvalidQuery);
});

test('hostile query text is searched for literally and finds nothing', async (t) => {
  const { store } = await storeWith(t, { x: 'A quiet day in Marrow.' });
  for (const q of ["'; drop table documents; --", 'text:*', '") OR 1=1 --', 'NEAR(quiet day)']) {
    await store.search(q, { limit: 5, offset: 0 });
  }
  assert.equal(await store.countDocuments(), 1);
});

test('documents are listed, counted, resolved by prefix and read back in batches', async (t) => {
  const texts = Object.fromEntries(
    Array.from({ length: 7 }, (_, i) => [`n${i}`, `Fictional note number ${i}.`]),
  );
  const { store, docs } = await storeWith(t, texts);
  assert.equal(await store.countDocuments(), 7);
  assert.equal((await store.listDocuments({ limit: 3, offset: 5 })).length, 2);
  const first = docs[0];
  assert.ok(first);
  assert.deepEqual(await store.documentIdsStartingWith(first.id.slice(0, 6), 5), [first.id]);
  const seen = [];
  for await (const stored of store.allDocuments(2)) seen.push(stored.document.id);
  assert.deepEqual(seen, docs.map((d) => d.id).sort());
  const sources = [];
  for await (const source of store.allSources(3)) sources.push(source.sha256);
  assert.equal(sources.length, 7);
});

test('reopening a store keeps its records and does not re-run migrations', async (t) => {
  const dir = temporaryFolder(t);
  const file = join(dir, 'attest.db');
  const first = await openSqliteStore(file);
  const doc = fictionalDocument('The lighthouse keeper of Skarvik retired.');
  await first.saveDocument({ sha256: doc.sourceSha256, size: 10, mediaType: 'text/plain' }, null, doc);
  await first.close();
  const second = await openSqliteStore(file);
  t.after(() => second.close());
  assert.equal(await second.countDocuments(), 1);
  assert.equal((await second.search('lighthouse', { limit: 1, offset: 0 }))[0]?.id, doc.id);
});
