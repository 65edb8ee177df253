import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Annotations, Document, Entity, Quote, Span } from '../../src/model.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { fictionalDocument, temporaryFolder } from '../helpers/records.ts';

const seenAt = '2026-11-20T10:00:00.000Z';
const TEXT =
  'Mayor Ilse Varga said on Monday that 300 fishers had protested. "We will not move," Varga told the Harbour Gazette.';

function spanOf(document: Document, words: string, from = 0): Span {
  const start = document.text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return { start, end: start + words.length };
}

/** Hand-made annotations of TEXT, as the extractors would find them. */
function annotationsOf(document: Document): Annotations {
  const at = (words: string, from = 0) => ({ span: spanOf(document, words, from), text: words });
  const varga = at('Ilse Varga');
  const surname = at('Varga', varga.span.end);
  const gazette = at('Harbour Gazette');
  const quoted = at('We will not move,');
  const speaker = {
    span: surname.span,
    text: 'Varga',
    antecedent: varga.span,
    chain: 0,
    entityId: null,
    unnamed: false,
  };
  const direct: Quote = {
    documentId: document.id,
    ...quoted,
    kind: 'direct',
    speaker,
    cue: { ...at('told'), lemma: 'tell' },
    medium: { ...gazette, chain: 1, entityId: null },
    saidOn: null,
    via: null,
    sieve: 'same-sentence',
    confidence: 0.95,
  };
  const indirect: Quote = {
    ...direct,
    ...at('300 fishers had protested'),
    kind: 'indirect',
    speaker: { ...speaker, span: varga.span, text: 'Ilse Varga', antecedent: null },
    cue: { ...at('said'), lemma: 'say' },
    medium: null,
    saidOn: { value: '2025-03-03', precision: 'day' },
  };
  return {
    mentions: [
      { documentId: document.id, ...varga, kind: 'person', titles: ['Mayor'], chain: 0, entityId: null },
      { documentId: document.id, ...surname, kind: 'person', titles: [], chain: 0, entityId: null },
      { documentId: document.id, ...gazette, kind: 'organization', titles: [], chain: 1, entityId: null },
    ],
    roles: [{ documentId: document.id, chain: 0, ...at('Mayor') }],
    locals: [
      {
        documentId: document.id,
        chain: 0,
        kind: 'person',
        name: 'Ilse Varga',
        names: [
          { name: 'Ilse Varga', count: 1 },
          { name: 'Varga', count: 1 },
        ],
        acronyms: [],
        titles: ['Mayor'],
        roles: [],
      },
      {
        documentId: document.id,
        chain: 1,
        kind: 'organization',
        name: 'Harbour Gazette',
        names: [{ name: 'Harbour Gazette', count: 1 }],
        acronyms: [],
        titles: [],
        roles: [],
      },
    ],
    quotes: [indirect, direct],
    dates: [
      {
        documentId: document.id,
        ...at('on Monday'),
        value: '2025-03-03',
        precision: 'day',
        calendar: 'gregorian',
        resolved: 'relative',
      },
    ],
    claims: [
      {
        documentId: document.id,
        ...at('300 fishers'),
        value: 300,
        valueMax: null,
        qualifier: 'exact',
        what: 'fishers protested',
      },
    ],
  };
}

const varga: Entity = {
  id: 'person-varga',
  kind: 'person',
  name: 'Ilse Varga',
  aliases: [
    { name: 'Ilse Varga', count: 1 },
    { name: 'Varga', count: 1 },
  ],
  roles: [],
  documents: 1,
  mentions: 2,
};

async function storeWithArticle(t: Parameters<typeof temporaryFolder>[0]) {
  const store = await openSqliteStore(join(temporaryFolder(t), 'attest.db'));
  t.after(() => store.close());
  const document = fictionalDocument(TEXT, { title: 'Fishers protest', published: null });
  const annotations = annotationsOf(document);
  await store.saveBatch([
    {
      kind: 'document',
      source: { sha256: document.sourceSha256, size: TEXT.length, mediaType: 'text/plain' },
      sighting: { locator: 'articles/fishers.txt', seenAt },
      document,
      annotations,
    },
  ]);
  return { store, document, annotations };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function resolveVarga(store: Store, documentId: string) {
  await store.replaceEntities([varga], [{ documentId, chain: 0, entityId: varga.id }], (name) =>
    name.toLowerCase(),
  );
}

test('what extraction found comes back whole with its document', async (t) => {
  const { store, document, annotations } = await storeWithArticle(t);
  const stored = await store.getAnnotations(document.id);
  assert.deepEqual(stored, {
    ...annotations,
    quotes: [...annotations.quotes].sort((a, b) => a.span.start - b.span.start),
  });
});

test('after resolution, mentions and speakers carry their entity', async (t) => {
  const { store, document } = await storeWithArticle(t);
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

test('statements filter by speaker, document, kind and date', async (t) => {
  const { store, document } = await storeWithArticle(t);
  await resolveVarga(store, document.id);
  const texts = async (filter: Parameters<Store['listQuotes']>[0]) =>
    (await store.listQuotes(filter, { limit: 10, offset: 0 })).map((q) => q.quote.text);
  assert.deepEqual(await texts({ speakerEntities: ['someone-else'] }), []);
  assert.deepEqual(await texts({ kinds: ['direct'] }), ['We will not move,']);
  assert.deepEqual(await texts({ documentId: document.id, since: '2025-03' }), ['300 fishers had protested']);
  assert.deepEqual(await texts({ until: '2025' }), ['300 fishers had protested']);
  assert.equal(await store.countQuotes({ speakerEntities: [varga.id] }), 2);
});

test('entities are found by the keys of their names, and replaced whole', async (t) => {
  const { store, document } = await storeWithArticle(t);
  await resolveVarga(store, document.id);
  assert.deepEqual(
    (await store.entitiesByKeys(['varga'])).map((e) => e.id),
    [varga.id],
  );
  assert.deepEqual(await store.getEntity(varga.id), varga);
  await store.replaceEntities([], [], (name) => name);
  assert.equal(await store.countEntities(), 0);
  assert.deepEqual(
    (await store.getAnnotations(document.id)).mentions.map((m) => m.entityId),
    [null, null, null],
  );
});

test('replacing a document replaces everything found in it', async (t) => {
  const { store, document } = await storeWithArticle(t);
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

test('exports stream every record with the document it was found in', async (t) => {
  const { store } = await storeWithArticle(t);
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

test('curations are kept in order, and an undo is recorded, not a deletion', async (t) => {
  const { store } = await storeWithArticle(t);
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
