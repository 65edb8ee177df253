import type { BlobStore } from '../capture/blob-store.ts';
import type { Store } from '../store/store.ts';
import type { JobQueue } from './jobs.ts';

/** What the API's routes work with: the case, read through `src/query/`, and the job queue. */
export interface ApiDeps {
  store: Store;
  blobs: BlobStore;
  jobs: JobQueue;
  limits: UploadLimits;
  /** Who a correction made through the API is recorded as, when the request does not say. */
  curator: string;
}

export interface UploadLimits {
  /** The capture limit: a larger file is refused by the pipeline, with its reason. */
  maxFileBytes: number;
  /** The largest request body an upload may send, all files together. */
  maxUploadBytes: number;
}
