import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const ARTICLE =
  'Mayor of Brenholt resigns\n\nThe mayor of Brenholt, Oda Virtanen, resigned on Tuesday, her office said.';

interface Outcome {
  status: string;
  locator: string;
  reason?: string;
}

async function addJson(args: string[], cwd: string, input?: string) {
  const run = await runAttest(['add', '--json', ...args], input === undefined ? { cwd } : { cwd, input });
  return {
    ...run,
    summary: JSON.parse(run.stdout) as { outcomes: Outcome[]; added: number; failed: number },
  };
}

function reasonFor(outcomes: Outcome[], locator: string): string | undefined {
  return outcomes.find((o) => o.locator === locator)?.reason;
}

test('each bad file gets a precise reason, the rest of the batch goes on, and the run exits 1', async (t) => {
  const cwd = temporaryFolder(t);
  const dir = join(cwd, 'batch');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a-good.txt'), ARTICLE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'photo.txt'), PNG);
  writeFileSync(join(dir, 'nul.txt'), Buffer.from('text\u0000with\u0000nul\u0000bytes\u0000'.repeat(20)));
  writeFileSync(join(dir, 'huge.txt'), `${'A long fictional report. '.repeat(2000)}`);
  mkdirSync(join(dir, 'loop'));
  symlinkSync('..', join(dir, 'loop', 'again'));
  writeFileSync(join(dir, 'z-good.html'), `<html><body><article><p>${ARTICLE}</p></article></body></html>`);
  const { code, summary } = await addJson(['--max-size', '0.02', 'batch', 'missing.txt'], cwd);
  assert.equal(code, 1);
  assert.equal(summary.added, 2);
  const reasons = summary.outcomes;
  assert.match(reasonFor(reasons, 'batch/empty.txt') ?? '', /^empty/);
  assert.match(reasonFor(reasons, 'batch/blank.txt') ?? '', /^empty/);
  assert.match(reasonFor(reasons, 'batch/photo.txt') ?? '', /^not text: binary file \(PNG image\)/);
  assert.match(reasonFor(reasons, 'batch/nul.txt') ?? '', /^not text: binary file/);
  assert.match(reasonFor(reasons, 'batch/huge.txt') ?? '', /^too large: 0\.05 MB > 0\.02 MB limit/);
  assert.match(reasonFor(reasons, 'missing.txt') ?? '', /^not found/);
  assert.ok(
    reasons.some((o) => /symlink loop/.test(o.reason ?? '')),
    'the symlink loop is reported',
  );
  const human = await runAttest(['add', 'batch/photo.txt'], { cwd });
  assert.equal(human.code, 1);
  assert.match(human.stdout, /^ {2}failed {2}batch\/photo\.txt: not text: binary file \(PNG image\)$/m);
  const verify = await runAttest(['verify'], { cwd });
  assert.equal(verify.code, 0, 'nothing half-written: the case still verifies');
  assert.match(verify.stdout, /verified 2 sources/);
});

test('invalid UTF-8 is decoded as windows-1252 and the document says so', async (t) => {
  const cwd = temporaryFolder(t);
  writeFileSync(
    join(cwd, 'latin.txt'),
    Buffer.from('Caf\xe9 owner in Brenholt says \x93we stay open\x94 despite the storm.', 'latin1'),
  );
  const { code, summary } = await addJson(['latin.txt'], cwd);
  assert.equal(code, 0);
  assert.equal(summary.added, 1);
  const doc = JSON.parse((await runAttest(['export', 'documents'], { cwd })).stdout);
  assert.match(doc.text, /Café owner in Brenholt says “we stay open” despite the storm\./);
  const shown = JSON.parse((await runAttest(['show', doc.id, '--json'], { cwd })).stdout);
  assert.deepEqual(shown.document.warnings, ['invalid UTF-8: decoded as windows-1252']);
});

test('malformed and hostile HTML yields only its text', async (t) => {
  const cwd = temporaryFolder(t);
  const hostile = `<html><head><title>Council vote<script>alert(1)</script></title></head><body>
    <article><p onclick="steal()">The council of Brenholt voted <b>7 to 2</b> to close the <i>old bridge.
    <img src=x onerror="alert('x')"><p>Residents protested <a href="javascript:alert(2)">outside</a> the hall.
    <script>document.write('injected')</script><style>p{color:red}</style><iframe src="https://evil.example">frame</iframe>
    <div><span>unclosed <table><tr><td>cell`;
  writeFileSync(join(cwd, 'hostile.html'), hostile);
  const { code, summary } = await addJson(['hostile.html'], cwd);
  assert.equal(code, 0, JSON.stringify(summary));
  const doc = JSON.parse((await runAttest(['export', 'documents'], { cwd })).stdout);
  assert.match(doc.text, /The council of Brenholt voted 7 to 2 to close the old bridge\./);
  assert.match(doc.text, /Residents protested outside the hall\./);
  for (const forbidden of ['alert', 'steal', 'injected', 'color:red', 'onerror', 'javascript:', 'frame']) {
    assert.ok(!doc.text.includes(forbidden), `"${forbidden}" is not in the text`);
  }
});

function serve(
  t: { after(fn: () => void): void },
  handler: Parameters<typeof createServer>[1],
): Promise<string> {
  const server: Server = createServer(handler);
  t.after(() => server.close());
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

test('URLs are fetched and preserved with status, final URL and headers; HTTP failures are reported', async (t) => {
  const cwd = temporaryFolder(t);
  const base = await serve(t, (req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'x-served-by': 'fixture' });
      res.end(ARTICLE);
    } else if (req.url === '/moved') {
      res.writeHead(301, { location: '/story' });
      res.end();
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 5000).unref();
    } else {
      res.writeHead(404);
      res.end('no such page');
    }
  });
  const urls = ['/story', '/moved', '/gone', '/loop', '/slow'].map((p) => base + p);
  const { code, summary } = await addJson(['--allow-private', '--timeout', '1', ...urls], cwd);
  assert.equal(code, 1);
  assert.deepEqual(
    summary.outcomes.map((o) => o.status),
    ['added', 'known', 'failed', 'failed', 'failed'],
  );
  assert.match(reasonFor(summary.outcomes, `${base}/gone`) ?? '', /^HTTP 404/);
  assert.match(reasonFor(summary.outcomes, `${base}/loop`) ?? '', /redirect/);
  assert.match(reasonFor(summary.outcomes, `${base}/slow`) ?? '', /^timeout/);
  const doc = JSON.parse((await runAttest(['export', 'documents'], { cwd })).stdout);
  const shown = JSON.parse((await runAttest(['show', doc.id, '--json'], { cwd })).stdout);
  const [first, second] = shown.source.sightings;
  assert.equal(first.locator, `${base}/story`);
  assert.equal(first.httpStatus, 200);
  assert.equal(first.headers['x-served-by'], 'fixture');
  assert.equal(second.locator, `${base}/moved`);
  assert.equal(second.finalUrl, `${base}/story`);
});

test('a long list of URLs is fetched a few pages at a time, and every page is added', async (t) => {
  const cwd = temporaryFolder(t);
  let open = 0;
  let most = 0;
  const base = await serve(t, (req, res) => {
    open += 1;
    most = Math.max(most, open);
    setTimeout(() => {
      open -= 1;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        `Bulletin ${req.url}: the ferry to Varka Isle sails at noon, said harbourmaster Tove Lindqvar.`,
      );
    }, 40);
  });
  const urls = Array.from({ length: 40 }, (_, i) => `${base}/bulletin-${i}`);
  const { code, summary } = await addJson(['--allow-private', ...urls], cwd);
  assert.equal(code, 0);
  assert.equal(summary.added, 40);
  assert.ok(most <= 8, `${most} requests at once`);
  assert.ok(most > 1, 'pages are fetched in parallel');
});

test('URLs on private addresses are refused unless --allow-private is given', async (t) => {
  const cwd = temporaryFolder(t);
  let requests = 0;
  const base = await serve(t, (_req, res) => {
    requests += 1;
    res.end(ARTICLE);
  });
  const { code, summary } = await addJson(
    [base, 'http://169.254.169.254/latest/meta-data', 'file:///etc/passwd'],
    cwd,
  );
  assert.equal(code, 1);
  const reasons = summary.outcomes;
  assert.match(
    reasonFor(reasons, base) ?? '',
    /^refused: private address 127\.0\.0\.1 \(use --allow-private to allow\)/,
  );
  assert.match(
    reasonFor(reasons, 'http://169.254.169.254/latest/meta-data') ?? '',
    /^refused: private address 169\.254\.169\.254/,
  );
  assert.match(reasonFor(reasons, 'file:///etc/passwd') ?? '', /^unsupported locator: file:/);
  assert.equal(requests, 0, 'no request reached the server');
});
