import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { CaptureFailure, Locator } from './capture.ts';
import { fileErrorReason } from './read-file.ts';

/** What one input stands for: the sources it names, and the parts of it that could not be read. */
export interface Expansion {
  locators: Locator[];
  failures: CaptureFailure[];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function failed(locator: string, reason: string): Expansion {
  return { locators: [], failures: [{ locator, reason }] };
}

/**
 * Turns one input as the user typed it into locators: `-`, an http(s) URL, a file, a folder (walked) or a
 * glob pattern. Paths keep the form the user typed, so a file found in `articles` is `articles/2019/a.txt`.
 */
export async function expandInput(input: string, cwd: string): Promise<Expansion> {
  if (input === '-') return { locators: [{ kind: 'stdin' }], failures: [] };
  if (/^https?:\/\//i.test(input)) {
    if (!URL.canParse(input)) return failed(input, `invalid URL: ${input}`);
    return { locators: [{ kind: 'url', url: input }], failures: [] };
  }
  const absolute = resolve(cwd, input);
  try {
    const stats = await stat(absolute);
    if (stats.isDirectory()) return await walkFolder(input, absolute);
    return { locators: [{ kind: 'file', path: input }], failures: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return failed(input, reasonOrThrow(error, input));
  }
  const scheme = SCHEME.exec(input)?.[1];
  if (scheme)
    return failed(input, `unsupported locator: ${scheme.toLowerCase()}: (only http and https URLs)`);
  if (isDynamicPattern(input)) return expandGlob(input, cwd);
  return failed(input, `not found: ${input}`);
}

function reasonOrThrow(error: unknown, path: string): string {
  const reason = fileErrorReason(error, path);
  if (reason === undefined) throw error;
  return reason;
}

/**
 * Walks a folder depth-first in name order, skipping dot-files and dot-folders (`.git`, `.attest`).
 * Symlinks are followed, but a link back to a folder being walked is a loop, and a folder already walked
 * through another link is not walked again.
 */
async function walkFolder(typed: string, absolute: string): Promise<Expansion> {
  const found: Expansion = { locators: [], failures: [] };
  const walked = new Set<string>();

  const walk = async (shown: string, real: string, ancestors: ReadonlySet<string>): Promise<void> => {
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch (error) {
      found.failures.push({ locator: shown, reason: reasonOrThrow(error, shown) });
      return;
    }
    const inside = new Set(ancestors).add(real);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const childShown = join(shown, entry.name);
      const childPath = join(real, entry.name);
      if (entry.isDirectory()) {
        if (!walked.has(childPath)) await walk(childShown, childPath, inside);
      } else if (entry.isSymbolicLink()) {
        await followLink(childShown, childPath, inside);
      } else {
        found.locators.push({ kind: 'file', path: childShown });
      }
    }
  };

  const followLink = async (shown: string, path: string, ancestors: ReadonlySet<string>): Promise<void> => {
    try {
      if (!(await stat(path)).isDirectory()) {
        found.locators.push({ kind: 'file', path: shown });
        return;
      }
      const target = await realpath(path);
      if (ancestors.has(target)) found.failures.push({ locator: shown, reason: `symlink loop: ${shown}` });
      else if (!walked.has(target)) await walk(shown, target, ancestors);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? `broken symlink: ${shown}` : reasonOrThrow(error, shown);
      found.failures.push({ locator: shown, reason });
    }
  };

  try {
    await walk(typed, await realpath(absolute), new Set());
  } catch (error) {
    return failed(typed, reasonOrThrow(error, typed));
  }
  return found;
}

/**
 * Files matching a glob pattern relative to `cwd`, sorted. A file reached twice through a linked folder
 * is kept once, as a folder walk would.
 */
async function expandGlob(pattern: string, cwd: string): Promise<Expansion> {
  const matches = await glob(pattern, { cwd, absolute: isAbsolute(pattern), dot: false, onlyFiles: true });
  if (matches.length === 0) return failed(pattern, `no match: ${pattern}`);
  const realFolders = new Map<string, Promise<string>>();
  const realFolder = (folder: string) => {
    let real = realFolders.get(folder);
    if (!real) {
      real = realpath(resolve(cwd, folder)).catch(() => resolve(cwd, folder));
      realFolders.set(folder, real);
    }
    return real;
  };
  // Of the paths to one file, the one through the fewest folders is kept: the path without the detour.
  const byDepth = matches.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const kept = new Map<string, string>();
  for (const path of byDepth) {
    const key = join(await realFolder(dirname(path)), basename(path));
    if (!kept.has(key)) kept.set(key, path);
  }
  const locators: Locator[] = [...kept.values()].sort().map((path) => ({ kind: 'file', path }));
  return { locators, failures: [] };
}

function depth(path: string): number {
  return path.split('/').length;
}
