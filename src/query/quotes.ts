import { spanIdOf } from '../model.ts';
import { statementKey } from '../resolve/copies/repeats.ts';
import type { Independence } from '../resolve/independence/independent-sources.ts';
import type { Page, QuoteFilter, StatementOccurrence, Store, StoredQuote } from '../store/store.ts';
import { corroboration } from './corroboration.ts';
import { correctedFilter, withStatementFixes } from './statement-corrections.ts';

/** Read models for statements, shared by every front. */

/** Shorter statements ("no", "we will see") recur without one source repeating another. */
const REPEAT_MIN_WORDS = 6;

export interface StatementView extends StoredQuote {
  id: string;
  /**
   * Every document carrying the same words, earliest first (this one included), and how independently;
   * null when the words are carried by this document only or are too short to tell.
   */
  repeats: { occurrences: StatementOccurrence[]; independence: Independence } | null;
  /** The curations in force that changed this statement's speaker or kind (see statement-corrections). */
  corrections?: string[];
}

export interface StatementList {
  total: number;
  statements: StatementView[];
}

/** "Who repeats whom" for each statement of a page, in one query for the page. */
export async function withRepeats(store: Store, quotes: StoredQuote[]): Promise<StatementView[]> {
  const keyOf = (q: StoredQuote) => statementKey(q.quote.text);
  const keys = [...new Set(quotes.map(keyOf).filter((key) => key.split(' ').length >= REPEAT_MIN_WORDS))];
  const occurrences = await store.statementOccurrences(keys);
  const byKey = new Map<string, StatementOccurrence[]>();
  for (const occurrence of occurrences)
    byKey.set(occurrence.key, [...(byKey.get(occurrence.key) ?? []), occurrence]);
  return quotes.map((stored) => {
    const all = byKey.get(keyOf(stored)) ?? [];
    const documents = new Set(all.map((o) => o.document.id));
    const repeats = documents.size > 1 ? { occurrences: all, independence: corroboration(all) } : null;
    return { ...stored, id: spanIdOf(stored.quote.documentId, stored.quote.span), repeats };
  });
}

/** Statements that fit the filter as people corrected them, a page at a time, with the total. */
export async function listStatements(store: Store, asked: QuoteFilter, page: Page): Promise<StatementList> {
  const filter = await correctedFilter(store, asked);
  const [total, quotes] = await Promise.all([store.countQuotes(filter), store.listQuotes(filter, page)]);
  return { total, statements: await withStatementFixes(store, await withRepeats(store, quotes)) };
}
