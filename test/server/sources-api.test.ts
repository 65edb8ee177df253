import assert from 'node:assert/strict';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { caseConfig, openCase } from '../../src/case.ts';
import type { JobBody } from '../../src/server/schemas.ts';
import { temporaryFolder, VANISHED_ENTITY_CURATION } from '../helpers/records.ts';
import {
  EXAMPLES,
  fixture,
  fixtureFiles,
  TEST_SERVER_OPTIONS,
  testServer,
  upload,
} from '../helpers/server.ts';

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

interface SentEvent {
  event: string;
  data: unknown;
}

/** The events of a Server-Sent Events body, in order. */
function parseEvents(body: string): SentEvent[] {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = lines
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      return { event, data: JSON.parse(data) };
    });
}

function formOf(files: Array<{ name: string; bytes: Buffer | string }>): FormData {
  const form = new FormData();
  for (const file of files)
    form.append(
      'file',
      new File([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], file.name),
    );
  return form;
}

/** A local page that answers only when `release` is called: a job fetching it holds the queue. */
async function heldPage(t: Parameters<typeof testServer>[0]) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const page = createServer((_request, response) => {
    void released.then(() =>
      response.end('<p>The ferry to Oskarnes sails at nine, the harbour master said.</p>'),
    );
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => page.close(() => resolve())));
  return { url: `http://127.0.0.1:${(page.address() as AddressInfo).port}/ferry.html`, release };
}

test('uploaded files run through the pipeline as a job whose progress streams as events', async (t) => {
  // A job fetching a page that has not answered yet holds the queue until the stream is listening.
  const held = await heldPage(t);
  const server = await testServer(t, {
    capture: { ...TEST_SERVER_OPTIONS.capture, allowPrivate: true, timeoutMs: 5000 },
  });
  const ahead = await server.app.request('/api/sources/urls', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ urls: [held.url] }),
  });
  assert.equal(ahead.status, 202);
  const response = await server.app.request('/api/sources/upload', {
    method: 'POST',
    body: formOf([
      { name: 'harbour-strike.txt', bytes: fixture('harbour-strike.txt', EXAMPLES) },
      { name: 'photo.txt', bytes: PNG },
      { name: 'strike-copy.txt', bytes: fixture('harbour-strike.txt', EXAMPLES) },
    ]),
  });
  assert.equal(response.status, 202);
  const job = (await response.json()) as JobBody;
  assert.equal(response.headers.get('location'), `/api/jobs/${job.id}`);
  assert.equal(job.total, 3);

  const stream = await server.app.request(`/api/jobs/${job.id}/events`);
  assert.equal(stream.headers.get('content-type'), 'text/event-stream');
  const body = stream.text();
  held.release();
  const events = parseEvents(await body);
  assert.deepEqual(
    events.map((e) => e.event),
    ['snapshot', 'outcome', 'outcome', 'outcome', 'finished'],
  );
  const outcomes = events
    .filter((e) => e.event === 'outcome')
    .map((e) => (e.data as { outcome: JobBody['outcomes'][number] }).outcome);
  const byName = Object.fromEntries(outcomes.map((o) => [o.locator, o]));
  assert.deepEqual(byName['photo.txt'], {
    status: 'failed',
    locator: 'photo.txt',
    reason: 'not text: binary file (PNG image)',
  });
  assert.equal(byName['harbour-strike.txt']?.status, 'added');
  assert.equal(byName['strike-copy.txt']?.status, 'known', 'the same bytes again are one more sighting');
  const finished = events.at(-1)?.data as JobBody;
  assert.deepEqual(
    [finished.status, finished.done, finished.added, finished.updated, finished.known, finished.failed],
    ['finished', 3, 1, 0, 1, 1],
  );

  const polled = (await (await server.app.request(`/api/jobs/${job.id}`)).json()) as JobBody;
  assert.deepEqual(polled, finished);
  const again = parseEvents(await (await server.app.request(`/api/jobs/${job.id}/events`)).text());
  assert.deepEqual(
    again.map((e) => e.event),
    ['snapshot'],
    'a finished job streams its final state and ends',
  );
});

test('a file over the capture limit fails with the pipeline’s reason; a request over the upload limit is a 413', async (t) => {
  const server = await testServer(t);
  const job = await upload(server, [
    { name: 'long.txt', bytes: 'word '.repeat(220_000) },
    ...fixtureFiles(['ferry-timetable.txt']),
  ]);
  assert.deepEqual(
    job.outcomes.find((o) => o.locator === 'long.txt'),
    { status: 'failed', locator: 'long.txt', reason: 'too large: 1.1 MB > 1 MB limit' },
  );
  assert.equal(job.added, 1);

  const tooMuch = formOf(
    Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, bytes: 'x'.repeat(900_000) })),
  );
  const response = await server.app.request('/api/sources/upload', { method: 'POST', body: tooMuch });
  assert.equal(response.status, 413);
  assert.deepEqual(await response.json(), {
    error: {
      code: 'payload_too_large',
      message: 'too large: one upload may carry at most 4 MB; send fewer files at a time',
    },
  });
});

test('an uploaded file name is a label in the ledger, never a path', async (t) => {
  const server = await testServer(t);
  const job = await upload(server, [
    {
      name: '../../etc/passwd',
      bytes: 'Letter from the keeper\n\nThe lamp was lit at dusk, said the keeper.',
    },
    { name: 'report\u202Etxt.exe', bytes: 'Second letter\n\nThe lamp was lit at dawn, said the keeper.' },
  ]);
  assert.deepEqual(job.outcomes.map((o) => o.locator).sort(), ['passwd', 'reporttxt.exe']);
});

test('an upload without files, or with the wrong content type, is refused', async (t) => {
  const server = await testServer(t);
  const empty = await server.app.request('/api/sources/upload', { method: 'POST', body: new FormData() });
  assert.equal(empty.status, 400);
  assert.deepEqual(await empty.json(), {
    error: { code: 'invalid_request', message: 'file: attach one or more files in the field "file"' },
  });
  const json = await server.app.request('/api/sources/upload', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"file": "x"}',
  });
  assert.equal(json.status, 415);
  assert.deepEqual(await json.json(), {
    error: { code: 'unsupported_media_type', message: 'unsupported Content-Type for this request' },
  });
});

/** A local web server for the duration of a test. */
async function site(t: { after(fn: () => void): void }, handler: RequestListener): Promise<string> {
  const http = createServer(handler);
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  t.after(() => {
    http.closeAllConnections();
    http.close();
  });
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

async function addUrls(server: Awaited<ReturnType<typeof testServer>>, urls: unknown) {
  return server.app.request('/api/sources/urls', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ urls }),
  });
}

test('web pages are fetched by URL, and a private address is refused unless allowed', async (t) => {
  const base = await site(t, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(fixture('press-conference.html', EXAMPLES));
  });
  const guarded = await testServer(t);
  const refused = (await (await addUrls(guarded, [`${base}/story`])).json()) as JobBody;
  await guarded.jobs.idle();
  assert.deepEqual(guarded.jobs.get(refused.id)?.outcomes, [
    {
      status: 'failed',
      locator: `${base}/story`,
      reason: 'refused: private address 127.0.0.1 (use --allow-private to allow)',
    },
  ]);

  const open = await testServer(t, { capture: { ...TEST_SERVER_OPTIONS.capture, allowPrivate: true } });
  const accepted = (await (await addUrls(open, [`${base}/story`])).json()) as JobBody;
  await open.jobs.idle();
  const outcome = open.jobs.get(accepted.id)?.outcomes[0];
  assert.equal(outcome?.status, 'added');
  assert.equal(outcome?.status === 'added' && outcome.title, 'Port director promises back pay by Monday');
});

test('only http and https URLs are accepted, each named in the message', async (t) => {
  const server = await testServer(t);
  const cases: Array<[unknown, string]> = [
    [['file:///etc/passwd'], 'urls.0: expected an http or https URL'],
    [['https://example.org/a', 'javascript:alert(1)'], 'urls.1: expected an http or https URL'],
    [['/etc/passwd'], 'urls.0: expected an http or https URL'],
    [[], 'urls: give at least one URL'],
    ['https://example.org/a', 'urls: give a list of URLs'],
  ];
  for (const [urls, message] of cases) {
    const response = await addUrls(server, urls);
    assert.equal(response.status, 400, JSON.stringify(urls));
    assert.deepEqual(
      await response.json(),
      { error: { code: 'invalid_request', message } },
      JSON.stringify(urls),
    );
  }
  assert.equal(server.jobs.get('nothing'), undefined);
});

test('recent jobs are listed, the newest first, each with what it added in words', async (t) => {
  const server = await testServer(t);
  const first = await upload(server, fixtureFiles(['harbour-strike.txt', 'treasury-response.txt'], EXAMPLES));
  const second = await upload(server, fixtureFiles(['ferry-timetable.txt']));
  const list = (await (await server.app.request('/api/jobs')).json()) as { jobs: JobBody[] };
  assert.deepEqual(
    list.jobs.map((j) => [j.id, j.label, j.status, j.added]),
    [
      [second.id, 'ferry-timetable.txt', 'finished', 1],
      [first.id, '2 files', 'finished', 2],
    ],
  );
  const newest = (await (await server.app.request('/api/jobs?limit=1')).json()) as { jobs: JobBody[] };
  assert.deepEqual(
    newest.jobs.map((j) => j.id),
    [second.id],
  );
  const bad = await server.app.request('/api/jobs?limit=0');
  assert.equal(bad.status, 400);
});

test('an unknown job is a 404, a malformed id a 400', async (t) => {
  const server = await testServer(t);
  const unknown = await server.app.request('/api/jobs/0b7f1c52-8a4e-4f0e-9d55-2f1f3c4a5b6d');
  assert.equal(unknown.status, 404);
  assert.deepEqual(await unknown.json(), {
    error: {
      code: 'not_found',
      message: 'no job 0b7f1c52-8a4e-4f0e-9d55-2f1f3c4a5b6d: jobs are kept in memory while the server runs',
    },
  });
  const malformed = await server.app.request('/api/jobs/42/events');
  assert.equal(malformed.status, 400);
  assert.deepEqual(await malformed.json(), {
    error: { code: 'invalid_request', message: 'id: a job id is a UUID' },
  });
});

test('a job says which curations no longer apply because their entity is gone', async (t) => {
  const opened = await openCase(caseConfig({ case: join(temporaryFolder(t), 'case') }, {}, process.cwd()));
  t.after(() => opened.store.close());
  await opened.store.addCuration(VANISHED_ENTITY_CURATION);
  const server = await testServer(t, { store: opened.store, blobs: opened.blobs });
  const finished = await upload(server, [
    { name: 'harbour-strike.txt', bytes: fixture('harbour-strike.txt', EXAMPLES) },
  ]);
  assert.equal(finished.added, 1);
  assert.deepEqual(finished.unappliedCurations, ['curation-of-a-vanished-entity']);

  const clean = await upload(await testServer(t), fixtureFiles(['harbour-strike.txt'], EXAMPLES));
  assert.deepEqual(clean.unappliedCurations, []);
});
