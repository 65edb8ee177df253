import { readFileSync } from 'node:fs';
import { workerData } from 'piscina';
import { putBlobFiles, storedBlobPath } from './capture/blob-store.ts';
import { type Captured, captureFile } from './capture/capture.ts';
import { RejectedInput } from './errors.ts';
import { annotate } from './extract/annotate.ts';
import { type Annotations, type Document, type Sighting, TEXT_ONLY_VERSION } from './model.ts';
import { type PartSignature, partSignatures } from './resolve/copies/paragraphs.ts';
import { documentKeys } from './resolve/entities/keys.ts';
import { type TextInput, toDocument } from './text/document.ts';

/**
 * The per-document stages, run in a worker thread over a batch of work items (one message per batch keeps
 * the cost of crossing threads small beside the work): read the file, hash it, and unless the case knows
 * the bytes already, clean them, extract what is in them, and preserve them. Errors cross the boundary as data, since a thrown
 * `RejectedInput` would arrive as a plain Error.
 */

/**
 * A file to read here; a preserved blob to derive again (read from the blob folder here); or bytes the
 * main thread captured (a URL, standard input, a blob from a store that is not a folder).
 */
export type WorkItem =
  | { kind: 'file'; path: string; cwd: string; maxBytes: number }
  | { kind: 'blob'; sha256: string; locator: string; contentType?: string }
  | { kind: 'bytes'; input: TextInput; sighting: Sighting | null };

export type WorkResult =
  | {
      status: 'new';
      sha256: string;
      size: number;
      sighting: Sighting | null;
      mediaType: string;
      document: Document;
      annotations: Annotations;
      signatures: PartSignature[];
      /** Keys of its local entities, for incremental resolution (see resolve/entities/keys.ts). */
      entityKeys: number[];
      /** The bytes, until they are preserved (by this thread when the blob store is a folder). */
      bytes?: Uint8Array;
    }
  | { status: 'known'; sha256: string; sighting: Sighting }
  | { status: 'failed'; locator: string; reason: string };

/** What every worker is told when it starts. */
export interface WorkerSetup {
  /** The file blob store's folder, or null when the main thread preserves the bytes. */
  blobFolder: string | null;
  /** Sources whose document is already derived by this pipeline version: read, hashed, not redone. */
  known: string[];
  /** False to stop after the text stage: documents are stored as `TEXT_ONLY_VERSION`, with nothing extracted. */
  extract: boolean;
}

const setup = workerData as WorkerSetup | undefined;
const known = new Set(setup?.known ?? []);
const extracting = setup?.extract ?? true;

const NOTHING_EXTRACTED: Annotations = {
  mentions: [],
  roles: [],
  locals: [],
  quotes: [],
  dates: [],
  claims: [],
};

function inputOf(item: Exclude<WorkItem, { kind: 'file' }>): TextInput {
  if (item.kind === 'bytes') return item.input;
  if (!setup?.blobFolder) throw new Error('a blob can be read by a worker only from a blob folder');
  const input: TextInput = {
    bytes: readFileSync(storedBlobPath(setup.blobFolder, item.sha256)),
    sha256: item.sha256,
    locator: item.locator,
  };
  if (item.contentType !== undefined) input.contentType = item.contentType;
  return input;
}

function captured(item: WorkItem): Captured | { locator: string; reason: string } {
  if (item.kind === 'file') return captureFile(item.path, item);
  const input = inputOf(item);
  const sighting = item.kind === 'bytes' ? item.sighting : null;
  const result: Captured = {
    locator: input.locator,
    bytes: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
    sha256: input.sha256,
    sighting: sighting ?? { locator: input.locator, seenAt: '' },
  };
  if (input.contentType !== undefined) result.contentType = input.contentType;
  return result;
}

function locatorOf(item: WorkItem): string {
  if (item.kind === 'file') return item.path;
  return item.kind === 'blob' ? item.locator : item.input.locator;
}

export function processItem(item: WorkItem): WorkResult {
  const locator = locatorOf(item);
  try {
    const source = captured(item);
    if ('reason' in source) return { status: 'failed', locator, reason: source.reason };
    const sighting = item.kind === 'file' ? source.sighting : item.kind === 'bytes' ? item.sighting : null;
    if (sighting && known.has(source.sha256)) return { status: 'known', sha256: source.sha256, sighting };
    const input: TextInput = { bytes: source.bytes, sha256: source.sha256, locator };
    if (source.contentType !== undefined) input.contentType = source.contentType;
    const { document, mediaType, tokens } = toDocument(input);
    if (!extracting) document.pipelineVersion = TEXT_ONLY_VERSION;
    const annotations = extracting ? annotate({ document, tokens }) : NOTHING_EXTRACTED;
    const result: WorkResult = {
      status: 'new',
      sha256: source.sha256,
      size: source.bytes.length,
      sighting,
      mediaType,
      document,
      annotations,
      signatures: extracting ? partSignatures(document) : [],
      entityKeys: documentKeys(annotations.locals),
    };
    // A stored blob is preserved already; other bytes still have to be, here or on the main thread.
    if (item.kind !== 'blob') result.bytes = source.bytes;
    return result;
  } catch (error) {
    if (error instanceof RejectedInput) return { status: 'failed', locator, reason: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', locator, reason: `internal error: ${message}` };
  }
}

/**
 * Preserve first: the new bytes of a batch are on disk, synced, before the main thread writes a record
 * of them. They are written together, which costs far fewer disk syncs than one blob at a time.
 */
async function preserve(items: WorkItem[], results: WorkResult[], blobFolder: string): Promise<WorkResult[]> {
  const fresh = results.flatMap((r) =>
    r.status === 'new' && r.bytes ? [{ sha256: r.sha256, bytes: r.bytes }] : [],
  );
  try {
    await putBlobFiles(blobFolder, fresh);
  } catch (error) {
    const reason = `not preserved: ${error instanceof Error ? error.message : String(error)}`;
    return results.map((r, i) =>
      r.status === 'new' && r.bytes
        ? { status: 'failed', locator: locatorOf(items[i] as WorkItem), reason }
        : r,
    );
  }
  for (const r of results) if (r.status === 'new') delete r.bytes;
  return results;
}

export default async function processBatch(items: WorkItem[]): Promise<WorkResult[]> {
  const results = items.map(processItem);
  return setup?.blobFolder ? preserve(items, results, setup.blobFolder) : results;
}
