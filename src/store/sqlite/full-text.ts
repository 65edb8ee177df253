import { type Kysely, type Migration, sql } from 'kysely';
import { publishedFromRow } from '../rows.ts';
import type { Tables } from '../schema.ts';
import { documentFacets } from '../search-facets.ts';
import { parseSearchQuery, type SearchTerm } from '../search-query.ts';
import { type Page, type SearchFacets, type SearchHit, SNIPPET_MARK } from '../store.ts';

/**
 * SQLite full-text search: an FTS5 index over documents' title, byline and text, kept in step with the
 * documents table by triggers, so every write path updates it inside the same transaction.
 */
export const fullTextMigrations: Record<string, Migration> = {
  '0002_sqlite_full_text': {
    async up(db: Kysely<unknown>) {
      await sql`create virtual table documents_fts using fts5(
        title, byline, text,
        content = 'documents', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      )`.execute(db);
      await sql`create trigger documents_fts_insert after insert on documents begin
        insert into documents_fts(rowid, title, byline, text) values (new.seq, new.title, new.byline, new.text);
      end`.execute(db);
      await sql`create trigger documents_fts_delete after delete on documents begin
        insert into documents_fts(documents_fts, rowid, title, byline, text)
          values ('delete', old.seq, old.title, old.byline, old.text);
      end`.execute(db);
      await sql`create trigger documents_fts_update after update on documents begin
        insert into documents_fts(documents_fts, rowid, title, byline, text)
          values ('delete', old.seq, old.title, old.byline, old.text);
        insert into documents_fts(rowid, title, byline, text) values (new.seq, new.title, new.byline, new.text);
      end`.execute(db);
    },
  },
};

/**
 * Renders a parsed query as an FTS5 expression in which every term is a quoted string, so no FTS5
 * syntax typed by the user (column filters, NEAR, parentheses) gets through.
 */
export function ftsExpression(query: string): string {
  const { anyOf, none } = parseSearchQuery(query);
  const positive = anyOf.map((group) => group.map(ftsTerm).join(' ')).join(' OR ');
  return none.length > 0 ? `(${positive}) NOT (${none.map(ftsTerm).join(' OR ')})` : positive;
}

function ftsTerm(term: SearchTerm): string {
  return `"${term.text.replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
}

export async function searchDocuments(
  db: Kysely<Tables>,
  query: string,
  page: Page,
  facets: SearchFacets = {},
): Promise<SearchHit[]> {
  const expression = ftsExpression(query);
  const { rows } = await sql<{
    id: string;
    title: string | null;
    published: string | null;
    published_precision: string | null;
    published_from: string | null;
    source: string | null;
    snippet: string;
    rank: number;
  }>`
    select d.id, d.title, d.published, d.published_precision, d.published_from,
      (select s.locator from sightings s where s.sha256 = d.source_sha256 order by s.id limit 1) as source,
      snippet(documents_fts, -1, ${SNIPPET_MARK.open}, ${SNIPPET_MARK.close}, '…', 24) as snippet,
      bm25(documents_fts, 8.0, 2.0, 1.0) as rank
    from documents_fts
    join documents d on d.seq = documents_fts.rowid
    where documents_fts match ${expression} and ${documentFacets(facets)}
    order by rank, d.id
    limit ${page.limit} offset ${page.offset}
  `.execute(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: publishedFromRow(r),
    source: r.source ?? '',
    snippet: r.snippet,
    score: -r.rank,
  }));
}
