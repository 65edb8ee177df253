import { type RawBuilder, sql } from 'kysely';
import { type SearchQuery, type SearchTerm, wordsOf } from '../search-query.ts';
import { searchWords } from './full-text.ts';

/**
 * A parsed search query as a tsquery, built from bound parameters only: no text the user typed is
 * ever part of the SQL, and none reaches a tsquery parser that would read operators in it.
 *
 * Why not websearch_to_tsquery: it has no prefix search, its `-` and `OR` rules are not the ones
 * SQLite's engine follows, and it would see the query's punctuation differently from the index.
 * Each term is translated on its own instead and the terms are combined with tsquery operators.
 */
export function tsquery(query: SearchQuery): RawBuilder<unknown> {
  const wanted = anyOf(query.anyOf);
  if (query.none.length === 0) return wanted;
  return sql`(${wanted} && !! ${anyOf(query.none.map((term) => [term]))})`;
}

/** The terms to look for, without the excluded ones (to check that something is left to look for). */
export function wantedTsquery(query: SearchQuery): RawBuilder<unknown> {
  return anyOf(query.anyOf);
}

function anyOf(groups: SearchTerm[][]): RawBuilder<unknown> {
  const alternatives = groups.map((group) => sql`(${sql.join(group.map(termQuery), sql` && `)})`);
  return sql`(${sql.join(alternatives, sql` || `)})`;
}

/**
 * A word or phrase goes through phraseto_tsquery over the same punctuation-free words the index
 * holds: it stems them and keeps them in order (a stop word leaves a gap, as in the text). A prefix
 * goes through to_tsquery, which reads operators in its input; that input is therefore built here
 * from letters and digits alone, each word quoted, and only the last marked as a prefix.
 */
function termQuery(term: SearchTerm): RawBuilder<unknown> {
  if (!term.prefix) return sql`phraseto_tsquery('english', ${searchWords(sql`${term.text}`)})`;
  const words = wordsOf(term.text).map((word) => `'${word}'`);
  return sql`to_tsquery('english', ${`${words.join(' <-> ')}:*`})`;
}
