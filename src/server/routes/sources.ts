import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import type { Input } from '../../pipeline.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError, errorResponse } from '../errors.ts';
import type { JobEvent } from '../jobs.ts';
import { errors, json } from '../openapi.ts';
import { Job, JobIdParam, JobList, JobListQuery, UploadForm, UrlsBody } from '../schemas.ts';

/** Bidirectional overrides and isolates can make `txt.exe` read as `exe.txt`; they never belong in a name. */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name an uploaded file is recorded under: the last segment of the name it came with, without
 * control or direction-override characters. It is a label in the ledger, never a path on disk.
 */
export function uploadName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  return last.replace(UNSAFE_IN_NAME, '').trim().slice(0, 255) || 'upload';
}

const megabytes = (bytes: number) => `${Number((bytes / 1_000_000).toPrecision(3))} MB`;

const jobAccepted = {
  202: {
    ...json(Job, 'the job, queued; follow it at its Location or its events'),
    headers: z.object({
      Location: z.string().openapi({ example: '/api/jobs/0b7f1c52-8a4e-4f0e-9d55-2f1f3c4a5b6d' }),
    }),
  },
};

function uploadRoute(deps: ApiDeps) {
  return createRoute({
    method: 'post',
    path: '/api/sources/upload',
    summary: 'Add uploaded files: each is preserved, cleaned and stored by the pipeline',
    description:
      `Each file may be up to ${megabytes(deps.limits.maxFileBytes)} (the capture limit); a request up to ` +
      `${megabytes(deps.limits.maxUploadBytes)}. Text and HTML are accepted; anything else is reported per ` +
      'file with the pipeline’s reason (`not text: binary file (PNG image)`).',
    middleware: [
      bodyLimit({
        maxSize: deps.limits.maxUploadBytes,
        onError: (c) =>
          errorResponse(
            c,
            413,
            'payload_too_large',
            `too large: one upload may carry at most ${megabytes(deps.limits.maxUploadBytes)}; send fewer files at a time`,
          ),
      }),
    ] as const,
    request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
    responses: { ...jobAccepted, ...errors(400, 403, 413, 415) },
  });
}

const urls = createRoute({
  method: 'post',
  path: '/api/sources/urls',
  summary: 'Add web pages by URL: each is fetched, preserved, cleaned and stored by the pipeline',
  request: { body: { content: { 'application/json': { schema: UrlsBody } }, required: true } },
  responses: { ...jobAccepted, ...errors(400, 403, 415) },
});

const recentJobs = createRoute({
  method: 'get',
  path: '/api/jobs',
  summary: 'The most recent jobs of adding sources, while the server runs',
  request: { query: JobListQuery },
  responses: { 200: json(JobList, 'the jobs, the most recent first'), ...errors(400) },
});

const job = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  summary: 'A job of adding sources: its progress and the outcome of each input',
  request: { params: JobIdParam },
  responses: { 200: json(Job, 'the job'), ...errors(400, 404) },
});

const events = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/events',
  summary: 'A job’s progress as Server-Sent Events',
  description:
    'First a `snapshot` event (the job), then an `outcome` event per finished input ' +
    '(`{done, total, outcome}`), then a `finished` event (the job), after which the stream ends.',
  request: { params: JobIdParam },
  responses: {
    200: { content: { 'text/event-stream': { schema: z.string() } }, description: 'the event stream' },
    ...errors(400, 404),
  },
});

export function sourceRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const submitted = (c: Context, inputs: Input[], label: string) => {
    const state = deps.jobs.submit(inputs, label);
    return c.json(state, 202, { Location: `/api/jobs/${state.id}` });
  };

  app.openapi(uploadRoute(deps), async (c) => {
    const files = c.req.valid('form').file;
    const names = files.map((file) => uploadName(file.name));
    const inputs: Input[] = await Promise.all(
      files.map(async (file, i) => ({
        kind: 'upload' as const,
        name: names[i] as string,
        bytes: Buffer.from(await file.arrayBuffer()),
      })),
    );
    return submitted(c, inputs, names.length === 1 ? (names[0] as string) : `${names.length} files`);
  });

  app.openapi(urls, (c) => {
    const { urls } = c.req.valid('json');
    const inputs = urls.map((url): Input => ({ kind: 'url', url }));
    return submitted(c, inputs, urls.length === 1 ? (urls[0] as string) : `${urls.length} web pages`);
  });

  app.openapi(recentJobs, (c) => c.json({ jobs: deps.jobs.recent(c.req.valid('query').limit) }, 200));

  const findJob = (id: string) => {
    const found = deps.jobs.get(id);
    if (!found) {
      throw new ApiError(404, 'not_found', `no job ${id}: jobs are kept in memory while the server runs`);
    }
    return found;
  };

  app.openapi(job, (c) => c.json(findJob(c.req.valid('param').id), 200));

  app.openapi(events, (c) => {
    const state = findJob(c.req.valid('param').id);
    return streamSSE(c, async (stream) => {
      // The snapshot is taken and the subscription made in one turn, so no event falls between them.
      let writing = stream.writeSSE({ event: 'snapshot', data: JSON.stringify(state) });
      if (state.status === 'finished') {
        await writing;
        return;
      }
      await new Promise<void>((resolve) => {
        const stop = deps.jobs.subscribe(state.id, (event: JobEvent) => {
          const data = JSON.stringify(event.type === 'finished' ? event.job : event);
          writing = writing.then(() => stream.writeSSE({ event: event.type, data }));
          if (event.type === 'finished') {
            stop();
            writing.then(() => resolve());
          }
        });
        stream.onAbort(() => {
          stop();
          resolve();
        });
      });
    });
  });
}
