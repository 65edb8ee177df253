import assert from 'node:assert/strict';
import { type Annotations, type Span, spanIdOf } from '../../src/model.ts';
import type { Store } from '../../src/store/store.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { resolveVarga, storeWithArticle, TEXT, varga } from '../helpers/fishers.ts';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

forEachEngine('what extraction found comes back whole with its document', async (_t, engine) => {
  const { store, document, annotations } = await storeWithArticle(engine);
  const stored = await store.getAnnotations(document.id);
  assert.deepEqual(stored, {
    ...annotations,
    quotes: [...annotations.quotes].sort((a, b) => a.span.start - b.span.start),
  });
});

forEachEngine('after resolution, mentions and speakers carry their entity', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  await resolveVarga(store, document.id);
  const stored = await store.getAnnotations(document.id);
  assert.deepEqual(
    stored.mentions.map((m) => [m.text, m.entityId]),
    [
      ['Ilse Varga', varga.id],
      ['Varga', varga.id],
      ['Harbour Gazette', null],
    ],
  );
  assert.deepEqual(
    stored.quotes.map((q) => q.speaker?.entityId),
    [varga.id, varga.id],
  );
  const [first] = await store.listQuotes({ speakerEntities: [varga.id] }, { limit: 10, offset: 0 });
  assert.deepEqual(first?.speakerEntity, { id: varga.id, name: 'Ilse Varga' });
  assert.deepEqual(first?.document, {
    id: document.id,
    source: 'articles/fishers.txt',
    title: 'Fishers protest',
    published: null,
  });
});

forEachEngine('statements filter by speaker, document, kind and date', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  await resolveVarga(store, document.id);
  const texts = async (filter: Parameters<Store['listQuotes']>[0]) =>
    (await store.listQuotes(filter, { limit: 10, offset: 0 })).map((q) => q.quote.text);
  assert.deepEqual(await texts({ speakerEntities: ['someone-else'] }), []);
  assert.deepEqual(await texts({ kinds: ['direct'] }), ['We will not move,']);
  assert.deepEqual(await texts({ documentId: document.id, since: '2025-03' }), ['300 fishers had protested']);
  assert.deepEqual(await texts({ until: '2025' }), ['300 fishers had protested']);
  assert.equal(await store.countQuotes({ speakerEntities: [varga.id] }), 2);
  assert.deepEqual(await texts({ minConfidence: 0.9 }), ['We will not move,']);
  assert.deepEqual((await texts({ minConfidence: 0.6 })).sort(), [
    '300 fishers had protested',
    'We will not move,',
  ]);
  const reported = spanIdOf(
    document.id,
    (await store.listQuotes({ kinds: ['indirect'] }, { limit: 1, offset: 0 }))[0]?.quote.span as Span,
  );
  const corrected = { speakerIn: [], speakerOut: [], kindIn: [], kindOut: [], any: [reported] };
  assert.equal(
    await store.countQuotes({ minConfidence: 0.9, corrected }),
    2,
    'a statement a person corrected passes',
  );
});

forEachEngine(
  'statements are counted by the month they were said in, undated ones left out',
  async (_t, engine) => {
    const { store, document } = await storeWithArticle(engine);
    await resolveVarga(store, document.id);
    assert.deepEqual(await store.countQuotesByMonth({ speakerEntities: [varga.id] }), [
      { month: '2025-03', statements: 1 },
    ]);
    assert.deepEqual(await store.countQuotesByMonth({ speakerEntities: ['someone-else'] }), []);
  },
);

forEachEngine('search and statements narrow to an outlet, a speaker, dates and words', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  await resolveVarga(store, document.id);
  const page = { limit: 10, offset: 0 };
  const ids = async (facets: Parameters<Store['search']>[2]) =>
    (await store.search('fishers', page, facets)).map((hit) => hit.id);
  assert.deepEqual(await ids({}), [document.id]);
  assert.deepEqual(await ids({ outlet: 'gazette.example' }), [], 'seen only as a file so far');
  await store.addSighting(document.sourceSha256, {
    locator: 'http://example.net/r',
    finalUrl: 'https://news.gazette.example/2025/fishers',
    seenAt: '2025-03-05T10:00:00Z',
  });
  assert.deepEqual(await ids({ outlet: 'gazette.example' }), [document.id], 'a subdomain, after a redirect');
  assert.deepEqual(await ids({ outlet: 'example.net' }), [document.id]);
  assert.deepEqual(await ids({ outlet: 'other.example' }), []);
  assert.deepEqual(await ids({ speakerEntities: [varga.id] }), [document.id]);
  assert.deepEqual(await ids({ speakerEntities: ['person-000000000000'] }), []);
  assert.deepEqual(await ids({ from: '2025' }), [], 'an undated document is outside any date range');
  const words = async (filter: Parameters<Store['listQuotes']>[0]) =>
    (await store.listQuotes(filter, page)).map((q) => q.quote.text);
  assert.deepEqual(await words({ words: ['NOT', 'move'] }), ['We will not move,']);
  assert.deepEqual(await words({ words: ['100%'] }), [], 'LIKE wildcards are taken literally');
  assert.deepEqual(await words({ words: ['move'], outlet: 'gazette.example' }), ['We will not move,']);
  assert.deepEqual(await words({ words: ['move'], outlet: 'other.example' }), []);
});

forEachEngine('entities are listed and counted by kind', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  await resolveVarga(store, document.id);
  const page = { limit: 5, offset: 0 };
  assert.deepEqual(
    (await store.listEntities(page, 'person')).map((e) => e.id),
    [varga.id],
  );
  assert.deepEqual(await store.listEntities(page, 'place'), []);
  assert.equal(await store.countEntities('person'), 1);
  assert.equal(await store.countEntities('place'), 0);
});

forEachEngine('entities are found by the keys of their names, and replaced whole', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  await resolveVarga(store, document.id);
  assert.deepEqual(
    (await store.entitiesByKeys(['varga'])).map((e) => e.id),
    [varga.id],
  );
  assert.deepEqual(await store.getEntity(varga.id), varga);
  await store.replaceEntities([], [], (name) => name, await store.resolutionMark());
  assert.equal(await store.countEntities(), 0);
  assert.deepEqual(
    (await store.getAnnotations(document.id)).mentions.map((m) => m.entityId),
    [null, null, null],
  );
});

forEachEngine('replacing a document replaces everything found in it', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  await resolveVarga(store, document.id);
  const empty: Annotations = { mentions: [], roles: [], locals: [], quotes: [], dates: [], claims: [] };
  await store.saveBatch([
    {
      kind: 'document',
      source: { sha256: document.sourceSha256, size: TEXT.length, mediaType: 'text/plain' },
      sighting: null,
      document,
      annotations: empty,
    },
  ]);
  assert.deepEqual(await store.getAnnotations(document.id), empty);
  assert.equal(await store.countQuotes({}), 0);
});

forEachEngine('exports stream every record with the document it was found in', async (_t, engine) => {
  const { store } = await storeWithArticle(engine);
  const quotes = await collect(store.allQuotes());
  assert.deepEqual(
    quotes.map((q) => [q.quote.kind, q.document.source]),
    [
      ['indirect', 'articles/fishers.txt'],
      ['direct', 'articles/fishers.txt'],
    ],
  );
  assert.deepEqual(
    (await collect(store.allMentions())).map((m) => m.record.text),
    ['Ilse Varga', 'Varga', 'Harbour Gazette'],
  );
  assert.deepEqual(
    (await collect(store.allDates())).map((d) => [d.record.value, d.document.source]),
    [['2025-03-03', 'articles/fishers.txt']],
  );
  assert.deepEqual(
    (await collect(store.allClaims())).map((c) => [c.record.value, c.record.what]),
    [[300, 'fishers protested']],
  );
});

forEachEngine('curations are kept in order, and an undo is recorded, not a deletion', async (_t, engine) => {
  const { store } = await storeWithArticle(engine);
  const base = { by: 'ana', reason: null, undone: null };
  await store.addCuration({
    ...base,
    id: 'c1',
    at: '2026-11-20T10:00:00Z',
    action: { type: 'rename', entity: 'e1', name: 'A' },
  });
  await store.addCuration({
    ...base,
    id: 'c2',
    at: '2026-11-20T10:01:00Z',
    action: { type: 'kind', entity: 'e1', kind: 'organization' },
  });
  await store.markUndone('c1', 'ben', '2026-11-20T11:00:00Z');
  await store.markUndone('c1', 'carl', '2026-11-20T12:00:00Z');
  const all = await store.listCurations();
  assert.deepEqual(
    all.map((c) => [c.id, c.undone]),
    [
      ['c1', { by: 'ben', at: '2026-11-20T11:00:00Z' }],
      ['c2', null],
    ],
  );
});

forEachEngine('an older resolution never replaces a newer one', async (_t, engine) => {
  const { store, document } = await storeWithArticle(engine);
  const older = { documents: 0, curations: 0 };
  const newer = await store.resolutionMark();
  const key = (name: string) => name.toLowerCase();
  const membership = [{ documentId: document.id, chain: 0, entityId: varga.id }];
  assert.equal(await store.replaceEntities([varga], membership, key, newer), true);
  assert.equal(await store.replaceEntities([], [], key, older), false, 'the older view is not written');
  assert.deepEqual(
    (await store.listEntities({ limit: 5, offset: 0 })).map((e) => e.id),
    [varga.id],
  );
  assert.equal(await store.replaceEntities([], [], key, newer), true, 'the same view again is written');
  assert.equal(await store.countEntities(), 0);
});

forEachEngine(
  'a part whose new entity would take an id used outside it is refused whole',
  async (_t, engine) => {
    const { store, document } = await storeWithArticle(engine);
    await resolveVarga(store, document.id);
    const key = (name: string) => name.toLowerCase();
    const entityOf = async () =>
      (await store.getAnnotations(document.id)).mentions.map((m) => [m.text, m.entityId]);
    const before = await entityOf();
    // The article's Gazette chain, resolved alone to `entity`.
    const replaceGazettePart = async (entity: typeof varga) =>
      store.replaceEntitiesIn(
        [{ documentId: document.id, chain: 1 }],
        [entity],
        [{ documentId: document.id, chain: 1, entityId: entity.id }],
        key,
        await store.resolutionMark(),
        { documents: [], replaced: false },
      );

    // The Gazette's chain resolved to an entity whose id the Varga chain, outside the part, already has.
    const clash = { ...varga, name: 'Harbour Gazette', aliases: [{ name: 'Harbour Gazette', count: 1 }] };
    assert.equal(await replaceGazettePart(clash), 'overlap');
    assert.deepEqual(await entityOf(), before, 'nothing of the refused part was written');
    assert.equal((await store.getEntity(varga.id))?.name, 'Ilse Varga');

    const gazette = { ...clash, id: 'organization-harbour-gazette', kind: 'organization' as const };
    assert.equal(await replaceGazettePart(gazette), true);
    assert.deepEqual(await entityOf(), [
      ['Ilse Varga', varga.id],
      ['Varga', varga.id],
      ['Harbour Gazette', gazette.id],
    ]);
    assert.equal(await store.countEntities(), 2);
  },
);
