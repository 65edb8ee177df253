import type { Sighting } from '../model.ts';

/** The queue's tasks and what their jobs carry. */
export const INGEST_TASK = 'attest_ingest';
export const RESOLVE_TASK = 'attest_resolve';
/** One resolution job waits at a time: every document stored meanwhile is seen by it. */
export const RESOLVE_JOB_KEY = 'attest_resolve';

/** A source whose bytes are preserved already (blob store): the worker derives and stores its document. */
export interface IngestPayload {
  sha256: string;
  locator: string;
  sighting: Sighting;
  contentType?: string;
}

export function isIngestPayload(value: unknown): value is IngestPayload {
  const p = value as Partial<IngestPayload> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.sha256 === 'string' &&
    typeof p.locator === 'string' &&
    typeof p.sighting === 'object' &&
    p.sighting !== null
  );
}
