import type { BlobStore } from '../capture/blob-store.ts';
import {
  type CaptureOptions,
  capture,
  expandInputs,
  type Input,
  type Locator,
  locatorText,
} from '../capture/capture.ts';
import { PIPELINE_VERSION } from '../model.ts';
import type { KnownSource, Store } from '../store/store.ts';
import type { JobQueue } from './connection.ts';
import { INGEST_TASK, type IngestPayload } from './payloads.ts';

/**
 * `attest add --queue`: each input is read and preserved here (preserve first: the bytes are in the
 * blob store before any job names them), then handed to the workers as one job a source. Bytes this
 * pipeline version has derived already need no worker: their sighting is recorded here.
 */

export type EnqueueOutcome =
  | { status: 'queued'; locator: string; job: string }
  | { status: 'known'; locator: string; documentId: string }
  | { status: 'failed'; locator: string; reason: string };

export interface EnqueueSummary {
  outcomes: EnqueueOutcome[];
  queued: number;
  known: number;
  failed: number;
}

export interface EnqueueOptions {
  /** Tries a job gets before it is reported failed. */
  maxAttempts: number;
  onProgress?: (done: number, total: number) => void;
}

/** Inputs read at once: reading and preserving wait on the disk or the network, not the processor. */
const READING_AT_ONCE = 8;

async function enqueueOne(
  locator: Locator,
  capturing: CaptureOptions,
  deps: { store: Store; blobs: BlobStore; queue: JobQueue },
  known: Map<string, KnownSource>,
  maxAttempts: number,
): Promise<EnqueueOutcome> {
  const captured = await capture(locator, capturing);
  if ('reason' in captured) return { status: 'failed', locator: captured.locator, reason: captured.reason };
  await deps.blobs.put(captured.sha256, captured.bytes);
  const before = known.get(captured.sha256);
  if (before?.documentId && before.pipelineVersion === PIPELINE_VERSION) {
    await deps.store.addSighting(captured.sha256, captured.sighting);
    return { status: 'known', locator: captured.locator, documentId: before.documentId };
  }
  const payload: IngestPayload = {
    sha256: captured.sha256,
    locator: captured.locator,
    sighting: captured.sighting,
  };
  if (captured.contentType !== undefined) payload.contentType = captured.contentType;
  const job = await deps.queue.utils.addJob(INGEST_TASK, payload, { maxAttempts });
  return { status: 'queued', locator: captured.locator, job: job.id };
}

export async function enqueueInputs(
  inputs: Input[],
  capturing: CaptureOptions,
  deps: { store: Store; blobs: BlobStore; queue: JobQueue },
  options: EnqueueOptions,
): Promise<EnqueueSummary> {
  const { locators, failures } = await expandInputs(inputs, capturing);
  const known = await deps.store.knownSources();
  const total = locators.length + failures.length;
  const outcomes: EnqueueOutcome[] = failures.map((f) => ({ status: 'failed', ...f }));
  let next = 0;
  const lane = async () => {
    while (next < locators.length) {
      const locator = locators[next++] as Locator;
      const outcome = await enqueueOne(locator, capturing, deps, known, options.maxAttempts).catch(
        (error: unknown): EnqueueOutcome => ({
          status: 'failed',
          locator: locatorText(locator),
          reason: `not queued: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
      outcomes.push(outcome);
      options.onProgress?.(outcomes.length, total);
    }
  };
  await Promise.all(Array.from({ length: READING_AT_ONCE }, lane));
  const count = (status: EnqueueOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { outcomes, queued: count('queued'), known: count('known'), failed: count('failed') };
}
