import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';

/**
 * PostgreSQL's full-text index: a weighted tsvector (title A, byline B, text C; `english` stemming
 * and stop words) in a stored generated column with a GIN index.
 *
 * A generated column rather than a trigger: the server computes it from the row in the statement
 * that writes the row, so no write path (ours, a later one, or a person with psql) can leave it
 * stale, and there is no trigger to keep in step. Documents are replaced, never updated, so the
 * recomputation a generated column costs on every update never happens.
 *
 * Both sides of a match see the words SQLite's unicode61 tokenizer sees: ASCII punctuation becomes
 * spaces before PostgreSQL's parser runs, so `Ahmadi-Nejad`, `1.5`, `U.S.` and `irna.ir` are
 * separate words. Its parser would otherwise keep some of them whole (a host name, a decimal), and a
 * search for a part of one would miss it on this engine only. The replacement keeps every character
 * where it was, which snippets rely on.
 */

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const SPACES = ' '.repeat(ASCII_PUNCTUATION.length);

/** Text as the index sees it: ASCII punctuation turned into spaces, one character for one. */
export function searchWords(text: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`translate(${text}, ${ASCII_PUNCTUATION}, ${SPACES})`;
}

/** The same, with the constants written into the statement, for DDL (which takes no parameters). */
function searchWordsInDdl(text: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`translate(${text}, ${sql.lit(ASCII_PUNCTUATION)}, ${sql.lit(SPACES)})`;
}

export const fullTextMigrations: Record<string, Migration> = {
  '0002_postgres_full_text': {
    async up(db: Kysely<unknown>) {
      // PostgreSQL refuses a tsvector over 1 MB; only machine-made text (lists of hashes) comes near it.
      // Such a document is stored whole and its text indexed as far as fits, rather than refused.
      await sql`
        create function attest_search_vector(title text, byline text, body text) returns tsvector
        language plpgsql immutable parallel safe as $$
        declare
          head tsvector := setweight(to_tsvector('english', ${searchWordsInDdl(sql`coalesce(title, '')`)}), 'A')
            || setweight(to_tsvector('english', ${searchWordsInDdl(sql`coalesce(byline, '')`)}), 'B');
          kept integer := length(body);
        begin
          loop
            begin
              return head || setweight(to_tsvector('english', ${searchWordsInDdl(sql`left(body, kept)`)}), 'C');
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
