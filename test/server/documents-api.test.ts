import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { AttestServer } from '../../src/server/app.ts';
import type { DocumentDetailBody, DocumentListBody } from '../../src/server/schemas.ts';
import { fileScope } from '../helpers/scope.ts';
import { EXAMPLES, fixture, fixtureFiles, testServer, upload } from '../helpers/server.ts';

const ARTICLES = ['harbour-strike.txt', 'press-conference.html', 'treasury-response.txt'];
const scope = fileScope();
let server: AttestServer;

before(async () => {
  server = await testServer(scope);
  const job = await upload(server, [
    ...fixtureFiles(ARTICLES, EXAMPLES),
    ...fixtureFiles(['ferry-timetable.txt', 'council-budget-fa.txt', 'hostile-page.html']),
  ]);
  assert.equal(job.added, 6);
  // The same bytes under another name: one more sighting of the same document.
  await upload(server, [{ name: 'ferry-again.txt', bytes: fixture('ferry-timetable.txt') }]);
});

after(() => scope.cleanup());

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

test('the document list is paginated, with the total and the page asked for', async () => {
  const all = await json<DocumentListBody>(await server.app.request('/api/documents'));
  assert.equal(all.total, 6);
  assert.deepEqual([all.offset, all.limit, all.documents.length], [0, 50, 6]);
  const page = await json<DocumentListBody>(await server.app.request('/api/documents?offset=2&limit=2'));
  assert.deepEqual([page.total, page.offset, page.limit], [6, 2, 2]);
  assert.deepEqual(
    page.documents.map((d) => d.id),
    all.documents.slice(2, 4).map((d) => d.id),
  );
  const last = await json<DocumentListBody>(await server.app.request('/api/documents?offset=5&limit=2'));
  assert.equal(last.documents.length, 1);
  const ferry = all.documents.find((d) => d.source === 'ferry-timetable.txt');
  assert.deepEqual(ferry && { title: ferry.title, byline: ferry.byline, published: ferry.published }, {
    title: 'Ferry timetable restored after a winter of cancellations',
    byline: 'Oskar Vendel',
    published: { value: '2025-04-02', precision: 'day', from: 'dateline' },
  });
});

test('bad paging parameters are refused with a message that names them', async () => {
  const cases: Array<[string, string]> = [
    ['limit=0', 'limit: expected a whole number from 1 to 100'],
    ['limit=101', 'limit: expected a whole number from 1 to 100'],
    ['limit=2.5', 'limit: expected a whole number from 1 to 100'],
    ['offset=-1', 'offset: expected a whole number from 0 to 1000000000'],
    [
      'offset=ten&limit=abc',
      'offset: expected a whole number from 0 to 1000000000; limit: expected a whole number from 1 to 100',
    ],
  ];
  for (const [query, message] of cases) {
    const response = await server.app.request(`/api/documents?${query}`);
    assert.equal(response.status, 400, query);
    assert.deepEqual(await response.json(), { error: { code: 'invalid_request', message } }, query);
  }
});

test('one document comes with its clean text, paragraphs, removals and provenance', async () => {
  const sha256 = createHash('sha256').update(fixture('ferry-timetable.txt')).digest('hex');
  const response = await server.app.request(`/api/documents/${sha256.slice(0, 6)}`);
  assert.equal(response.status, 200);
  const d = await json<DocumentDetailBody>(response);
  assert.equal(d.id, sha256.slice(0, 16));
  assert.equal(d.title, 'Ferry timetable restored after a winter of cancellations');
  assert.equal(d.pipelineVersion.length > 0, true);
  assert.deepEqual(
    d.paragraphs.map((p) => d.text.slice(p.start, p.end).slice(0, 24)),
    ['HOLMSUND, April 2, 2025 ', '"We kept a list of every', 'The operator, Nordvik Li'],
  );
  assert.deepEqual(
    d.removed.map((r) => [r.reason, r.text, r.at]),
    [
      ['title', 'Ferry timetable restored after a winter of cancellations', 0],
      ['byline', 'By Oskar Vendel', 0],
      ['share-links', 'Share this article', d.text.length],
    ],
  );
  assert.deepEqual(
    { sha256: d.source.sha256, size: d.source.size, mediaType: d.source.mediaType },
    { sha256, size: fixture('ferry-timetable.txt').length, mediaType: 'text/plain' },
  );
  assert.deepEqual(
    d.source.sightings.map((s) => s.locator),
    ['ferry-timetable.txt', 'ferry-again.txt'],
  );
});

test('a missing or malformed document id is a 404 or a 400 with the reason', async () => {
  const missing = await server.app.request('/api/documents/abcdef0123456789');
  assert.equal(missing.status, 404);
  assert.deepEqual(await missing.json(), {
    error: { code: 'not_found', message: 'no document with an id starting "abcdef0123456789"' },
  });
  const malformed = await server.app.request('/api/documents/..%2F..%2Fetc');
  assert.equal(malformed.status, 400);
  assert.deepEqual(await malformed.json(), {
    error: { code: 'invalid_request', message: 'id: a document id is 4 to 16 hexadecimal digits' },
  });
});

test('the raw source downloads byte for byte as an attachment the browser will not render', async () => {
  const bytes = fixture('hostile-page.html');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const response = await server.app.request(`/api/documents/${sha256.slice(0, 16)}/source`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/octet-stream');
  assert.equal(response.headers.get('content-disposition'), `attachment; filename="${sha256}.html"`);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
  assert.equal(
    response.headers.get('repr-digest'),
    `sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`,
  );
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
});
