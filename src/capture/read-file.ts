import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { RejectedInput } from '../errors.ts';
import { tooLargeReason } from './limits.ts';

/** What a path is, for a reason that says why it is not a regular file. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  return 'special file';
}

/** The reason a user reads for a file-system error on `path`, or undefined for an error that is a bug. */
export function fileErrorReason(error: unknown, path: string): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `not found: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'ELOOP':
      return `symlink loop: ${path}`;
    case 'ENAMETOOLONG':
      return `not found: name too long: ${path}`;
    case 'EIO':
      return 'unreadable: input/output error';
    default:
      // Any other error the file system reports is about this input; one without a code is a bug.
      return typeof code === 'string' ? `unreadable: ${code}` : undefined;
  }
}

/**
 * Reads a whole regular file of at most `maxBytes`, synchronously (worker threads read files; see
 * `captureFile`). Stats it before opening it, so a named pipe or device is refused without blocking on
 * it, and reads exactly the size it had, so the bytes are one snapshot.
 */
export function readFileCapped(path: string, shownAs: string, maxBytes: number): Buffer {
  try {
    const before = statSync(path);
    if (!before.isFile()) throw new RejectedInput(`not a regular file: ${kindOf(before)}`);
    if (before.size > maxBytes) throw new RejectedInput(tooLargeReason(before.size, maxBytes));
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) throw new RejectedInput(tooLargeReason(size, maxBytes));
      // Not from the shared pool: a pooled slice would drag its whole pool along if sent between threads.
      const bytes = Buffer.allocUnsafeSlow(size + 1);
      let length = 0;
      while (length < bytes.length) {
        const bytesRead = readSync(fd, bytes, length, bytes.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length !== size) throw new RejectedInput('unstable: the file changed while it was read');
      return bytes.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const reason = fileErrorReason(error, shownAs);
    if (reason) throw new RejectedInput(reason);
    throw error;
  }
}
