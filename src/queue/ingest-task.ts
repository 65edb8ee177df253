import type { JobHelpers, Task } from 'graphile-worker';
import type { BlobStore } from '../capture/blob-store.ts';
import type { DocumentPool } from '../document-pool.ts';
import { PIPELINE_VERSION } from '../model.ts';
import type { Store } from '../store/store.ts';
import type { TextInput } from '../text/document.ts';
import { quoted } from './connection.ts';
import { type IngestPayload, isIngestPayload, RESOLVE_JOB_KEY, RESOLVE_TASK } from './payloads.ts';
import { crashIfPoisoned, stallIfAsked, type TestHooks } from './test-hooks.ts';

/**
 * One source, taken from the queue: its bytes from the blob store, cleaned and extracted in a worker
 * thread, stored in one transaction. A job may run again (its worker was killed after storing, before
 * the queue heard): the document is keyed by its content and a sighting already stored is not added
 * twice, so running it again changes nothing.
 */

export interface IngestContext {
  store: Store;
  blobs: BlobStore;
  pool: DocumentPool;
  /** Where the queue's records of finished jobs are (the ledger's schema). */
  ledgerSchema: string;
  worker: string;
  hooks: TestHooks;
  /** How long after a document is stored the corpus-wide resolution starts, gathering others meanwhile. */
  resolveDelayMs: number;
  log: (line: string) => void;
}

export type IngestOutcome =
  | { outcome: 'added' | 'known'; documentId: string }
  | { outcome: 'refused'; reason: string };

async function alreadyStored(ctx: IngestContext, job: IngestPayload): Promise<IngestOutcome | null> {
  const known = await ctx.store.findSource(job.sha256);
  if (!known?.documentId || known.pipelineVersion !== PIPELINE_VERSION) return null;
  const stored = await ctx.store.getDocument(known.documentId);
  const seen = stored?.source.sightings.some(
    (s) => s.locator === job.sighting.locator && s.seenAt === job.sighting.seenAt,
  );
  if (!seen) await ctx.store.addSighting(job.sha256, job.sighting);
  return { outcome: 'known', documentId: known.documentId };
}

export async function ingestSource(ctx: IngestContext, job: IngestPayload): Promise<IngestOutcome> {
  const stored = await alreadyStored(ctx, job);
  if (stored) return stored;
  const input: TextInput = {
    bytes: await ctx.blobs.get(job.sha256),
    sha256: job.sha256,
    locator: job.locator,
  };
  if (job.contentType !== undefined) input.contentType = job.contentType;
  crashIfPoisoned(ctx.hooks, job.locator);
  const result = await ctx.pool.run({ kind: 'bytes', input, sighting: job.sighting });
  if (result.status === 'failed') {
    // A bug or a crash may pass on another try; a source refused for what it is (binary, too large) won't.
    if (result.reason.startsWith('internal error')) throw new Error(result.reason);
    return { outcome: 'refused', reason: result.reason };
  }
  if (result.status === 'known') throw new Error(`internal error: ${job.sha256} taken for known`);
  await stallIfAsked(ctx.hooks, job.locator, ctx.log);
  const { kept } = await ctx.store.saveBatch([
    {
      kind: 'document',
      source: { sha256: result.sha256, size: result.size, mediaType: result.mediaType },
      sighting: job.sighting,
      document: result.document,
      annotations: result.annotations,
      signatures: result.signatures,
      entityKeys: result.entityKeys,
      keepExisting: true,
    },
  ]);
  return { outcome: kept.length > 0 ? 'known' : 'added', documentId: result.document.id };
}

async function recordFinished(
  ctx: IngestContext,
  helpers: JobHelpers,
  job: IngestPayload,
  done: IngestOutcome,
): Promise<void> {
  await helpers.withPgClient((client) =>
    client.query(
      `insert into ${quoted(ctx.ledgerSchema)}.finished_jobs
         (job_id, locator, outcome, reason, document_id, worker)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (job_id) do nothing`,
      [
        helpers.job.id,
        job.locator,
        done.outcome,
        done.outcome === 'refused' ? done.reason : null,
        done.outcome === 'refused' ? null : done.documentId,
        ctx.worker,
      ],
    ),
  );
}

/** Resolution runs once the documents arriving now are stored: a job that waits, and that new ones join. */
async function scheduleResolution(ctx: IngestContext, helpers: JobHelpers): Promise<void> {
  await helpers.addJob(
    RESOLVE_TASK,
    {},
    {
      jobKey: RESOLVE_JOB_KEY,
      jobKeyMode: 'preserve_run_at',
      runAt: new Date(Date.now() + ctx.resolveDelayMs),
      maxAttempts: 10,
    },
  );
}

export function ingestTask(ctx: IngestContext): Task {
  return async (payload, helpers) => {
    if (!isIngestPayload(payload)) throw new Error('not an ingest job: its payload has no source');
    const done = await ingestSource(ctx, payload);
    await recordFinished(ctx, helpers, payload, done);
    if (done.outcome === 'added') await scheduleResolution(ctx, helpers);
    ctx.log(
      done.outcome === 'refused'
        ? `refused  ${payload.locator}: ${done.reason}`
        : `${done.outcome.padEnd(8)} ${payload.locator}`,
    );
  };
}
