import type { BlobStore } from '../capture/blob-store.ts';
import type { Store } from '../store/store.ts';
import { documentView, NotFound } from './documents.ts';

/** A document's preserved source, byte for byte as it was captured. */
export interface RawSource {
  documentId: string;
  sha256: string;
  mediaType: string;
  bytes: Buffer;
}

/** The raw bytes behind a document, found by its id or an unambiguous prefix of it. */
export async function rawSource(store: Store, blobs: BlobStore, typed: string): Promise<RawSource> {
  const { document, source } = await documentView(store, typed);
  if (!(await blobs.has(source.sha256))) {
    throw new NotFound(`the preserved source ${source.sha256} is missing from the case: run attest verify`);
  }
  const bytes = await blobs.get(source.sha256);
  return { documentId: document.id, sha256: source.sha256, mediaType: source.mediaType, bytes };
}
