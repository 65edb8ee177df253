import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loopbackHosts } from '../../src/server/security.ts';
import type { UiFile } from '../../src/server/ui.ts';
import { testServer } from '../helpers/server.ts';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; " +
  "form-action 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

function uiFiles(): Map<string, UiFile> {
  const file = (text: string, type: string, immutable = false): UiFile => ({
    body: new Uint8Array(Buffer.from(text)),
    type,
    immutable,
  });
  return new Map([
    ['/index.html', file('<!doctype html><title>Attest</title>', 'text/html; charset=utf-8')],
    ['/assets/index-abc123.js', file('console.log(1)', 'text/javascript; charset=utf-8', true)],
  ]);
}

test('every response carries a strict Content-Security-Policy and the other protective headers', async (t) => {
  const server = await testServer(t, { ui: uiFiles() });
  for (const path of ['/', '/documents/abcd', '/api/documents', '/api/nowhere', '/api/documents?limit=0']) {
    const response = await server.app.request(path);
    assert.equal(response.headers.get('content-security-policy'), EXPECTED_CSP, path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
    assert.equal(response.headers.get('x-frame-options'), 'DENY', path);
  }
});

test('the UI is served from memory: its page for every app address, its files by exact path', async (t) => {
  const server = await testServer(t, { ui: uiFiles() });
  for (const path of ['/', '/documents', '/documents/3f2a9c', '/add']) {
    const response = await server.app.request(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
    assert.equal(response.headers.get('cache-control'), 'no-cache', path);
    assert.equal(await response.text(), '<!doctype html><title>Attest</title>', path);
  }
  const script = await server.app.request('/assets/index-abc123.js');
  assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  for (const path of [
    '/assets/missing.js',
    '/../package.json',
    '/assets/../../package.json',
    '/favicon.ico',
  ]) {
    assert.equal((await server.app.request(path)).status, 404, path);
  }
  const api = await server.app.request('/api/unknown');
  assert.equal(api.status, 404);
  assert.deepEqual(await api.json(), {
    error: { code: 'not_found', message: 'no such endpoint: GET /api/unknown' },
  });
});

test('without a built UI the server says how to build it and still serves the API', async (t) => {
  const server = await testServer(t);
  const page = await server.app.request('/');
  assert.equal(page.status, 503);
  assert.match(await page.text(), /npm run build/);
  assert.equal((await server.app.request('/api/documents')).status, 200);
});

test('a change sent from another site is refused; the page’s own and a program’s are accepted', async (t) => {
  const server = await testServer(t);
  const post = (headers: Record<string, string>) =>
    server.app.request('http://127.0.0.1:7340/api/sources/urls', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: '127.0.0.1:7340', ...headers },
      body: JSON.stringify({ urls: ['ftp://not-accepted'] }),
    });
  const refused = {
    error: { code: 'forbidden', message: 'changes are accepted only from this server’s own pages' },
  };
  const crossSite = await post({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' });
  assert.equal(crossSite.status, 403);
  assert.deepEqual(await crossSite.json(), refused);
  assert.equal((await post({ Origin: 'https://evil.example' })).status, 403);
  assert.equal((await post({ 'Sec-Fetch-Site': 'same-site' })).status, 403);
  // Past the check, the request reaches validation (and fails there, on purpose: nothing is added).
  assert.equal(
    (await post({ 'Sec-Fetch-Site': 'same-origin', Origin: 'http://127.0.0.1:7340' })).status,
    400,
  );
  assert.equal((await post({})).status, 400);
});

test('a server on a loopback address answers only to loopback names, against DNS rebinding', async (t) => {
  assert.deepEqual(loopbackHosts('127.0.0.1', 7340), ['127.0.0.1:7340', 'localhost:7340', '[::1]:7340']);
  assert.equal(loopbackHosts('0.0.0.0', 7340), null);
  const server = await testServer(t, { allowedHosts: () => loopbackHosts('127.0.0.1', 7340) });
  const request = (host: string) => server.app.request('/api/documents', { headers: { Host: host } });
  assert.equal((await request('127.0.0.1:7340')).status, 200);
  assert.equal((await request('localhost:7340')).status, 200);
  const rebound = await request('attacker.example:7340');
  assert.equal(rebound.status, 403);
  assert.deepEqual(await rebound.json(), {
    error: {
      code: 'forbidden',
      message:
        'this server answers only to 127.0.0.1:7340, localhost:7340, [::1]:7340; start it with --host to serve another name',
    },
  });
});
