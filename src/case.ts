import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type BlobStore, fileBlobStore } from './capture/blob-store.ts';
import { isPostgresUrl, redactUrl } from './store/postgres/connection-url.ts';
import type { Store } from './store/store.ts';

export { StoreUnavailable } from './store/store.ts';

/** A case: one ledger, its database and its preserved sources. */
export interface Case {
  dir: string;
  store: Store;
  blobs: BlobStore;
}

export const CASE_FOLDER = '.attest';

/** What the user chose, from options or the environment; all optional. */
export interface StorageChoice {
  case?: string;
  db?: string;
  blobs?: string;
}

/** Where a case keeps its records and its preserved sources. */
export interface CaseConfig {
  dir: string;
  database: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };
  blobs: { in: 'folder'; dir: string } | { in: 'postgres' };
}

/** Options that do not make a case; the message never shows a password. */
export class InvalidStorageChoice extends Error {
  override readonly name = 'InvalidStorageChoice';
}

/**
 * Where the case lives: `--case DIR`, else `ATTEST_CASE`, else the nearest `.attest/` folder upward from
 * the working directory, else `./.attest/` (created when opened).
 */
export function locateCase(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (explicit) return resolve(cwd, explicit);
  if (env.ATTEST_CASE) return resolve(cwd, env.ATTEST_CASE);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CASE_FOLDER);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(dir) === dir) break;
  }
  return join(resolve(cwd), CASE_FOLDER);
}

/**
 * The records go to PostgreSQL when `--db` or `ATTEST_DATABASE_URL` gives a `postgres://` URL, else to
 * the case's SQLite file. The preserved sources stay in the case folder unless `--blobs` or
 * `ATTEST_BLOBS` says `postgres` (the ledger's database) or names a folder (shared by several machines).
 */
export function caseConfig(choice: StorageChoice, env: NodeJS.ProcessEnv, cwd: string): CaseConfig {
  const dir = locateCase(choice.case, env, cwd);
  const url = choice.db || env.ATTEST_DATABASE_URL || undefined;
  if (url !== undefined && !isPostgresUrl(url)) {
    throw new InvalidStorageChoice(
      `the database must be a postgres:// or postgresql:// URL, not ${redactUrl(url)}`,
    );
  }
  const database = url
    ? { engine: 'postgres' as const, url }
    : { engine: 'sqlite' as const, file: join(dir, 'attest.db') };
  const blobsChoice = choice.blobs || env.ATTEST_BLOBS || undefined;
  if (blobsChoice === 'postgres' && database.engine !== 'postgres') {
    throw new InvalidStorageChoice(
      'blobs in postgres need a PostgreSQL database (--db or ATTEST_DATABASE_URL)',
    );
  }
  const blobs =
    blobsChoice === 'postgres'
      ? { in: 'postgres' as const }
      : { in: 'folder' as const, dir: blobsChoice ? resolve(cwd, blobsChoice) : join(dir, 'blobs') };
  return { dir, database, blobs };
}

/**
 * Each engine's modules are loaded when a case uses it: every command opens a case, and loading both
 * engines (and their drivers) would cost each one a large share of its start-up.
 */
export async function openCase(config: CaseConfig): Promise<Case> {
  const { dir, database, blobs } = config;
  if (database.engine === 'sqlite') {
    const { openSqliteStore } = await import('./store/sqlite/open-sqlite.ts');
    if (blobs.in !== 'folder') throw new InvalidStorageChoice('blobs in postgres need a PostgreSQL database');
    mkdirSync(blobs.dir, { recursive: true });
    mkdirSync(dir, { recursive: true });
    return { dir, store: await openSqliteStore(database.file), blobs: fileBlobStore(blobs.dir) };
  }
  // Nothing is created on disk for a PostgreSQL ledger until a source is preserved in a folder (the
  // blob store makes its folders then), so reading commands and failed connections leave no trace.
  const { openPostgres } = await import('./store/postgres/open-postgres.ts');
  const engine = await openPostgres(database.url);
  return {
    dir,
    store: engine.store,
    blobs: blobs.in === 'postgres' ? engine.blobs : fileBlobStore(blobs.dir),
  };
}
