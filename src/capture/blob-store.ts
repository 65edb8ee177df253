import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fdatasync,
  fsync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** Preserved raw bytes, each stored once under its SHA-256 and never changed afterwards. */
export interface BlobStore {
  /** Stores the bytes under their hash; does nothing when they are already there. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  has(sha256: string): Promise<boolean>;
  /** Throws an error naming the hash when the blob is missing. */
  get(sha256: string): Promise<Buffer>;
  /** Every stored hash, in order. */
  list(): AsyncIterable<string>;
  /**
   * The folder of a file blob store: worker threads write into it directly (`putBlobFile`), so the
   * main thread never waits on a sync. Absent for stores that are not a local folder.
   */
  readonly folder?: string;
}

/** Blobs as files in a folder, each at a path of its own. */
export interface FileBlobStore extends BlobStore {
  readonly folder: string;
  pathOf(sha256: string): string;
}

const SHA256 = /^[0-9a-f]{64}$/;
const HEX_PAIR = /^[0-9a-f]{2}$/;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Where a blob is written in a file blob store: `dir/ab/<sha256>`. One level of 256 folders: two levels
 * made nearly every new blob of a case of thousands a new folder, and so a `mkdir` and one more folder
 * sync; a million blobs are still under 4,000 a folder.
 */
export function blobPath(dir: string, sha256: string): string {
  // The name becomes a path: only a well-formed hash may.
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${JSON.stringify(sha256)}`);
  return join(dir, sha256.slice(0, 2), sha256);
}

/** Where cases made before the one-level layout keep their blobs: `dir/ab/cd/<sha256>`, read still. */
function earlierBlobPath(dir: string, sha256: string): string {
  return join(dirname(blobPath(dir, sha256)), sha256.slice(2, 4), sha256);
}

/** Where a blob is stored, in either layout; where it would be written when it is in neither. */
export function storedBlobPath(dir: string, sha256: string): string {
  const path = blobPath(dir, sha256);
  if (exists(path)) return path;
  const earlier = earlierBlobPath(dir, sha256);
  return exists(earlier) ? earlier : path;
}

const fdatasyncAsync = promisify(fdatasync);
const fsyncAsync = promisify(fsync);

async function syncFolder(folder: string): Promise<void> {
  const fd = openSync(folder, 'r');
  try {
    await fsyncAsync(fd);
  } finally {
    closeSync(fd);
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Folders this thread has made or found, so a put does not ask the file system for them again. */
const madeFolders = new Set<string>();

/**
 * Creates a folder and any missing parents (the store's own folder too, on its first put); returns
 * every folder it created, deepest first.
 */
function makeFolders(folder: string): string[] {
  const created = mkdirSync(folder, { recursive: true });
  if (created === undefined) return [];
  const made: string[] = [];
  for (let each = folder; each.length >= created.length && each !== dirname(each); each = dirname(each))
    made.push(each);
  return made;
}

/** Links the synced temporary file into place, which fails rather than replace a blob already there. */
function place(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // Some file systems have no hard links; there a rename is the atomic step, checked first.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (!exists(path)) renameSync(temporary, path);
  }
}

function writeTemporary(temporary: string, bytes: Uint8Array): number {
  const fd = openSync(temporary, 'wx', 0o444);
  try {
    for (let written = 0; written < bytes.length; ) {
      written += writeSync(fd, bytes, written, bytes.length - written);
    }
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

function removeIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/**
 * Stores blobs in a file blob store; resolves when they are durable. Each is written to a temporary
 * file in its folder; every temporary file is synced; each is linked into place; every folder that
 * gained an entry is synced. A crash leaves each blob whole or absent, plus at most temporary dot-files.
 * Doing it for a group lets the disk commit the group together rather than two or three times a blob.
 * The quick calls are synchronous (cheaper than a trip through libuv's pool); only the syncs, which
 * wait on the disk, are not, so a worker thread computes its next batch while the disk works.
 */
export async function putBlobFiles(
  dir: string,
  blobs: ReadonlyArray<{ sha256: string; bytes: Uint8Array }>,
): Promise<void> {
  const wanted = new Map<string, Uint8Array>();
  for (const { sha256, bytes } of blobs) {
    const path = blobPath(dir, sha256);
    if (!wanted.has(path) && !exists(path) && !exists(earlierBlobPath(dir, sha256))) wanted.set(path, bytes);
  }
  if (wanted.size === 0) return;
  const touched = new Set<string>();
  const written: Array<{ path: string; temporary: string; fd: number }> = [];
  try {
    for (const [path, bytes] of wanted) {
      const folder = dirname(path);
      // A new folder is an entry of its parent: the parent is synced too.
      if (!madeFolders.has(folder)) for (const made of makeFolders(folder)) touched.add(dirname(made));
      touched.add(folder);
      const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      let fd: number;
      try {
        fd = writeTemporary(temporary, bytes);
      } catch (error) {
        // The folder was removed since this thread made it: make it again, once.
        if (!isMissing(error)) throw error;
        madeFolders.delete(folder);
        for (const made of makeFolders(folder)) touched.add(dirname(made));
        fd = writeTemporary(temporary, bytes);
      }
      madeFolders.add(folder);
      written.push({ path, temporary, fd });
    }
    await Promise.all(written.map(({ fd }) => fdatasyncAsync(fd)));
    for (const file of written) {
      closeSync(file.fd);
      file.fd = -1;
      place(file.temporary, file.path);
    }
    await Promise.all([...touched].map(syncFolder));
  } finally {
    for (const file of written) {
      if (file.fd >= 0) closeSync(file.fd);
      removeIfThere(file.temporary);
    }
  }
}

/** Stores one blob; see `putBlobFiles`. */
export function putBlobFile(dir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  return putBlobFiles(dir, [{ sha256, bytes }]);
}

async function sortedNames(folder: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => pattern.test(name)).sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Blobs as read-only files at `dir/ab/<sha256>`, written by `putBlobFiles`; those of the earlier
 * layout, `dir/ab/cd/<sha256>`, are read, listed and never written again.
 */
export function fileBlobStore(dir: string): FileBlobStore {
  const has = async (sha256: string): Promise<boolean> =>
    (await isFile(blobPath(dir, sha256))) || (await isFile(earlierBlobPath(dir, sha256)));

  const get = async (sha256: string): Promise<Buffer> => {
    try {
      return await readFile(storedBlobPath(dir, sha256));
    } catch (error) {
      if (isMissing(error)) throw new Error(`blob ${sha256} is missing from ${dir}`);
      throw error;
    }
  };

  async function* list(): AsyncIterable<string> {
    for (const first of await sortedNames(dir, HEX_PAIR)) {
      const folder = join(dir, first);
      const names = await sortedNames(folder, SHA256);
      for (const second of await sortedNames(folder, HEX_PAIR)) {
        names.push(
          ...(await sortedNames(join(folder, second), SHA256)).filter((n) => n.startsWith(second, 2)),
        );
      }
      // A blob in both layouts (copied in by hand) is listed once.
      yield* [...new Set(names.filter((name) => name.startsWith(first)))].sort();
    }
  }

  return {
    put: (sha256, bytes) => putBlobFile(dir, sha256, bytes),
    has,
    get,
    list,
    folder: dir,
    pathOf: (sha256) => storedBlobPath(dir, sha256),
  };
}
