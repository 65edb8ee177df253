import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type BlobStore, fileBlobStore } from './capture/blob-store.ts';
import { openSqliteStore } from './store/sqlite/open-sqlite.ts';
import type { Store } from './store/store.ts';

/** A case: one ledger, its database and its preserved sources. */
export interface Case {
  dir: string;
  store: Store;
  blobs: BlobStore;
}

export const CASE_FOLDER = '.attest';

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

export async function openCase(dir: string): Promise<Case> {
  mkdirSync(join(dir, 'blobs'), { recursive: true });
  const store = await openSqliteStore(join(dir, 'attest.db'));
  return { dir, store, blobs: fileBlobStore(join(dir, 'blobs')) };
}
