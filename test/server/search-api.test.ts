import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AttestServer } from '../../src/server/app.ts';
import type { SearchResponseBody } from '../../src/server/schemas.ts';
import { fileScope } from '../helpers/scope.ts';
import { EXAMPLES, fixtureFiles, testServer, upload } from '../helpers/server.ts';

const scope = fileScope();
let server: AttestServer;

before(async () => {
  server = await testServer(scope);
  await upload(server, [
    ...fixtureFiles(['harbour-strike.txt', 'press-conference.html', 'treasury-response.txt'], EXAMPLES),
    ...fixtureFiles(['security-advisory.txt', 'ferry-timetable.txt', 'council-budget-fa.txt']),
  ]);
});

after(() => scope.cleanup());

async function search(query: string) {
  const response = await server.app.request(`/api/search?${query}`);
  return { status: response.status, body: (await response.json()) as SearchResponseBody };
}

const matched = (result: SearchResponseBody['results'][number]) =>
  result.snippet.filter((piece) => piece.match).map((piece) => piece.text);

test('search finds documents and marks the matching words as data, not markup', async () => {
  const { status, body } = await search('q=treasury');
  assert.equal(status, 200);
  assert.deepEqual(
    body.results.map((r) => r.title),
    [
      'Regional treasury denies blame for port wage delay',
      'Port director promises back pay by Monday',
      'Dockworkers in Velmora walk out over unpaid wages',
    ],
  );
  assert.deepEqual(matched(body.results[0] as SearchResponseBody['results'][number]), ['treasury']);
  assert.equal(body.hasMore, false);

  const hostile = await search('q=script');
  const snippet = hostile.body.results[0]?.snippet.map((p) => p.text).join('') ?? '';
  assert.ok(
    snippet.includes("<script>alert('clerk')</script>"),
    'markup in an article is returned as its text',
  );
  assert.ok(!snippet.includes('&lt;'), 'and is not escaped twice');
});

test('search results are paginated and say whether there are more', async () => {
  const first = await search('q=port&limit=2');
  assert.deepEqual(
    [first.body.offset, first.body.limit, first.body.results.length, first.body.hasMore],
    [0, 2, 2, true],
  );
  const second = await search('q=port&limit=2&offset=2');
  assert.deepEqual([second.body.results.length, second.body.hasMore], [1, false]);
  const ids = [...first.body.results, ...second.body.results].map((r) => r.id);
  assert.equal(new Set(ids).size, 3);
});

test('a search with nothing to look for is refused with the reason', async () => {
  const missing = await search('');
  assert.equal(missing.status, 400);
  assert.deepEqual(missing.body, {
    error: { code: 'invalid_request', message: 'q: type the words to search for' },
  });
  const blank = await search('q=%20%20');
  assert.deepEqual(blank.body, {
    error: { code: 'invalid_request', message: 'q: type the words to search for' },
  });
  const onlyExcluded = await search('q=-strike');
  assert.equal(onlyExcluded.status, 400);
  assert.deepEqual(onlyExcluded.body, {
    error: { code: 'invalid_query', message: 'a query needs at least one word to look for' },
  });
});

test('Persian text is found by its words', async () => {
  const { body } = await search(`q=${encodeURIComponent('ولمرا')}`);
  assert.deepEqual(
    body.results.map((r) => r.title),
    ['شورای شهر ولمرا بودجهٔ بندر را تصویب کرد'],
  );
  assert.deepEqual(matched(body.results[0] as SearchResponseBody['results'][number]), ['ولمرا']);
});
