import { createHash } from 'node:crypto';
import type { BlobStore } from './capture/blob-store.ts';
import {
  type Captured,
  type CaptureOptions,
  capture,
  expandInputs,
  type Input,
  type Locator,
  locatorText,
} from './capture/capture.ts';
import type { DocumentPool } from './document-pool.ts';
import { PIPELINE_VERSION } from './model.ts';
import type { Store } from './store/store.ts';
import type { TextInput } from './text/document.ts';

export type { CaptureOptions, Input } from './capture/capture.ts';
export { type DocumentPool, startPool } from './document-pool.ts';

/**
 * The one place that composes the stages: capture (main thread, reads the world) → text (worker
 * threads) → store (main thread, the only writer).
 */

export interface Deps {
  store: Store;
  blobs: BlobStore;
  pool: DocumentPool;
}

export type Outcome =
  | { status: 'added'; locator: string; documentId: string; title: string | null }
  | { status: 'known'; locator: string; documentId: string; title: string | null }
  | { status: 'failed'; locator: string; reason: string };

export interface Progress {
  total: number;
  done: number;
  last: Outcome;
}

export interface Summary {
  outcomes: Outcome[];
  added: number;
  known: number;
  failed: number;
}

function summarise(outcomes: Outcome[]): Summary {
  const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { outcomes, added: count('added'), known: count('known'), failed: count('failed') };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
async function mapBounded<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Preserves, cleans and stores every input; the same bytes seen again become one more sighting. */
export async function addInputs(
  inputs: Input[],
  options: CaptureOptions,
  deps: Deps,
  onProgress?: (progress: Progress) => void,
): Promise<Summary> {
  const { locators, failures } = await expandInputs(inputs, options);
  const total = locators.length + failures.length;
  let done = 0;
  const report = (outcome: Outcome): Outcome => {
    done += 1;
    onProgress?.({ total, done, last: outcome });
    return outcome;
  };
  const early = failures.map((f) => report({ status: 'failed', locator: f.locator, reason: f.reason }));
  // The first capture of some bytes in this run does the work; later ones wait for it and add a sighting.
  const firstBySha = new Map<string, Promise<Outcome>>();

  const addOne = async (locator: Locator): Promise<Outcome> => {
    const captured = await capture(locator, options).catch(
      (error: unknown): Outcome => ({
        status: 'failed',
        locator: locatorText(locator),
        reason: bugReason(error),
      }),
    );
    if ('reason' in captured)
      return report({ status: 'failed', locator: captured.locator, reason: captured.reason });
    if ('status' in captured) return report(captured);
    const first = firstBySha.get(captured.sha256);
    if (first) return report(await sightAgain(await first, captured, deps.store));
    const outcome = ingest(captured, deps);
    firstBySha.set(captured.sha256, outcome);
    return report(await outcome);
  };

  const outcomes = await mapBounded(locators, deps.pool.capacity, addOne);
  return summarise([...early, ...outcomes]);
}

async function sightAgain(first: Outcome, captured: Captured, store: Store): Promise<Outcome> {
  if (first.status === 'failed') return { ...first, locator: captured.locator };
  await store.addSighting(captured.sha256, captured.sighting);
  return { status: 'known', locator: captured.locator, documentId: first.documentId, title: first.title };
}

async function ingest(captured: Captured, deps: Deps): Promise<Outcome> {
  const { locator, sha256, sighting } = captured;
  try {
    const known = await deps.store.findSource(sha256);
    if (known?.documentId && known.pipelineVersion === PIPELINE_VERSION) {
      await deps.store.addSighting(sha256, sighting);
      const stored = await deps.store.getDocument(known.documentId);
      return {
        status: 'known',
        locator,
        documentId: known.documentId,
        title: stored?.document.title ?? null,
      };
    }
    const result = await deps.pool.run(textInput(captured));
    if (!result.ok) return { status: 'failed', locator, reason: result.reason };
    // Preserve first: the bytes are on disk, synced, before any record points at them.
    await deps.blobs.put(sha256, captured.bytes);
    await deps.store.saveDocument(
      { sha256, size: captured.bytes.length, mediaType: result.mediaType },
      sighting,
      result.document,
    );
    const status = known ? 'known' : 'added';
    return { status, locator, documentId: result.document.id, title: result.document.title };
  } catch (error) {
    return { status: 'failed', locator, reason: bugReason(error) };
  }
}

function textInput(captured: Captured): TextInput {
  const input: TextInput = { bytes: captured.bytes, sha256: captured.sha256, locator: captured.locator };
  if (captured.contentType) input.contentType = captured.contentType;
  return input;
}

function bugReason(error: unknown): string {
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Re-derives every document from its preserved bytes with the current pipeline. */
export async function reprocessAll(deps: Deps, onProgress?: (progress: Progress) => void): Promise<Summary> {
  const sources = [];
  for await (const source of deps.store.allSources()) sources.push(source);
  let done = 0;
  const outcomes = await mapBounded(sources, deps.pool.capacity, async (source): Promise<Outcome> => {
    const sighting = source.sightings[0];
    const locator = sighting?.locator ?? source.sha256;
    let outcome: Outcome;
    try {
      const bytes = await deps.blobs.get(source.sha256);
      const input: TextInput = { bytes, sha256: source.sha256, locator };
      const contentType = sighting?.headers?.['content-type'];
      if (contentType) input.contentType = contentType;
      const result = await deps.pool.run(input);
      if (result.ok) {
        await deps.store.saveDocument(
          { sha256: source.sha256, size: source.size, mediaType: result.mediaType },
          null,
          result.document,
        );
        outcome = { status: 'added', locator, documentId: result.document.id, title: result.document.title };
      } else {
        outcome = { status: 'failed', locator, reason: result.reason };
      }
    } catch (error) {
      outcome = { status: 'failed', locator, reason: error instanceof Error ? error.message : String(error) };
    }
    done += 1;
    onProgress?.({ total: sources.length, done, last: outcome });
    return outcome;
  });
  return summarise(outcomes);
}

export type BlobProblem = { sha256: string; locator: string; problem: 'missing' | 'altered' };

export interface Verification {
  checked: number;
  problems: BlobProblem[];
  /** Blobs on disk that no source refers to (left by an interrupted run); harmless, reported for custody. */
  unreferenced: string[];
}

/** Re-hashes every preserved source: the chain of custody from capture to now. */
export async function verifyCase(
  deps: Pick<Deps, 'store' | 'blobs'>,
  onProgress?: (done: number) => void,
): Promise<Verification> {
  const referenced = new Set<string>();
  const problems: BlobProblem[] = [];
  for await (const source of deps.store.allSources()) {
    referenced.add(source.sha256);
    const locator = source.sightings[0]?.locator ?? '';
    if (!(await deps.blobs.has(source.sha256))) {
      problems.push({ sha256: source.sha256, locator, problem: 'missing' });
    } else {
      const bytes = await deps.blobs.get(source.sha256);
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== source.sha256) problems.push({ sha256: source.sha256, locator, problem: 'altered' });
    }
    onProgress?.(referenced.size);
  }
  const unreferenced: string[] = [];
  for await (const sha256 of deps.blobs.list()) if (!referenced.has(sha256)) unreferenced.push(sha256);
  return { checked: referenced.size, problems, unreferenced };
}
