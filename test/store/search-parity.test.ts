import assert from 'node:assert/strict';
import { wordsOf } from '../../src/store/search-query.ts';
import type { Store } from '../../src/store/store.ts';
import { SNIPPET_MARK } from '../../src/store/store.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { fictionalDocument } from '../helpers/records.ts';
import { PARITY_QUERIES, SEARCH_CORPUS } from '../helpers/search-corpus.ts';

/** Saves the corpus and returns the key of each document id, and each document's fields. */
async function loadCorpus(store: Store) {
  const keyOf = new Map<string, string>();
  const fieldsOf = new Map<string, string[]>();
  for (const article of SEARCH_CORPUS) {
    const doc = fictionalDocument(article.text, { title: article.title, byline: article.byline });
    await store.saveDocument(
      { sha256: doc.sourceSha256, size: article.text.length, mediaType: 'text/plain' },
      { locator: `corpus/${article.key}.txt`, seenAt: '2026-11-20T10:00:00.000Z' },
      doc,
    );
    keyOf.set(doc.id, article.key);
    fieldsOf.set(doc.id, [doc.text, article.title ?? '', article.byline ?? '']);
  }
  return { keyOf, fieldsOf };
}

/** The hits cut into the tiers' sizes, each tier sorted, to compare with the expected tiers. */
function asTiers(keys: string[], expected: string[][]): string[][] {
  const tiers = [];
  let at = 0;
  for (const tier of expected) {
    tiers.push(keys.slice(at, at + tier.length).sort());
    at += tier.length;
  }
  return keys.length > at ? [...tiers, keys.slice(at)] : tiers;
}

forEachEngine('the same queries find the same documents in the same order', async (_t, engine) => {
  const store = await engine.open();
  const { keyOf } = await loadCorpus(store);
  for (const { query, hits } of PARITY_QUERIES) {
    const found = (await store.search(query, { limit: 50, offset: 0 })).map((h) => keyOf.get(h.id) as string);
    assert.deepEqual(
      asTiers(found, hits),
      hits.map((tier) => [...tier].sort()),
      `query ${query}`,
    );
  }
});

forEachEngine('snippets quote the document as written and mark the matching words', async (_t, engine) => {
  const store = await engine.open();
  const { fieldsOf } = await loadCorpus(store);
  // SQLite marks a matching phrase as one piece, PostgreSQL word by word: compare the words marked.
  const marked = (snippet: string) =>
    Array.from(snippet.matchAll(/\u0002([^\u0003]*)\u0003/g), (m) => wordsOf(m[1] ?? '')).flatMap((words) =>
      words.map((w) => w.toLowerCase()),
    );
  for (const { query } of PARITY_QUERIES) {
    for (const hit of await store.search(query, { limit: 50, offset: 0 })) {
      const plain = hit.snippet.replaceAll(SNIPPET_MARK.open, '').replaceAll(SNIPPET_MARK.close, '');
      const quoted = plain.replace(/^…|…$/g, '');
      assert.ok(
        fieldsOf.get(hit.id)?.some((field) => field.includes(quoted)),
        `${query}: ${JSON.stringify(hit.snippet)} is not a piece of the document`,
      );
      assert.ok(marked(hit.snippet).length > 0, `${query}: nothing marked in ${JSON.stringify(hit.snippet)}`);
    }
  }
  const [hit] = await store.search('"Ahmadi Nejad" Tabriz', { limit: 1, offset: 0 });
  assert.deepEqual(marked(hit?.snippet ?? ''), ['ahmadi', 'nejad', 'tabriz']);
  const [strike] = await store.search('striking', { limit: 1, offset: 0 });
  assert.deepEqual(marked(strike?.snippet ?? ''), ['strike', 'striking']);
});

forEachEngine('pages of search results follow one another without gaps or repeats', async (_t, engine) => {
  const store = await engine.open();
  await loadCorpus(store);
  const all = (await store.search('killed OR dead OR harbour OR Tabriz', { limit: 50, offset: 0 })).map(
    (h) => h.id,
  );
  assert.equal(all.length, 8);
  const paged = [];
  for (let offset = 0; offset < all.length; offset += 3) {
    paged.push(
      ...(await store.search('killed OR dead OR harbour OR Tabriz', { limit: 3, offset })).map((h) => h.id),
    );
  }
  assert.deepEqual(paged, all);
});
