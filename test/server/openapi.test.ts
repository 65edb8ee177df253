import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { testServer } from '../helpers/server.ts';

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<string, { parameters?: Array<{ name: string; in: string }>; responses: object }>
  >;
  components: { schemas: Record<string, unknown> };
}

test('the OpenAPI description is valid OpenAPI 3.1', async (t) => {
  const server = await testServer(t);
  const response = await server.app.request('/openapi.json');
  assert.equal(response.status, 200);
  const document = (await response.json()) as OpenApiDocument;
  const result = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0]);
  assert.deepEqual(result.errors ?? [], []);
  assert.equal(result.valid, true);
  assert.equal(document.openapi, '3.1.0');
  assert.equal(document.info.version, '0.0.0-test');
});

test('the OpenAPI description lists every endpoint, its parameters and its error body', async (t) => {
  const server = await testServer(t);
  const document = (await (await server.app.request('/openapi.json')).json()) as OpenApiDocument;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  assert.deepEqual(operations.sort(), [
    'GET /api/claims',
    'GET /api/claims/{id}',
    'GET /api/curations',
    'GET /api/documents',
    'GET /api/documents/{id}',
    'GET /api/documents/{id}/annotations',
    'GET /api/documents/{id}/source',
    'GET /api/entities',
    'GET /api/entities/{id}',
    'GET /api/info',
    'GET /api/jobs',
    'GET /api/jobs/{id}',
    'GET /api/jobs/{id}/events',
    'GET /api/search',
    'GET /api/search/statements',
    'GET /api/statements',
    'GET /api/timeline',
    'POST /api/curations',
    'POST /api/curations/{id}/undo',
    'POST /api/sources/upload',
    'POST /api/sources/urls',
    'POST /api/statements/{id}/fix',
  ]);
  const parameters = (path: string, method: string) =>
    (document.paths[path]?.[method]?.parameters ?? []).map((p) => `${p.in}:${p.name}`).sort();
  assert.deepEqual(parameters('/api/search', 'get'), [
    'query:from',
    'query:limit',
    'query:offset',
    'query:outlet',
    'query:q',
    'query:speaker',
    'query:to',
  ]);
  assert.deepEqual(parameters('/api/documents/{id}', 'get'), ['path:id']);
  assert.ok('Error' in document.components.schemas);
  assert.ok('Document' in document.components.schemas);
  assert.ok('400' in (document.paths['/api/search']?.get?.responses ?? {}));
});
