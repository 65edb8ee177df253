import { type ColumnType, type Kysely, type Migration, sql } from 'kysely';
import type { BlobStore } from '../../capture/blob-store.ts';
import { keysetBatches } from '../keyset-batches.ts';
import type { Tables } from '../schema.ts';

/**
 * Preserved sources in the ledger's own database, for teams whose machines share no folder: one row a
 * blob, named by its SHA-256. The database holds the rules itself: a row whose bytes do not hash to
 * its name is refused, and no row is ever updated.
 */
export const blobMigrations: Record<string, Migration> = {
  '0002_postgres_blobs': {
    async up(db: Kysely<unknown>) {
      await sql`create table blobs (
        sha256 text primary key,
        bytes bytea not null,
        constraint blobs_named_by_their_hash check (encode(sha256(bytes), 'hex') = sha256)
      )`.execute(db);
      await sql`create function attest_refuse_blob_change() returns trigger language plpgsql as $$
        begin
          raise exception 'preserved source % is never changed', old.sha256;
        end $$`.execute(db);
      await sql`create trigger blobs_never_change before update on blobs
        for each row execute function attest_refuse_blob_change()`.execute(db);
    },
  },
};

type BlobTables = {
  blobs: { sha256: string; bytes: ColumnType<Buffer, Uint8Array, never> };
};

const SHA256 = /^[0-9a-f]{64}$/;
const LIST_BATCH = 1000;

function checked(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${JSON.stringify(sha256)}`);
  return sha256;
}

/**
 * Each put is a statement of its own, so it commits before the pipeline writes the record that
 * points at the blob; bytes already there are left alone.
 */
export function postgresBlobStore(database: Kysely<Tables>): BlobStore {
  const db = database.withTables<BlobTables>();

  const put = async (sha256: string, bytes: Uint8Array): Promise<void> => {
    await db
      .insertInto('blobs')
      .values({ sha256: checked(sha256), bytes })
      .onConflict((c) => c.column('sha256').doNothing())
      .execute();
  };

  const has = async (sha256: string): Promise<boolean> => {
    const row = await db
      .selectFrom('blobs')
      .select('sha256')
      .where('sha256', '=', checked(sha256))
      .executeTakeFirst();
    return row !== undefined;
  };

  const get = async (sha256: string): Promise<Buffer> => {
    const row = await db
      .selectFrom('blobs')
      .select('bytes')
      .where('sha256', '=', checked(sha256))
      .executeTakeFirst();
    if (!row) throw new Error(`blob ${sha256} is missing from the PostgreSQL ledger`);
    return row.bytes;
  };

  async function* list(): AsyncIterable<string> {
    const rows = keysetBatches(
      LIST_BATCH,
      (after) =>
        db
          .selectFrom('blobs')
          .select('sha256')
          .where('sha256', '>', after)
          .orderBy('sha256')
          .limit(LIST_BATCH)
          .execute(),
      (row) => row.sha256,
    );
    for await (const row of rows) yield row.sha256;
  }

  return { put, has, get, list };
}
