import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { BlobStore } from '../../capture/blob-store.ts';
import { kyselyStore } from '../kysely-store.ts';
import type { Tables } from '../schema.ts';
import { type Store, StoreUnavailable } from '../store.ts';
import { blobMigrations, postgresBlobStore } from './blob-store.ts';
import { redactUrl, withoutSecrets } from './connection-url.ts';
import { finishedJobsMigrations } from './finished-jobs.ts';
import { fullTextMigrations } from './full-text.ts';
import { searchDocuments } from './search.ts';
import { teamMigrations } from './team-tables.ts';

/** A PostgreSQL ledger: the store, and a blob store in the same database (used when configured). */
export interface PostgresEngine {
  store: Store;
  blobs: BlobStore;
}

/** Connections one process keeps; each running transaction holds one. */
const POOL_SIZE = 8;
const CONNECT_TIMEOUT_MS = 10_000;
const INT8 = 20;

/**
 * Opens (and migrates) the ledger at a `postgres://` URL. The tables go to the first schema of the
 * connection's search_path (`public` unless the URL says `?options=-c%20search_path%3Dname`).
 * Any failure to reach or prepare the database is a `StoreUnavailable` whose message never shows
 * the URL's password.
 */
export async function openPostgres(url: string): Promise<PostgresEngine> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'attest',
    types: bigintsAsNumbers(),
  });
  // An idle connection the server closes (a restart, an administrator) is dropped by the pool and
  // replaced on next use; without a listener the event would end the process.
  pool.on('error', () => {});
  // A connection in use when the server closes it fails its query; its own error event must not end
  // the process either (the pool listens only while a connection is idle).
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    const schema = await tableSchema(db);
    const store = await kyselyStore(db, {
      engine: 'postgres',
      identity: { type: 'bigint', build: (c) => c.primaryKey().generatedByDefaultAsIdentity() },
      migrations: { ...fullTextMigrations, ...blobMigrations, ...finishedJobsMigrations, ...teamMigrations },
      schema,
      search: searchDocuments,
    });
    return { store, blobs: postgresBlobStore(db) };
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StoreUnavailable(
      `cannot open the PostgreSQL ledger at ${redactUrl(url)}: ${withoutSecrets(describe(error), url)}`,
    );
  }
}

/** Counts and sizes are int8, which pg returns as strings; records carry numbers. */
function bigintsAsNumbers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8, (text: string) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw new RangeError(`integer ${text} is too large for a number`);
    return value;
  });
  return types;
}

async function tableSchema(db: Kysely<Tables>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('no schema of the search_path exists; create it first (create schema ...)');
  return schema;
}

/** Node reports a refused connection to a name with several addresses as an AggregateError without a message. */
function describe(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(describe).join('; ');
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}
