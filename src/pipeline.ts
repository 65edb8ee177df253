import { createHash } from 'node:crypto';
import { atMost } from './capture/at-most.ts';
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
import { commitQueue, type Outcome } from './commit-queue.ts';
import { type DocumentPool, startPool } from './document-pool.ts';
import { PIPELINE_VERSION, type Source, TEXT_ONLY_VERSION } from './model.ts';
import { type Resolution, resolveCorpus } from './pipeline-resolve.ts';
import type { WorkItem, WorkResult } from './pipeline-worker.ts';
import type { KnownSource, Store } from './store/store.ts';
import type { TextInput } from './text/document.ts';

export type { CaptureOptions, Input } from './capture/capture.ts';
export type { Outcome } from './commit-queue.ts';

/**
 * The one place that composes the stages: capture (files in the worker threads; URLs and standard input
 * on the main thread) → text (worker threads, which also preserve the bytes) → store (main thread, the
 * only writer, committing in input order and in groups).
 */

export interface Deps {
  store: Store;
  blobs: BlobStore;
}

export interface RunOptions {
  /** Worker threads; one per core by default. */
  threads?: number;
  /** False to preserve, clean and index only, leaving extraction for later (`TEXT_ONLY_VERSION`). */
  extract?: boolean;
  onProgress?: (progress: Progress) => void;
  /** Told when the corpus-wide step starts, after the last document is stored. */
  onResolving?: () => void;
}

export interface Progress {
  total: number;
  done: number;
  last: Outcome;
}

export interface Summary {
  outcomes: Outcome[];
  added: number;
  /** Stored before, but derived by an earlier version or without extraction: derived again now. */
  updated: number;
  known: number;
  failed: number;
  /** What the corpus-wide step found after this run's documents were stored. */
  resolution: Resolution;
}

function summarise(outcomes: Outcome[], resolution: Resolution): Summary {
  const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
  return {
    outcomes,
    added: count('added'),
    updated: count('updated'),
    known: count('known'),
    failed: count('failed'),
    resolution,
  };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
async function mapBounded<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * Runs every item through the pool and commits each result in input order, then closes the pool. A
 * lane hands its result to the commit queue and goes on to the next item, so the workers never wait for
 * a transaction; it waits only when too many results are waiting to be committed.
 */
async function throughPool<T>(
  items: T[],
  pool: DocumentPool,
  commits: ReturnType<typeof commitQueue>,
  report: (outcome: Outcome) => Outcome,
  work: (item: T) => Promise<{ locator: string; result: WorkResult }>,
): Promise<Outcome[]> {
  try {
    const committed = await mapBounded(items, pool.capacity, async (item, index) => {
      const { locator, result } = await work(item);
      const outcome = commits.commit(index, locator, result).then(report);
      await commits.room();
      return outcome;
    });
    commits.flush();
    return await Promise.all(committed);
  } finally {
    await pool.close();
  }
}

/**
 * Starts the worker pool for a run, telling it where blobs go and which sources need no work: those
 * derived by this version, and when extraction is left for later, those whose text it derived too.
 */
function poolFor(deps: Deps, known: Map<string, KnownSource>, skipKnown: boolean, run: RunOptions) {
  const extract = run.extract ?? true;
  const enough = extract ? [PIPELINE_VERSION] : [PIPELINE_VERSION, TEXT_ONLY_VERSION];
  const current = skipKnown
    ? [...known.values()].filter((s) => enough.includes(s.pipelineVersion ?? '')).map((s) => s.sha256)
    : [];
  return startPool({ blobFolder: deps.blobs.folder ?? null, known: current, extract }, run.threads);
}

/**
 * Pages fetched at once, whatever the number of documents in flight: enough to hide the network's
 * latency, few enough not to flood a site with requests.
 */
const fetching = atMost(8);

/**
 * Work for the pool: files are read by the workers themselves; URLs and standard input are captured
 * here, on the main thread, which owns the network and the process's streams.
 */
async function workItemFor(locator: Locator, options: CaptureOptions): Promise<WorkItem | WorkResult> {
  if (locator.kind === 'file') {
    return { kind: 'file', path: locator.path, cwd: options.cwd, maxBytes: options.maxBytes };
  }
  const captured = await fetching(() => capture(locator, options));
  if ('reason' in captured) return { status: 'failed', locator: captured.locator, reason: captured.reason };
  return { kind: 'bytes', input: textInput(captured), sighting: captured.sighting };
}

/** Preserves, cleans and stores every input; the same bytes seen again become one more sighting. */
export async function addInputs(
  inputs: Input[],
  options: CaptureOptions,
  deps: Deps,
  run: RunOptions = {},
): Promise<Summary> {
  const { locators, failures } = await expandInputs(inputs, options);
  const total = locators.length + failures.length;
  let done = 0;
  const report = (outcome: Outcome): Outcome => {
    done += 1;
    run.onProgress?.({ total, done, last: outcome });
    return outcome;
  };
  const early = failures.map((f) => report({ status: 'failed', locator: f.locator, reason: f.reason }));
  const known = await deps.store.knownSources();
  const commits = commitQueue(deps.store, known);
  const pool = poolFor(deps, known, true, run);
  const outcomes = await throughPool(locators, pool, commits, report, async (locator) => {
    const shown = locatorText(locator);
    const result = await workOn(locator, options, deps, pool).catch(
      (error: unknown): WorkResult => ({ status: 'failed', locator: shown, reason: bugReason(error) }),
    );
    return { locator: shown, result };
  });
  run.onResolving?.();
  return summarise([...early, ...outcomes], await resolveCorpus(deps.store));
}

async function workOn(
  locator: Locator,
  options: CaptureOptions,
  deps: Deps,
  pool: DocumentPool,
): Promise<WorkResult> {
  const item = await workItemFor(locator, options);
  const result = 'status' in item ? item : await pool.run(item);
  // Preserve first: a store that is not a folder gets the bytes here, before any record points at them.
  if (result.status === 'new' && result.bytes) await deps.blobs.put(result.sha256, result.bytes);
  return result;
}

function textInput(captured: Captured): TextInput {
  const input: TextInput = { bytes: captured.bytes, sha256: captured.sha256, locator: captured.locator };
  if (captured.contentType !== undefined) input.contentType = captured.contentType;
  return input;
}

function bugReason(error: unknown): string {
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

export interface ReprocessOptions extends Omit<RunOptions, 'extract'> {
  /**
   * Only the documents this version has not derived in full: those of an earlier version, those added
   * with extraction left for later, and sources whose document is missing.
   */
  outdated?: boolean;
}

/** Re-derives every document (or every outdated one) from its preserved bytes with the current pipeline. */
export async function reprocessAll(deps: Deps, run: ReprocessOptions = {}): Promise<Summary> {
  const known = await deps.store.knownSources();
  const sources: Source[] = [];
  for await (const source of deps.store.allSources()) {
    if (!run.outdated || known.get(source.sha256)?.pipelineVersion !== PIPELINE_VERSION) sources.push(source);
  }
  const commits = commitQueue(deps.store, new Map());
  const pool = poolFor(deps, known, false, run);
  let done = 0;
  const report = (committed: Outcome): Outcome => {
    done += 1;
    run.onProgress?.({ total: sources.length, done, last: committed });
    return committed;
  };
  const outcomes = await throughPool(sources, pool, commits, report, async (source) => {
    const sighting = source.sightings[0];
    const locator = sighting?.locator ?? source.sha256;
    const contentType = sighting?.headers?.['content-type'];
    const result = await rederive(source.sha256, locator, contentType, deps, pool).catch(
      (error: unknown): WorkResult => ({ status: 'failed', locator, reason: bugReason(error) }),
    );
    return { locator, result };
  });
  run.onResolving?.();
  // Every document was derived again: the whole corpus is resolved again too. Outdated documents were
  // replaced, which alone calls for a whole resolution, unless there were none.
  return summarise(outcomes, await resolveCorpus(deps.store, { whole: !run.outdated }));
}

async function rederive(
  sha256: string,
  locator: string,
  contentType: string | undefined,
  deps: Deps,
  pool: DocumentPool,
): Promise<WorkResult> {
  if (deps.blobs.folder) {
    const item: WorkItem = { kind: 'blob', sha256, locator };
    if (contentType) item.contentType = contentType;
    return pool.run(item);
  }
  const input: TextInput = { bytes: await deps.blobs.get(sha256), sha256, locator };
  if (contentType) input.contentType = contentType;
  return pool.run({ kind: 'bytes', input, sighting: null });
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
