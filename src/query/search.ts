import {
  type Page,
  type QuoteFilter,
  type SearchFacets,
  type SearchHit,
  SNIPPET_MARK,
  type Store,
} from '../store/store.ts';
import { listStatements, type StatementView } from './quotes.ts';

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
export async function searchDocuments(
  store: Store,
  query: string,
  page: Page,
  facets: SearchFacets = {},
): Promise<SearchResult[]> {
  const hits = await store.search(query, page, facets);
  return hits.map((hit) => ({ ...hit, snippet: snippetPieces(hit.snippet) }));
}

export interface SearchPage {
  results: SearchResult[];
  /** Whether a later page has results: one more than the page holds is asked for, not a total count. */
  hasMore: boolean;
}

/** One page of search results, and whether there are more after it. */
export async function searchPage(
  store: Store,
  query: string,
  page: Page,
  facets: SearchFacets = {},
): Promise<SearchPage> {
  const results = await searchDocuments(store, query, { limit: page.limit + 1, offset: page.offset }, facets);
  return { results: results.slice(0, page.limit), hasMore: results.length > page.limit };
}

/** The words of a query as statements are searched for them: quotes and operators dropped, `-word`s left out. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .filter((word) => word !== 'OR' && !word.startsWith('-'))
    .map((word) => word.replace(/^["(]+|[")*]+$/g, ''))
    .filter((word) => word.length > 0);
}

/** A statement's words cut into pieces, the query's words marked wherever they occur (any case). */
export function matchedPieces(text: string, words: readonly string[]): SnippetPiece[] {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return [{ text, match: false }];
  return snippetPieces(
    text.replace(
      new RegExp(escaped.join('|'), 'giu'),
      (found) => `${SNIPPET_MARK.open}${found}${SNIPPET_MARK.close}`,
    ),
  );
}

export interface StatementHit {
  statement: StatementView;
  pieces: SnippetPiece[];
}

/** Statements whose words contain every word of the query, in date order, with the words marked. */
export async function searchStatements(
  store: Store,
  query: string,
  filter: QuoteFilter,
  page: Page,
): Promise<{ total: number; hits: StatementHit[] }> {
  const words = queryWords(query);
  const { total, statements } = await listStatements(store, { ...filter, words }, page);
  return {
    total,
    hits: statements.map((statement) => ({ statement, pieces: matchedPieces(statement.quote.text, words) })),
  };
}
