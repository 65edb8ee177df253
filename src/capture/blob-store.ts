import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Preserved raw bytes, each stored once under its SHA-256 and never changed afterwards. */
export interface BlobStore {
  /** Stores the bytes under their hash; does nothing when they are already there. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  has(sha256: string): Promise<boolean>;
  /** Throws an error naming the hash when the blob is missing. */
  get(sha256: string): Promise<Buffer>;
  /** Every stored hash, in order. */
  list(): AsyncIterable<string>;
}

/** Blobs as files in a folder, each at a path of its own. */
export interface FileBlobStore extends BlobStore {
  pathOf(sha256: string): string;
}

const SHA256 = /^[0-9a-f]{64}$/;
const HEX_PAIR = /^[0-9a-f]{2}$/;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function sortedNames(folder: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => pattern.test(name)).sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/**
 * Blobs as read-only files at `dir/ab/cd/<sha256>`. A put writes a temporary file in the blob's folder,
 * syncs it, links it into place (which fails rather than replace a blob already there) and syncs the
 * folder, so a crash leaves either the whole blob or none, plus at most a temporary dot-file.
 */
export function fileBlobStore(dir: string): FileBlobStore {
  const pathOf = (sha256: string): string => {
    // The name becomes a path: only a well-formed hash may.
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${JSON.stringify(sha256)}`);
    return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  const has = async (sha256: string): Promise<boolean> => {
    try {
      await stat(pathOf(sha256));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };

  const makeFolder = async (folder: string): Promise<void> => {
    const created = await mkdir(folder, { recursive: true });
    if (created === undefined) return;
    // New folders are entries of their parents: sync every parent that gained one, up to the parent
    // of the first folder created (the store's own folder, when it is made by the first put), or a
    // crash could lose them.
    for (let parent = dirname(folder); ; parent = dirname(parent)) {
      await syncFolder(parent);
      if (parent === dirname(created) || parent === dirname(parent)) return;
    }
  };

  const place = async (temporary: string, sha256: string): Promise<void> => {
    const path = pathOf(sha256);
    try {
      await link(temporary, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return;
      // Some file systems have no hard links; there a rename is the atomic step, checked first.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (!(await has(sha256))) await rename(temporary, path);
    }
  };

  const put = async (sha256: string, bytes: Uint8Array): Promise<void> => {
    if (await has(sha256)) return;
    const folder = dirname(pathOf(sha256));
    await makeFolder(folder);
    const temporary = join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx', 0o444);
    try {
      try {
        await handle.writeFile(bytes);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await place(temporary, sha256);
    } finally {
      await unlink(temporary).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    }
    await syncFolder(folder);
  };

  const get = async (sha256: string): Promise<Buffer> => {
    try {
      return await readFile(pathOf(sha256));
    } catch (error) {
      if (isMissing(error)) throw new Error(`blob ${sha256} is missing from ${dir}`);
      throw error;
    }
  };

  async function* list(): AsyncIterable<string> {
    for (const first of await sortedNames(dir, HEX_PAIR)) {
      for (const second of await sortedNames(join(dir, first), HEX_PAIR)) {
        for (const name of await sortedNames(join(dir, first, second), SHA256)) {
          if (name.startsWith(first + second)) yield name;
        }
      }
    }
  }

  return { put, has, get, list, pathOf };
}
