import assert from 'node:assert/strict';
import { SNIPPET_MARK } from '../../src/store/store.ts';
import { type EngineUnderTest, forEachEngine } from '../helpers/engines.ts';
import { fictionalDocument } from '../helpers/records.ts';

const seenAt = '2026-11-20T10:00:00.000Z';

async function storeWith(engine: EngineUnderTest, texts: Record<string, string>) {
  const store = await engine.open();
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

forEachEngine('a saved document comes back whole, with its source and sighting', async (_t, engine) => {
  const { store, docs } = await storeWith(engine, {
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

forEachEngine(
  'a second sighting of the same bytes is kept beside the first, in order',
  async (_t, engine) => {
    const { store, docs } = await storeWith(engine, { Ferry: 'The ferry to Oskarnes was cancelled.' });
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
  },
);

forEachEngine('saving a document again replaces it and its search entry', async (_t, engine) => {
  const { store, docs } = await storeWith(engine, { Mill: 'The old mill in Brenholt burned down.' });
  const doc = docs[0];
  assert.ok(doc);
  const rewritten = { ...doc, text: 'The granary in Brenholt was rebuilt.', pipelineVersion: 'next' };
  await store.saveDocument({ sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' }, null, rewritten);
  assert.equal(await store.countDocuments(), 1);
  assert.equal((await store.search('burned', { limit: 5, offset: 0 })).length, 0);
  assert.equal((await store.search('granary', { limit: 5, offset: 0 }))[0]?.id, doc.id);
  assert.equal((await store.getDocument(doc.id))?.source.sightings.length, 1);
});

forEachEngine(
  'search ranks title matches first, stems words and marks them in the snippet',
  async (_t, engine) => {
    const { store, docs } = await storeWith(engine, {
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
  },
);

forEachEngine('search supports phrases, OR, exclusion and prefixes', async (_t, engine) => {
  const { store, docs } = await storeWith(engine, {
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

forEachEngine('hostile query text is searched for literally and finds nothing', async (_t, engine) => {
  const { store } = await storeWith(engine, { x: 'A quiet day in Marrow.' });
  for (const q of ["'; drop table documents; --", 'text:*', '") OR 1=1 --', 'NEAR(quiet day)']) {
    await store.search(q, { limit: 5, offset: 0 });
  }
  assert.equal(await store.countDocuments(), 1);
});

forEachEngine(
  'documents are listed, counted, resolved by prefix and read back in batches',
  async (_t, engine) => {
    const texts = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`n${i}`, `Fictional note number ${i}.`]),
    );
    const { store, docs } = await storeWith(engine, texts);
    assert.equal(await store.countDocuments(), 7);
    const all = await store.listDocuments({ limit: 10, offset: 0 });
    assert.deepEqual(all.map((d) => d.title).sort(), Object.keys(texts));
    const top = all[0];
    assert.ok(top);
    assert.deepEqual(top, {
      id: top.id,
      title: top.title,
      byline: null,
      published: null,
      language: 'en',
      source: `articles/${top.title}.txt`,
      sha256: docs.find((d) => d.id === top.id)?.sourceSha256,
      characters: 24,
      processedAt: top.processedAt,
    });
    assert.deepEqual(await store.listDocuments({ limit: 3, offset: 5 }), all.slice(5));
    const first = docs[0];
    assert.ok(first);
    assert.deepEqual(await store.documentIdsStartingWith(first.id.slice(0, 6), 5), [first.id]);
    const seen = [];
    for await (const stored of store.allDocuments(2)) seen.push(stored.document.id);
    assert.deepEqual(seen, docs.map((d) => d.id).sort());
    const sources = [];
    for await (const source of store.allSources(3)) sources.push(source.sha256);
    assert.deepEqual(sources, docs.map((d) => d.sourceSha256).sort());
  },
);

forEachEngine(
  'an id prefix is matched as hex digits only, up to the last possible id',
  async (_t, engine) => {
    const store = await engine.open();
    const ids = [];
    for (const text of ['Ferry notice one.', 'Ferry notice two.', 'Ferry notice three.']) {
      const doc = fictionalDocument(text);
      await store.saveDocument({ sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' }, null, doc);
      ids.push(doc.id);
    }
    ids.sort();
    assert.deepEqual(await store.documentIdsStartingWith('', 10), ids);
    assert.deepEqual(await store.documentIdsStartingWith(ids[2] as string, 10), [ids[2]]);
    assert.deepEqual(await store.documentIdsStartingWith('ffff', 10), []);
    assert.deepEqual(await store.documentIdsStartingWith('%', 10), []);
    assert.deepEqual(await store.documentIdsStartingWith((ids[0] as string).toUpperCase(), 10), []);
  },
);

forEachEngine(
  'sizes beyond 32 bits, HTTP details and removals come back exactly as saved',
  async (_t, engine) => {
    const store = await engine.open();
    const doc = fictionalDocument('Archive of the Velmora port authority, 1990 to 2020.', {
      title: 'Port archive',
      published: { value: '2020-06', precision: 'month', from: 'dateline' },
      removed: [{ reason: 'navigation', text: 'Home › Archive', at: 0 }],
      warnings: ['decoded as windows-1252: not valid UTF-8'],
    });
    const sighting = {
      locator: 'https://archive.example/velmora',
      seenAt,
      finalUrl: 'https://archive.example/velmora/',
      httpStatus: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', etag: '"x1"' },
    };
    await store.saveDocument(
      { sha256: doc.sourceSha256, size: 5_000_000_000, mediaType: 'text/html' },
      sighting,
      doc,
    );
    const stored = await store.getDocument(doc.id);
    assert.deepEqual(stored?.document, doc);
    assert.deepEqual(stored?.source, {
      sha256: doc.sourceSha256,
      size: 5_000_000_000,
      mediaType: 'text/html',
      sightings: [sighting],
    });
    assert.equal((await store.findSource(doc.sourceSha256))?.size, 5_000_000_000);
    assert.equal(await store.countDocuments(), 1);
  },
);

forEachEngine('reopening a store keeps its records and does not re-run migrations', async (_t, engine) => {
  const first = await engine.open();
  const doc = fictionalDocument('The lighthouse keeper of Skarvik retired.');
  await first.saveDocument({ sha256: doc.sourceSha256, size: 10, mediaType: 'text/plain' }, null, doc);
  await first.close();
  const second = await engine.open();
  assert.equal(await second.countDocuments(), 1);
  assert.equal((await second.search('lighthouse', { limit: 1, offset: 0 }))[0]?.id, doc.id);
});

forEachEngine('writers opening a new ledger at the same moment migrate it once', async (_t, engine) => {
  const stores = await Promise.all([1, 2, 3, 4].map(() => engine.open()));
  const doc = fictionalDocument('The ferry to Oskarnes sails again.');
  await stores[3]?.saveDocument({ sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' }, null, doc);
  for (const store of stores) assert.equal(await store.countDocuments(), 1);
});
