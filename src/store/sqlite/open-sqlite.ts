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
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  return kyselyStore(db, {
    engine: 'sqlite',
    identity: { type: 'integer', build: (c) => c.primaryKey().autoIncrement() },
    migrations: fullTextMigrations,
    search: searchDocuments,
  });
}
