import { type Page, type SearchHit, SNIPPET_MARK, type Store } from '../store/store.ts';

export { InvalidQuery } from '../store/store.ts';

/** A piece of a snippet: plain text, or words that matched the query. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

export interface SearchResult extends Omit<SearchHit, 'snippet'> {
  snippet: SnippetPiece[];
}

export function snippetPieces(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  const pattern = new RegExp(`${SNIPPET_MARK.open}([^${SNIPPET_MARK.close}]*)${SNIPPET_MARK.close}`, 'gu');
  let last = 0;
  for (const found of snippet.matchAll(pattern)) {
    if (found.index > last) pieces.push({ text: snippet.slice(last, found.index), match: false });
    pieces.push({ text: found[1] ?? '', match: true });
    last = found.index + found[0].length;
  }
  if (last < snippet.length) pieces.push({ text: snippet.slice(last), match: false });
  return pieces;
}

/** Ranked full-text search over documents' titles, bylines and text. */
export async function searchDocuments(store: Store, query: string, page: Page): Promise<SearchResult[]> {
  const hits = await store.search(query, page);
  return hits.map((hit) => ({ ...hit, snippet: snippetPieces(hit.snippet) }));
}

export interface SearchPage {
  results: SearchResult[];
  /** Whether a later page has results: one more than the page holds is asked for, not a total count. */
  hasMore: boolean;
}

/** One page of search results, and whether there are more after it. */
export async function searchPage(store: Store, query: string, page: Page): Promise<SearchPage> {
  const results = await searchDocuments(store, query, { limit: page.limit + 1, offset: page.offset });
  return { results: results.slice(0, page.limit), hasMore: results.length > page.limit };
}
