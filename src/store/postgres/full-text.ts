import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import { publishedFromRow } from '../rows.ts';
import type { Tables } from '../schema.ts';
import { parseSearchQuery, type SearchQuery, type SearchTerm, wordsOf } from '../search-query.ts';
import { InvalidQuery, type Page, type SearchHit, SNIPPET_MARK } from '../store.ts';

/**
 * PostgreSQL full-text search: a weighted tsvector (title A, byline B, text C; `english` stemming and
 * stop words) in a stored generated column with a GIN index, ranked by ts_rank_cd, with snippets from
 * ts_headline.
 *
 * A generated column rather than a trigger: the server computes it from the row in the statement
 * that writes the row, so no write path (ours, a later one, or a person with psql) can leave it
 * stale, and there is no trigger function to keep in step. Documents are replaced, never updated, so
 * the recomputation a generated column costs on every update never happens.
 *
 * Both sides of a match see the same words as SQLite's unicode61 tokenizer does: ASCII punctuation is
 * turned into spaces before PostgreSQL's parser runs, so `Ahmadi-Nejad`, `1.5`, `U.S.` and `irna.ir`
 * become separate words (its parser would otherwise keep some of them whole and a search for one part
 * would miss them on this engine only).
 */

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const SPACES = ' '.repeat(ASCII_PUNCTUATION.length);

/** Rank weights in ts_rank_cd's order {D, C, B, A}: text, byline and title weigh 1 : 2 : 8, as in SQLite. */
const WEIGHTS = '{0, 0.125, 0.25, 1}';
/** ts_rank_cd normalisation 1: divide by 1 + log(length), so a long document does not win by length alone. */
const LENGTH_NORMALISATION = 1;
/** About the 24 tokens SQLite's snippet shows; marks are the control characters both engines use. */
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_MARK.open}, StopSel=${SNIPPET_MARK.close}, MaxWords=24, MinWords=12`;
const ELLIPSIS = '…';

export const fullTextMigrations: Record<string, Migration> = {
  '0002_postgres_full_text': {
    async up(db: Kysely<unknown>) {
      // PostgreSQL refuses a tsvector over 1 MB; only machine-made text (lists of hashes) comes near it.
      // Such a document is stored whole and its text indexed as far as fits, rather than refused.
      await sql`
        create function attest_search_vector(title text, byline text, body text) returns tsvector
        language plpgsql immutable parallel safe as $$
        declare
          head tsvector := setweight(to_tsvector('english', ${searchWords(sql`coalesce(title, '')`, 'literal')}), 'A')
            || setweight(to_tsvector('english', ${searchWords(sql`coalesce(byline, '')`, 'literal')}), 'B');
          kept integer := length(body);
        begin
          loop
            begin
              return head || setweight(to_tsvector('english', ${searchWords(sql`left(body, kept)`, 'literal')}), 'C');
            exception when program_limit_exceeded then
              if kept = 0 then raise; end if;
              kept := kept / 2;
            end;
          end loop;
        end $$`.execute(db);
      await sql`alter table documents add column search_vector tsvector
        generated always as (attest_search_vector(title, byline, text)) stored`.execute(db);
      await sql`create index documents_search on documents using gin (search_vector)`.execute(db);
    },
  },
};

/** ASCII punctuation to spaces; as literals inside DDL (which takes no parameters), else as parameters. */
function searchWords(text: RawBuilder<string>, as: 'literal' | 'parameter'): RawBuilder<string> {
  const [from, to] =
    as === 'literal' ? [sql.lit(ASCII_PUNCTUATION), sql.lit(SPACES)] : [ASCII_PUNCTUATION, SPACES];
  return sql<string>`translate(${text}, ${from}, ${to})`;
}

/**
 * A term as a tsquery built from bound parameters only. A word or phrase goes through
 * phraseto_tsquery, which stems it and keeps its words in order (stop words leave a gap, as in the
 * text). A prefix goes through to_tsquery, whose operators cannot occur in the string it is given:
 * that string is built here from letters and digits alone, each quoted, the last marked `:*`.
 */
function termQuery(term: SearchTerm): RawBuilder<unknown> {
  if (!term.prefix) return sql`phraseto_tsquery('english', ${searchWords(sql`${term.text}`, 'parameter')})`;
  const lexemes = wordsOf(term.text).map((word) => `'${word}'`);
  return sql`to_tsquery('english', ${`${lexemes.join(' <-> ')}:*`})`;
}

function anyOfQuery(groups: SearchTerm[][]): RawBuilder<unknown> {
  const alternatives = groups.map((group) => sql`(${sql.join(group.map(termQuery), sql` && `)})`);
  return sql`(${sql.join(alternatives, sql` || `)})`;
}

function tsquery(query: SearchQuery): RawBuilder<unknown> {
  const positive = anyOfQuery(query.anyOf);
  if (query.none.length === 0) return positive;
  return sql`(${positive} && !! ${anyOfQuery(query.none.map((term) => [term]))})`;
}

export async function searchDocuments(db: Kysely<Tables>, query: string, page: Page): Promise<SearchHit[]> {
  const parsed = parseSearchQuery(query);
  // English stop words are not indexed: a query of nothing else would silently find nothing.
  const { rows: sizes } = await sql<{ nodes: number }>`
    select numnode(${anyOfQuery(parsed.anyOf)}) as nodes`.execute(db);
  if (!sizes[0]?.nodes) {
    throw new InvalidQuery(
      'every word to look for is too common to be indexed ("the", "of", ...): add another',
    );
  }
  // Ranks the matches, then makes headlines for one page of them only: ts_headline re-parses the text.
  // The snippet comes from the text, else from the title or byline if only they match, as in SQLite.
  const { rows } = await sql<{
    id: string;
    title: string | null;
    published: string | null;
    published_precision: string | null;
    published_from: string | null;
    source: string | null;
    snippet: string;
    cut_before: boolean;
    cut_after: boolean;
    rank: number;
  }>`
    with query as (select ${tsquery(parsed)} as q),
    hits as (
      select d.id, d.title, d.byline, d.text, d.published, d.published_precision, d.published_from,
        d.source_sha256, query.q,
        ts_rank_cd(${WEIGHTS}, d.search_vector, query.q, ${LENGTH_NORMALISATION}) as rank
      from documents d, query
      where d.search_vector @@ query.q
      order by rank desc, d.id
      limit ${page.limit} offset ${page.offset}
    ),
    headlines as (
      select hits.*, ts_headline('english', hits.text, q, ${HEADLINE_OPTIONS}) as in_text,
        ts_headline('english', coalesce(hits.title, ''), q, ${HEADLINE_OPTIONS}) as in_title,
        ts_headline('english', coalesce(hits.byline, ''), q, ${HEADLINE_OPTIONS}) as in_byline
      from hits
    ),
    snippets as (
      select headlines.*,
        case when strpos(in_text, ${SNIPPET_MARK.open}) > 0 then in_text
          when strpos(in_title, ${SNIPPET_MARK.open}) > 0 then in_title
          when strpos(in_byline, ${SNIPPET_MARK.open}) > 0 then in_byline
          else in_text end as snippet,
        case when strpos(in_text, ${SNIPPET_MARK.open}) > 0 then text
          when strpos(in_title, ${SNIPPET_MARK.open}) > 0 then title
          when strpos(in_byline, ${SNIPPET_MARK.open}) > 0 then byline
          else text end as snippet_of
      from headlines
    ),
    placed as (
      select snippets.*, strpos(snippet_of, replace(replace(snippet, ${SNIPPET_MARK.open}, ''), ${SNIPPET_MARK.close}, '')) as at,
        length(snippet) - length(replace(replace(snippet, ${SNIPPET_MARK.open}, ''), ${SNIPPET_MARK.close}, '')) as marks
      from snippets
    )
    select id, title, published, published_precision, published_from, snippet, rank,
      (select s.locator from sightings s where s.sha256 = placed.source_sha256 order by s.id limit 1) as source,
      left(snippet_of, at - 1) ~ '[[:alnum:]]' as cut_before,
      substr(snippet_of, at + length(snippet) - marks) ~ '[[:alnum:]]' as cut_after
    from placed
    order by rank desc, id
  `.execute(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: publishedFromRow(r),
    source: r.source ?? '',
    snippet: `${r.cut_before ? ELLIPSIS : ''}${r.snippet}${r.cut_after ? ELLIPSIS : ''}`,
    score: r.rank,
  }));
}
