import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { kyselyStore } from '../kysely-store.ts';
import type { Tables } from '../schema.ts';
import type { Store } from '../store.ts';
import { fullTextMigrations, searchDocuments } from './full-text.ts';

/** The embedded engine: one SQLite file in write-ahead-log mode. */
export async function openSqliteStore(file: string): Promise<Store> {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // In WAL mode NORMAL keeps the database consistent across a crash; a power cut may lose the last commits.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return kyselyStore(db, {
    engine: 'sqlite',
    identity: { type: 'integer', build: (c) => c.primaryKey().autoIncrement() },
    migrations: fullTextMigrations,
    search: searchDocuments,
  });
}

/**
 * Kysely prepares every query anew; preparing costs more than running the small statements of an
 * ingest. The same SQL text reuses its prepared statement. Safe because Kysely runs one query at a time
 * on this connection and never streams here.
 */
function withStatementCache(database: Database.Database, size = 256) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): Database.Statement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
