import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { type CaptureOptions, capture } from '../../src/capture/capture.ts';

const STORY =
  '<html><body><p>The dam at Orsvik held, engineer Maelle Rauth told the Orsvik Courier.</p></body></html>';

function options(overrides: Partial<CaptureOptions> = {}): CaptureOptions {
  return {
    maxBytes: 50_000_000,
    allowPrivate: true,
    timeoutMs: 2000,
    maxRedirects: 5,
    userAgent: 'Attest/test (+fixture)',
    stdin: Readable.from([]),
    cwd: process.cwd(),
    ...overrides,
  };
}

/** A local server on 127.0.0.1 for the duration of a test; returns its base URL. */
async function serve(t: { after(fn: () => void): void }, handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function reasonFor(url: string, overrides: Partial<CaptureOptions> = {}): Promise<string> {
  const result = await capture({ kind: 'url', url }, options(overrides));
  return 'reason' in result ? result.reason : `captured ${result.sighting.finalUrl}`;
}

test('fetches a page and keeps the status, final URL and headers, without cookies', async (t) => {
  let userAgent: string | undefined;
  const base = await serve(t, (req, res) => {
    userAgent = req.headers['user-agent'];
    res.setHeader('Set-Cookie', ['session=abc']);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Served-By': 'fixture' });
    res.end(STORY);
  });
  const result = await capture({ kind: 'url', url: `${base}/dam` }, options());
  assert.ok('bytes' in result, JSON.stringify(result));
  assert.equal(result.bytes.toString(), STORY);
  assert.equal(result.sha256, createHash('sha256').update(STORY).digest('hex'));
  assert.equal(result.contentType, 'text/html; charset=utf-8');
  assert.equal(userAgent, 'Attest/test (+fixture)');
  const { sighting } = result;
  assert.equal(sighting.locator, `${base}/dam`);
  assert.equal(sighting.finalUrl, `${base}/dam`);
  assert.equal(sighting.httpStatus, 200);
  assert.equal(sighting.headers?.['x-served-by'], 'fixture');
  assert.equal(sighting.headers?.['content-type'], 'text/html; charset=utf-8');
  assert.equal(sighting.headers?.['set-cookie'], undefined);
});

test('reports a failed request by its status and status text', async (t) => {
  const base = await serve(t, (req, res) => {
    if (req.url === '/gone') res.writeHead(404);
    else if (req.url === '/broken') res.writeHead(500);
    else res.writeHead(503, 'Back Soon');
    res.end('an error page');
  });
  assert.equal(await reasonFor(`${base}/gone`), 'HTTP 404 Not Found');
  assert.equal(await reasonFor(`${base}/broken`), 'HTTP 500 Internal Server Error');
  assert.equal(await reasonFor(`${base}/busy`), 'HTTP 503 Back Soon');
});

test('follows redirects, relative and absolute, to the final URL', async (t) => {
  const base = await serve(t, (req, res) => {
    if (req.url === '/short') res.writeHead(301, { location: '/moved?from=short' });
    else if (req.url === '/moved?from=short') res.writeHead(307, { location: `${base}/final` });
    else res.writeHead(200, { 'content-type': 'text/html' });
    res.end(req.url === '/final' ? STORY : '');
  });
  const result = await capture({ kind: 'url', url: `${base}/short` }, options());
  assert.ok('bytes' in result, JSON.stringify(result));
  assert.equal(result.sighting.locator, `${base}/short`);
  assert.equal(result.sighting.finalUrl, `${base}/final`);
  assert.equal(result.sighting.httpStatus, 200);
  assert.equal(result.bytes.toString(), STORY);
});

test('stops at a redirect loop', async (t) => {
  const base = await serve(t, (req, res) => {
    res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
    res.end();
  });
  assert.equal(await reasonFor(`${base}/a`), `redirect loop: ${base}/a`);
});

test('follows at most the allowed number of redirects', async (t) => {
  const base = await serve(t, (req, res) => {
    const step = Number(req.url?.slice(1));
    if (step < 3) res.writeHead(302, { location: `/${step + 1}` });
    res.end(step >= 3 ? STORY : '');
  });
  assert.equal(await reasonFor(`${base}/0`, { maxRedirects: 2 }), 'too many redirects (2)');
  assert.equal(await reasonFor(`${base}/0`, { maxRedirects: 3 }), `captured ${base}/3`);
});

test('refuses a redirect to a scheme other than http and https', async (t) => {
  const base = await serve(t, (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  });
  assert.equal(await reasonFor(`${base}/x`), 'unsupported redirect: file: URL');
});

test('gives up when no response comes within the time limit', async (t) => {
  const base = await serve(t, () => {});
  const started = Date.now();
  assert.equal(await reasonFor(`${base}/silent`, { timeoutMs: 200 }), 'timeout: no response within 0.2 s');
  assert.ok(Date.now() - started < 1500);
});

test('the time limit covers the body too', async (t) => {
  const base = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('The first half of the story, and then nothing more');
  });
  assert.equal(await reasonFor(`${base}/stalls`, { timeoutMs: 300 }), 'timeout: no response within 0.3 s');
});

test('preserves the decoded body of a gzip, deflate or brotli response', async (t) => {
  const encoders: Record<string, (bytes: Buffer) => Buffer> = {
    gzip: gzipSync,
    deflate: deflateSync,
    'deflate-raw': deflateRawSync,
    br: brotliCompressSync,
  };
  const base = await serve(t, (req, res) => {
    const name = req.url?.slice(1) ?? '';
    const encode = encoders[name] as (bytes: Buffer) => Buffer;
    res.writeHead(200, { 'content-encoding': name === 'deflate-raw' ? 'deflate' : name });
    res.end(encode(Buffer.from(STORY)));
  });
  for (const name of Object.keys(encoders)) {
    const result = await capture({ kind: 'url', url: `${base}/${name}` }, options());
    assert.ok('bytes' in result, `${name}: ${JSON.stringify(result)}`);
    assert.equal(result.bytes.toString(), STORY, name);
    assert.equal(result.sha256, createHash('sha256').update(STORY).digest('hex'), name);
  }
});

test('refuses a body over the size limit, announced or streamed, compressed or not', async (t) => {
  let streamedChunks = 0;
  const base = await serve(t, (req, res) => {
    if (req.url === '/announced') {
      res.writeHead(200, { 'content-length': 50_000 });
      res.end('x'.repeat(50_000));
    } else if (req.url === '/bomb') {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(1_000_000)));
    } else {
      res.writeHead(200);
      const timer = setInterval(() => {
        streamedChunks += 1;
        res.write('y'.repeat(4096));
      }, 1);
      res.on('close', () => clearInterval(timer));
    }
  });
  const limit = { maxBytes: 20_000 };
  assert.equal(await reasonFor(`${base}/announced`, limit), 'too large: 0.05 MB > 0.02 MB limit');
  assert.equal(await reasonFor(`${base}/endless`, limit), 'too large: over the 0.02 MB limit');
  assert.ok(streamedChunks < 200, `the endless body was cut off after ${streamedChunks} chunks`);
  assert.equal(await reasonFor(`${base}/bomb`, limit), 'too large: over the 0.02 MB limit');
});

test('reports a refused connection', async () => {
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((done) => closed.close(done));
  assert.equal(await reasonFor(`http://127.0.0.1:${port}/`), 'unreachable: connection refused');
});
