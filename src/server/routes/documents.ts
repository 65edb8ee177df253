import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { TEXT_ONLY_VERSION } from '../../model.ts';
import { documentView, listDocuments } from '../../query/documents.ts';
import { rawSource } from '../../query/raw-source.ts';
import type { ApiDeps } from '../deps.ts';
import { errors, json } from '../openapi.ts';
import { DocumentDetail, DocumentIdParam, DocumentList, pageQuery } from '../schemas.ts';

const list = createRoute({
  method: 'get',
  path: '/api/documents',
  summary: 'List documents, in the order they were processed',
  request: { query: pageQuery(50) },
  responses: { 200: json(DocumentList, 'a page of documents and the total'), ...errors(400) },
});

const detail = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'One document: clean text, paragraphs, what was removed and why, and provenance',
  request: { params: DocumentIdParam },
  responses: { 200: json(DocumentDetail, 'the document'), ...errors(400, 404) },
});

const source = createRoute({
  method: 'get',
  path: '/api/documents/{id}/source',
  summary: 'Download the preserved source, byte for byte',
  description:
    'Always an attachment with a generic type, so that a preserved web page is never rendered on this origin. ' +
    'The file is named by its SHA-256; `Repr-Digest` carries the same hash.',
  request: { params: DocumentIdParam },
  responses: {
    200: {
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'the raw bytes',
    },
    ...errors(400, 404),
  },
});

const EXTENSIONS: Record<string, string> = { 'text/html': 'html', 'text/plain': 'txt' };

export function documentRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const { offset, limit } = c.req.valid('query');
    const { total, documents } = await listDocuments(deps.store, { offset, limit });
    return c.json({ total, offset, limit, documents }, 200);
  });

  app.openapi(detail, async (c) => {
    const { document: d, source: s, processedAt } = await documentView(deps.store, c.req.valid('param').id);
    return c.json(
      {
        id: d.id,
        title: d.title,
        byline: d.byline,
        published: d.published,
        language: d.language,
        handler: d.handler,
        encoding: d.encoding,
        pipelineVersion: d.pipelineVersion,
        extracted: d.pipelineVersion !== TEXT_ONLY_VERSION,
        processedAt,
        warnings: d.warnings,
        text: d.text,
        paragraphs: d.paragraphs,
        removed: d.removed,
        source: { sha256: s.sha256, size: s.size, mediaType: s.mediaType, sightings: s.sightings },
      },
      200,
    );
  });

  app.openapi(source, async (c) => {
    const raw = await rawSource(deps.store, deps.blobs, c.req.valid('param').id);
    // The name is built from the hash alone: the locator is hostile text and never reaches a header.
    const name = `${raw.sha256}.${EXTENSIONS[raw.mediaType] ?? 'bin'}`;
    return c.body(new Uint8Array(raw.bytes), 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Content-Length': String(raw.bytes.length),
      'Repr-Digest': `sha-256=:${Buffer.from(raw.sha256, 'hex').toString('base64')}:`,
      'Cache-Control': 'private, max-age=31536000, immutable',
      // Opened directly, the bytes still run nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });
}
