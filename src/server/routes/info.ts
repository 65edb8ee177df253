import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { PIPELINE_VERSION } from '../../model.ts';
import type { ApiDeps } from '../deps.ts';
import { json } from '../openapi.ts';
import { Info, MAX_FILES, MAX_PAGE_SIZE, MAX_URLS } from '../schemas.ts';

const info = createRoute({
  method: 'get',
  path: '/api/info',
  summary: 'The server’s version, the pipeline version it stamps on documents, and its limits',
  responses: { 200: json(Info, 'versions and limits') },
});

export function infoRoutes(app: OpenAPIHono, deps: ApiDeps, version: string): void {
  app.openapi(info, (c) =>
    c.json(
      {
        version,
        pipelineVersion: PIPELINE_VERSION,
        limits: {
          maxFileBytes: deps.limits.maxFileBytes,
          maxUploadBytes: deps.limits.maxUploadBytes,
          maxFiles: MAX_FILES,
          maxUrls: MAX_URLS,
          maxPageSize: MAX_PAGE_SIZE,
        },
      },
      200,
    ),
  );
}
