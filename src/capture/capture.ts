import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { RejectedInput } from '../errors.ts';
import type { Sighting } from '../model.ts';
import { fetchUrl } from './fetch-url.ts';
import { tooLargeReason } from './limits.ts';
import { expandInput } from './locators.ts';
import { readFileCapped } from './read-file.ts';
import { readStreamCapped } from './read-stream.ts';

/**
 * Where a source is read from. A file's `path` is as the user typed it, or joined onto the folder as the
 * user typed it; standard input is written `-`. An upload is bytes a front received (a file sent from the
 * browser), known by the file name it came with, which is never used as a path.
 */
export type Locator =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'upload'; name: string; bytes: Buffer };

/** What a user typed (a path, glob, URL or `-`), or a locator a front built itself (an upload, a URL). */
export type Input = string | Locator;

export interface CaptureOptions {
  /** Larger inputs are refused; default 50 MB. */
  maxBytes: number;
  /** Allow URLs that reach loopback, private or link-local addresses. */
  allowPrivate: boolean;
  /** For a whole URL fetch, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  stdin: NodeJS.ReadableStream;
  /** What relative paths and glob patterns are relative to. */
  cwd: string;
}

/** Raw bytes read from one locator, with their hash and the sighting to record. */
export interface Captured {
  locator: string;
  bytes: Buffer;
  sha256: string;
  sighting: Sighting;
  /** The `Content-Type` a server sent; files and standard input have none. */
  contentType?: string;
}

/** An input that could not be read, with the reason a user reads. */
export interface CaptureFailure {
  locator: string;
  reason: string;
}

/** The locator as the user gave it: the path as typed, the URL, or `-`. */
export function locatorText(locator: Locator): string {
  if (locator.kind === 'file') return locator.path;
  if (locator.kind === 'url') return locator.url;
  if (locator.kind === 'upload') return locator.name;
  return '-';
}

/** What makes two locators one source to read; every upload is its own. */
function identity(locator: Locator, cwd: string): string | null {
  if (locator.kind === 'file') return `file ${resolve(cwd, locator.path)}`;
  if (locator.kind === 'url') return `url ${locator.url}`;
  if (locator.kind === 'upload') return null;
  return 'stdin';
}

/**
 * Expands what the user typed into locators, in order, each source once (standard input at most once),
 * with a failure for each input or part of a folder that cannot be read.
 */
export async function expandInputs(
  inputs: Input[],
  options: CaptureOptions,
): Promise<{ locators: Locator[]; failures: CaptureFailure[] }> {
  const expansions = await Promise.all(
    inputs.map((input) =>
      typeof input === 'string' ? expandInput(input, options.cwd) : { locators: [input], failures: [] },
    ),
  );
  const locators: Locator[] = [];
  const failures: CaptureFailure[] = [];
  const seen = new Set<string>();
  for (const expansion of expansions) {
    for (const locator of expansion.locators) {
      const key = identity(locator, options.cwd);
      if (key !== null) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      locators.push(locator);
    }
    for (const failure of expansion.failures) {
      const key = `failure ${failure.locator}\n${failure.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      failures.push(failure);
    }
  }
  return { locators, failures };
}

/** Reads one locator's bytes within the limits; a bad input becomes a failure with its reason. */
export async function capture(locator: Locator, options: CaptureOptions): Promise<Captured | CaptureFailure> {
  const text = locatorText(locator);
  const seenAt = new Date().toISOString();
  try {
    if (locator.kind === 'file') return captureFile(locator.path, options);
    if (locator.kind === 'stdin') {
      return captured(await readStreamCapped(options.stdin, options.maxBytes), { locator: text, seenAt });
    }
    if (locator.kind === 'upload') {
      const size = locator.bytes.length;
      if (size > options.maxBytes) throw new RejectedInput(tooLargeReason(size, options.maxBytes));
      return captured(locator.bytes, { locator: text, seenAt });
    }
    const fetched = await fetchUrl(locator.url, options);
    const sighting: Sighting = {
      locator: text,
      seenAt,
      finalUrl: fetched.finalUrl,
      httpStatus: fetched.status,
      headers: fetched.headers,
    };
    return captured(fetched.bytes, sighting, fetched.headers['content-type']);
  } catch (error) {
    if (error instanceof RejectedInput) return { locator: text, reason: error.message };
    throw error;
  }
}

/**
 * Reads one file within the size limit. Synchronous, for worker threads: there a blocking read costs
 * less than a round trip through libuv's pool, and holds up no one else.
 */
export function captureFile(
  path: string,
  options: Pick<CaptureOptions, 'cwd' | 'maxBytes'>,
): Captured | CaptureFailure {
  const seenAt = new Date().toISOString();
  try {
    const bytes = readFileCapped(resolve(options.cwd, path), path, options.maxBytes);
    return captured(bytes, { locator: path, seenAt });
  } catch (error) {
    if (error instanceof RejectedInput) return { locator: path, reason: error.message };
    throw error;
  }
}

function captured(bytes: Buffer, sighting: Sighting, contentType?: string): Captured {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result: Captured = { locator: sighting.locator, bytes, sha256, sighting };
  if (contentType !== undefined) result.contentType = contentType;
  return result;
}
