import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { kyselyStore } from '../kysely-store.ts';
import type { Tables } from '../schema.ts';
import type { Store } from '../store.ts';
import { fullTextMigrations, searchDocuments } from './full-text.ts';

const BUSY_TIMEOUT_MS = 10_000;

/** The embedded engine: one SQLite file in write-ahead-log mode. */
export async function openSqliteStore(file: string): Promise<Store> {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // In WAL mode NORMAL keeps the database consistent across a crash; a power cut may lose the last commits.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // A ledger's indexes outgrow SQLite's 2 MB default cache within a few thousand documents, and each
  // checkpoint syncs the file: a larger cache, memory-mapped reads and rarer checkpoints keep ingest
  // from slowing down as the case grows (measured: about a quarter less time per document at 12,000).
  database.pragma('cache_size = -65536');
  database.pragma('mmap_size = 268435456');
  database.pragma('temp_store = MEMORY');
  database.pragma('wal_autocheckpoint = 10000');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  // Kysely takes no lock to migrate SQLite: processes opening a new case at the same moment would
  // each create the tables, and all but one fail. The write lock makes the others wait for the first.
  await takeWriteLock(database);
  try {
    const store = await kyselyStore(db, {
      engine: 'sqlite',
      identity: { type: 'integer', build: (c) => c.primaryKey().autoIncrement() },
      migrations: fullTextMigrations,
      search: searchDocuments,
    });
    database.exec('commit');
    return store;
  } catch (error) {
    if (database.inTransaction) database.exec('rollback');
    database.close();
    throw error;
  }
}

/**
 * Begins a write transaction, waiting for other connections without blocking the event loop (a
 * busy timeout would block it, and with it another connection of this process that holds the lock).
 */
async function takeWriteLock(database: Database.Database): Promise<void> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  database.pragma('busy_timeout = 0');
  try {
    for (;;) {
      try {
        database.exec('begin immediate');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  } finally {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
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
