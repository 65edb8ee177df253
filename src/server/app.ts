import { Readable } from 'node:stream';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { BlobStore } from '../capture/blob-store.ts';
import { addInputs, type CaptureOptions } from '../pipeline.ts';
import type { Store } from '../store/store.ts';
import type { TeamLedger } from '../team/team-ledger.ts';
import type { ApiDeps } from './deps.ts';
import { errorResponse, onError, validationHook } from './errors.ts';
import { type JobQueue, jobQueue } from './jobs.ts';
import { annotationRoutes } from './routes/annotations.ts';
import { claimRoutes } from './routes/claims.ts';
import { curationRoutes } from './routes/curations.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { infoRoutes } from './routes/info.ts';
import { searchRoutes } from './routes/search.ts';
import { sourceRoutes } from './routes/sources.ts';
import { statementRoutes } from './routes/statements.ts';
import { timelineRoutes } from './routes/timeline.ts';
import { hostCheck, sameOriginWrites, securityHeaders } from './security.ts';
import { teamMode } from './team-mode.ts';
import { serveUi, type UiFile } from './ui.ts';

export interface ServerOptions {
  store: Store;
  blobs: BlobStore;
  /** How sources added through the API are captured: the same limits as `attest add`. */
  capture: Omit<CaptureOptions, 'stdin' | 'cwd'>;
  /** Worker threads for each job that adds sources; one per core by default. */
  threads?: number;
  /** The built UI's files (see `loadUi`); empty when it has not been built. */
  ui: Map<string, UiFile>;
  /** The `Host` names to answer to (see `loopbackHosts`), or null for any; read on each request. */
  allowedHosts: () => readonly string[] | null;
  version: string;
  /** Who corrections made through the API are recorded as, unless a request names someone. */
  curator?: string;
  log: (line: string) => void;
  /** Team mode: API tokens and the audit log (see team-mode.ts); absent for one person's ledger. */
  team?: TeamLedger;
}

export interface AttestServer {
  app: OpenAPIHono;
  jobs: JobQueue;
}

/** An upload request may carry a few files at the capture limit. */
const FILES_AT_LIMIT_PER_UPLOAD = 4;

/** The HTTP API and the browser UI of one case, as a Hono app (testable with `app.request`). */
export function createServer(options: ServerOptions): AttestServer {
  const capture: CaptureOptions = { ...options.capture, stdin: Readable.from([]), cwd: process.cwd() };
  const jobs = jobQueue(
    (inputs, onProgress) =>
      addInputs(
        inputs,
        capture,
        { store: options.store, blobs: options.blobs },
        { threads: options.threads, onProgress },
      ),
    options.log,
  );
  const deps: ApiDeps = {
    store: options.store,
    blobs: options.blobs,
    jobs,
    limits: {
      maxFileBytes: options.capture.maxBytes,
      maxUploadBytes: options.capture.maxBytes * FILES_AT_LIMIT_PER_UPLOAD,
    },
    curator: options.curator ?? 'attest serve',
  };

  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(securityHeaders(), hostCheck(options.allowedHosts), sameOriginWrites());
  if (options.team) teamMode(app, options.team, options.log);
  app.onError((error, c) => onError(error, c, options.log));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? errorResponse(c, 404, 'not_found', `no such endpoint: ${c.req.method} ${c.req.path}`)
      : c.text('not found\n', 404),
  );

  documentRoutes(app, deps);
  annotationRoutes(app, deps);
  statementRoutes(app, deps);
  entityRoutes(app, deps);
  claimRoutes(app, deps);
  curationRoutes(app, deps);
  timelineRoutes(app, deps);
  searchRoutes(app, deps);
  sourceRoutes(app, deps);
  infoRoutes(app, deps, options.version);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Attest',
      version: options.version,
      description:
        'The evidence ledger of one case: its documents, their clean text, provenance and annotations, ' +
        'statements, entities, claims, full-text search, adding sources, and corrections. Errors are `{error: {code, message}}`. Offsets count UTF-16 code ' +
        'units of a document’s text.',
    },
  });
  serveUi(app, options.ui);

  return { app, jobs };
}
