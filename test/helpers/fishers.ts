import assert from 'node:assert/strict';
import type { Annotations, Document, Entity, Quote, Span } from '../../src/model.ts';
import type { Store } from '../../src/store/store.ts';
import type { EngineUnderTest } from './engines.ts';
import { fictionalDocument } from './records.ts';

/**
 * A one-paragraph fictional article with hand-made annotations, as the extractors would find them: for
 * testing what is done with annotations (storage, views, exports) apart from how they are found.
 */

const seenAt = '2026-11-20T10:00:00.000Z';
export const TEXT =
  'Mayor Ilse Varga said on Monday that 300 fishers had protested. "We will not move," Varga told the Harbour Gazette.';

function spanOf(document: Document, words: string, from = 0): Span {
  const start = document.text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return { start, end: start + words.length };
}

/** Hand-made annotations of TEXT, as the extractors would find them. */
export function annotationsOf(document: Document): Annotations {
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
    confidence: 0.6,
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

export const varga: Entity = {
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

export async function storeWithArticle(engine: EngineUnderTest) {
  const store = await engine.open();
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

/** Resolves the article's Varga chain to the `varga` entity, as resolution would. */
export async function resolveVarga(store: Store, documentId: string) {
  await store.replaceEntities(
    [varga],
    [{ documentId, chain: 0, entityId: varga.id }],
    (name) => name.toLowerCase(),
    await store.resolutionMark(),
  );
}
