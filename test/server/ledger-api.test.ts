import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { AttestServer } from '../../src/server/app.ts';
import type {
  ClaimListBody,
  CurationListBody,
  CurationResultBody,
  DocumentAnnotationsBody,
  EntityDetailBody,
  EntityListBody,
  StatementListBody,
  StatementSearchBody,
  TimelineBodyType,
} from '../../src/server/ledger-schemas.ts';
import type { SearchResponseBody } from '../../src/server/schemas.ts';
import { fileScope } from '../helpers/scope.ts';
import { fixtureFiles, testServer, upload } from '../helpers/server.ts';

const LEDGER = resolve(import.meta.dirname, '../fixtures/ledger');
const ARTICLES = ['bridge-closure.txt', 'bridge-council.txt', 'bridge-reopening.txt'];
const scope = fileScope();
let server: AttestServer;

before(async () => {
  server = await testServer(scope);
  const job = await upload(server, fixtureFiles(ARTICLES, LEDGER));
  assert.equal(job.added, 3);
});

after(() => scope.cleanup());

async function get<T>(path: string): Promise<T> {
  const response = await server.app.request(path);
  assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
  return (await response.json()) as T;
}

async function post<T>(path: string, body: unknown, status = 200): Promise<T> {
  const response = await server.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, status, `${path}: ${await response.clone().text()}`);
  return (await response.json()) as T;
}

async function entityNamed(name: string, kind = 'person') {
  const { entities } = await get<EntityListBody>(`/api/entities?kind=${kind}&limit=100`);
  const found = entities.find((e) => e.name === name);
  assert.ok(found, `no ${kind} named ${name}: ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

test('statements are filtered by speaker, document, kind and date, a page at a time', async () => {
  const all = await get<StatementListBody>('/api/statements');
  assert.ok(all.total >= 6);
  const byErik = await get<StatementListBody>('/api/statements?speaker=Sandqvist');
  assert.ok(byErik.statements.every((s) => s.speaker?.name === 'Erik Sandqvist'));
  assert.equal(
    byErik.statements[0]?.text,
    '"We were told 9 million crowns in January and now it is 12 million,"',
  );
  const april = await get<StatementListBody>('/api/statements?since=2025-04&until=2025-04-30&kind=direct');
  assert.ok(april.statements.length > 0);
  for (const s of april.statements) {
    assert.equal(s.kind, 'direct');
    assert.match(s.saidOn ?? s.document.published ?? '', /^2025-04/);
  }
  const page = await get<StatementListBody>('/api/statements?offset=1&limit=2');
  assert.deepEqual(
    page.statements.map((s) => s.id),
    all.statements.slice(1, 3).map((s) => s.id),
  );
  const one = all.statements[0];
  assert.ok(one);
  const inDocument = await get<StatementListBody>(`/api/statements?document=${one.document.id}`);
  assert.ok(inDocument.statements.every((s) => s.document.id === one.document.id));
  const sure = await get<StatementListBody>('/api/statements?minConfidence=0.9&limit=100');
  const everything = await get<StatementListBody>('/api/statements?limit=100');
  assert.deepEqual(
    sure.statements.map((s) => s.id),
    everything.statements.filter((s) => s.confidence >= 0.9).map((s) => s.id),
  );
  assert.ok(sure.total > 0 && sure.total < everything.total, `${sure.total} of ${everything.total}`);
});

test('statement filters that cannot be met are refused with a reason', async () => {
  const cases: Array<[string, number, string]> = [
    ['/api/statements?since=2025-13', 400, 'since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['/api/statements?kind=shouted', 400, 'kind: expected kinds among direct, mixed, indirect, scare'],
    ['/api/statements?speaker=Nobody%20Atall', 404, 'no entity named "Nobody Atall"'],
    ['/api/statements?minConfidence=1.5', 400, 'minConfidence: expected a number from 0 to 1, such as 0.9'],
    ['/api/statements?minConfidence=sure', 400, 'minConfidence: expected a number from 0 to 1, such as 0.9'],
    ['/api/entities/person-zz', 400, 'id: an entity id is KIND-12 hexadecimal digits'],
  ];
  for (const [path, status, message] of cases) {
    const response = await server.app.request(path);
    assert.equal(response.status, status, path);
    assert.equal(((await response.json()) as { error: { message: string } }).error.message, message);
  }
});

test('an entity shows its aliases, roles, statements by month and who is named with it', async () => {
  const petra = await entityNamed('Petra Halvorsen');
  const view = await get<EntityDetailBody>(`/api/entities/${petra.id}`);
  assert.deepEqual(view.aliases.map((a) => `${a.name} ×${a.count}`).sort(), [
    'Halvorsen ×1',
    'Petra Halvorsen ×1',
  ]);
  assert.deepEqual(view.statementsByMonth, [{ month: '2025-04', statements: view.statements }]);
  assert.ok(view.statements >= 1);
  assert.ok(view.namedIn.some((d) => d.title === 'Tarnby bridge to close for six weeks of repairs'));
  assert.ok(view.coMentioned.some((m) => m.entity.name === 'Anders Molin'));
  assert.equal((await server.app.request('/api/entities/person-000000000000')).status, 404);
});

test('a document’s annotations give statements with speakers, names with entities, dates and figures', async () => {
  const { statements } = await get<StatementListBody>('/api/statements?speaker=Sandqvist');
  const id = statements[0]?.document.id;
  const found = await get<DocumentAnnotationsBody>(`/api/documents/${id}/annotations`);
  const erik = found.mentions.find((m) => m.text === 'Erik Sandqvist');
  assert.equal(erik?.name, 'Erik Sandqvist');
  assert.match(erik?.entity ?? '', /^person-/);
  assert.ok(found.dates.some((d) => d.value.startsWith('2025-04')));
  assert.ok(found.claims.some((c) => c.value === 14000 && c.qualifier === 'nearly'));
  assert.ok(found.statements.some((s) => s.speaker?.text.endsWith('Petra Halvorsen-Lind')));
});

test('claims are grouped across sources with each one’s value, hedge and independence', async () => {
  const { clusters } = await get<ClaimListBody>('/api/claims?text=14,000');
  const vehicles = clusters[0];
  assert.ok(vehicles);
  assert.deepEqual(
    vehicles.sources.map((s) => [s.text, s.qualifier]),
    [
      ['about 14,000 vehicles', 'about'],
      ['Nearly 14,000 vehicles', 'nearly'],
    ],
  );
  assert.equal(vehicles.earliest.document.published, '2025-04-03');
  assert.equal(vehicles.independentSources, 2);
  const one = await server.app.request(`/api/claims/${encodeURIComponent(vehicles.id)}`);
  assert.equal(one.status, 200, `the cluster ${vehicles.id} is found by its own id`);
  assert.deepEqual(((await one.json()) as { id: string }).id, vehicles.id);
  assert.equal((await server.app.request('/api/claims/claims%3Anothing%3A1')).status, 404);
  assert.equal((await server.app.request('/api/claims/not-a-cluster')).status, 400);
});

test('merging two entities, then undoing it, writes curation records and changes what is shown', async () => {
  const short = await entityNamed('Petra Halvorsen');
  const long = await entityNamed('Petra Halvorsen-Lind');
  const merged = await post<CurationResultBody>('/api/curations', {
    type: 'merge',
    entities: [short.id, long.id],
    reason: 'the same head of the transport office',
  });
  const curation = merged.curations[0];
  assert.equal(curation?.by, 'attest serve');
  const view = await get<EntityDetailBody>(`/api/entities/${short.id}`);
  assert.ok(view.aliases.some((a) => a.name === 'Petra Halvorsen-Lind'));
  assert.equal((await server.app.request(`/api/entities/${long.id}`)).status, 404);
  const spoken = await get<StatementListBody>(`/api/statements?speaker=${short.id}`);
  assert.ok(spoken.statements.some((s) => s.text.includes('The engineers worked through the holidays')));

  await post(`/api/curations/${curation?.id}/undo`, { by: 'Lotta' });
  assert.equal((await get<EntityDetailBody>(`/api/entities/${long.id}`)).name, 'Petra Halvorsen-Lind');
  const history = await get<CurationListBody>('/api/curations');
  assert.deepEqual(history.curations[0]?.undone?.by, 'Lotta');
  assert.equal(history.curations[0]?.reason, 'the same head of the transport office');
  const again = await server.app.request(`/api/curations/${curation?.id}/undo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  assert.equal(again.status, 404);
});

test('a statement’s speaker and kind are fixed as curations, and the fix is undone like any other', async () => {
  const { statements } = await get<StatementListBody>('/api/statements?speaker=Anders%20Molin');
  const bakery = statements[0];
  assert.ok(bakery);
  const erik = await entityNamed('Erik Sandqvist');
  const fixed = await post<CurationResultBody>(`/api/statements/${encodeURIComponent(bakery.id)}/fix`, {
    speaker: erik.id,
    kind: 'indirect',
  });
  assert.deepEqual(
    fixed.curations.map((c) => c.action.type),
    ['speaker', 'quote-kind'],
  );
  const byErik = await get<StatementListBody>(`/api/statements?document=${bakery.document.id}`);
  const shown = byErik.statements.find((s) => s.id === bakery.id);
  assert.deepEqual(
    [shown?.speaker?.name, shown?.kind, shown?.corrections.length],
    ['Erik Sandqvist', 'indirect', 2],
  );

  const erikNow = await get<StatementListBody>(`/api/statements?speaker=${erik.id}&kind=indirect`);
  assert.ok(
    erikNow.statements.some((s) => s.id === bakery.id),
    'listed under the speaker it was given',
  );
  const molinNow = await get<StatementListBody>('/api/statements?speaker=Anders%20Molin');
  assert.equal(molinNow.total, 0, 'and no longer under the one extraction found');
  const directNow = await get<StatementListBody>(
    `/api/statements?document=${bakery.document.id}&kind=direct`,
  );
  assert.ok(!directNow.statements.some((s) => s.id === bakery.id), 'nor under its old kind');

  for (const c of fixed.curations) await post(`/api/curations/${c.id}/undo`, {});
  const back = (
    await get<StatementListBody>(`/api/statements?document=${bakery.document.id}`)
  ).statements.find((s) => s.id === bakery.id);
  assert.deepEqual([back?.speaker?.name, back?.kind, back?.corrections], ['Anders Molin', 'direct', []]);

  const refused = await server.app.request(`/api/statements/${encodeURIComponent(bakery.id)}/fix`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  assert.equal(refused.status, 400);
  const other = await server.app.request('/api/statements/0000000000000000:1-2/fix', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'direct' }),
  });
  assert.equal(other.status, 404);
});

test('a change sent from another site is refused', async () => {
  const response = await server.app.request('/api/curations', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: 'https://elsewhere.example',
      'Sec-Fetch-Site': 'cross-site',
    },
    body: JSON.stringify({ type: 'alias', entity: 'person-000000000000', alias: 'X' }),
  });
  assert.equal(response.status, 403);
});

test('the timeline lists dated events and statements in calendar order, for one actor or all', async () => {
  const all = await get<TimelineBodyType>('/api/timeline?limit=100');
  const whens = all.events.map((e) => e.when.value);
  assert.deepEqual(whens, [...whens].sort());
  assert.ok(all.events.some((e) => e.kind === 'date' && e.sentence?.includes('reopen on May 12')));
  const erik = await get<TimelineBodyType>('/api/timeline?entity=Sandqvist&kind=statement');
  assert.deepEqual(
    erik.entities.map((e) => e.name),
    ['Erik Sandqvist'],
  );
  assert.ok(erik.events.every((e) => e.statement?.speaker?.name === 'Erik Sandqvist'));
  assert.deepEqual(
    erik.statementsByMonth.map((m) => m.month),
    ['2025-04', '2025-05'],
  );
  const may = await get<TimelineBodyType>('/api/timeline?from=2025-05&to=2025-05-31');
  assert.ok(may.events.length > 0 && may.events.every((e) => e.when.value.startsWith('2025-05')));
  const deep = await server.app.request('/api/timeline?offset=20000');
  assert.equal(deep.status, 400);
});

test('search narrows documents by speaker and dates, and finds statements with their words marked', async () => {
  const titles = async (path: string) =>
    (await get<SearchResponseBody>(path)).results.map((r) => r.title).sort();
  assert.equal((await titles('/api/search?q=bridge')).length, 3);
  assert.deepEqual(await titles('/api/search?q=bridge&speaker=Sandqvist'), [
    'Council questions cost of Tarnby bridge repairs',
    'Tarnby bridge to reopen early, transport office says',
  ]);
  assert.deepEqual(await titles('/api/search?q=bridge&from=2025-05'), [
    'Tarnby bridge to reopen early, transport office says',
  ]);
  assert.deepEqual(await titles('/api/search?q=bridge&to=2025-04-03'), [
    'Tarnby bridge to close for six weeks of repairs',
  ]);
  assert.deepEqual(await titles('/api/search?q=bridge&outlet=herald.example'), []);

  const found = await get<StatementSearchBody>('/api/search/statements?q=deck&kind=direct');
  assert.deepEqual(
    found.results.map((r) => r.pieces.filter((p) => p.match).map((p) => p.text)),
    [['deck'], ['deck']],
  );
  assert.deepEqual(
    found.results.map((r) => r.statement.speaker?.name),
    ['Petra Halvorsen', 'Petra Halvorsen-Lind'],
  );
  const bySpeaker = await get<StatementSearchBody>('/api/search/statements?q=million&speaker=Sandqvist');
  assert.deepEqual(
    bySpeaker.results.map((r) => r.statement.text),
    [
      '"We were told 9 million crowns in January and now it is 12 million,"',
      'the council would still review the final cost, which he put at over 12 million crowns',
    ],
  );
  const nobody = await get<StatementSearchBody>('/api/search/statements?q=million&speaker=Halvorsen-Lind');
  assert.equal(nobody.total, 0);
  const refused = await server.app.request('/api/search?q=bridge&outlet=not%20a%20domain');
  assert.equal(refused.status, 400);
});

test('an alias brings in the entity known by it; a split takes names out into an entity of their own', async () => {
  const short = await entityNamed('Petra Halvorsen');
  const long = await entityNamed('Petra Halvorsen-Lind');
  const aliased = await post<CurationResultBody>('/api/curations', {
    type: 'alias',
    entity: short.id,
    alias: 'Petra Halvorsen-Lind',
    by: 'Lotta',
  });
  assert.equal(aliased.curations[0]?.by, 'Lotta');
  const joined = await get<EntityDetailBody>(`/api/entities/${short.id}`);
  assert.ok(joined.aliases.some((a) => a.name === 'Petra Halvorsen-Lind' && a.count > 0));
  assert.equal((await server.app.request(`/api/entities/${long.id}`)).status, 404);

  const split = await post<CurationResultBody>('/api/curations', {
    type: 'split',
    entity: short.id,
    names: ['Petra Halvorsen-Lind'],
  });
  assert.deepEqual(split.unapplied, []);
  const after = await get<EntityDetailBody>(`/api/entities/${short.id}`);
  assert.ok(!after.aliases.some((a) => a.name === 'Petra Halvorsen-Lind' && a.count > 0));
  const { entities } = await get<EntityListBody>('/api/entities?name=Petra%20Halvorsen-Lind&kind=person');
  assert.ok(
    entities.some((e) => e.id !== short.id && e.name === 'Petra Halvorsen-Lind' && e.mentions > 0),
    'the names split off are an entity again',
  );

  for (const c of [...split.curations, ...aliased.curations]) await post(`/api/curations/${c.id}/undo`, {});
  assert.equal((await get<EntityDetailBody>(`/api/entities/${long.id}`)).name, 'Petra Halvorsen-Lind');
});
