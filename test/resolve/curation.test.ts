import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Curation, CurationAction, LocalEntity } from '../../src/model.ts';
import { applyCurations } from '../../src/resolve/curation.ts';
import { resolveEntities } from '../../src/resolve/entities/index.ts';
import { local } from '../helpers/locals.ts';

function curation(id: string, action: CurationAction, undone = false): Curation {
  return {
    id,
    by: 'researcher',
    at: '2026-11-20T10:00:00Z',
    reason: null,
    action,
    undone: undone ? { by: 'researcher', at: '2026-11-21T10:00:00Z' } : null,
  };
}

const corpus: LocalEntity[] = [
  local('d1', 0, 'person', ['Qasem Tavassoli×2', 'Tavassoli']),
  local('d2', 0, 'person', ['Ghasem Tavasoli']),
  local('d3', 0, 'organization', ['Sepah×2']),
  local('d4', 0, 'organization', ['Islamic Revolutionary Guard Corps', 'IRGC'], { acronyms: ['IRGC'] }),
  local('d5', 0, 'other', ['Tavassoli Foundation']),
];

function idOf(locals: LocalEntity[], name: string): string {
  const resolution = resolveEntities(locals);
  const found = resolution.entities.find((e) => e.aliases.some((a) => a.name === name));
  assert.ok(found, `an entity named ${name}`);
  return found.id;
}

test('merge joins entities under the first id; undone, it gives back the original', () => {
  const resolution = resolveEntities(corpus);
  const irgc = idOf(corpus, 'IRGC');
  const sepah = idOf(corpus, 'Sepah');
  const merged = applyCurations(corpus, resolution, [
    curation('c1', { type: 'merge', entities: [irgc, sepah] }),
  ]);
  const entity = merged.entities.find((e) => e.id === irgc);
  assert.deepEqual(entity?.aliases, [
    { name: 'Sepah', count: 2 },
    { name: 'IRGC', count: 1 },
    { name: 'Islamic Revolutionary Guard Corps', count: 1 },
  ]);
  assert.equal(entity?.documents, 2);
  assert.equal(merged.entities.length, resolution.entities.length - 1);
  assert.equal(merged.assignments.find((a) => a.documentId === 'd3')?.entityId, irgc);

  const undone = applyCurations(corpus, resolution, [
    curation('c1', { type: 'merge', entities: [irgc, sepah] }, true),
  ]);
  assert.deepEqual(undone.entities, resolution.entities);
  assert.deepEqual(undone.assignments, resolution.assignments);
  assert.deepEqual(undone.unapplied, []);
});

test('a rename survives a new resolution run over a larger corpus', () => {
  const id = idOf(corpus, 'Qasem Tavassoli');
  const rename = curation('c2', { type: 'rename', entity: id, name: 'Qassem Tavassoli' });
  const grown = [...corpus, local('d6', 0, 'person', ['Qasim Tavassoli×5'])];
  const rerun = applyCurations(grown, resolveEntities(grown), [rename]);
  const entity = rerun.entities.find((e) => e.id === id);
  assert.equal(entity?.name, 'Qassem Tavassoli');
  assert.equal(entity?.documents, 3);
});

test('a split keeps the named aliases apart even when resolution joins them', () => {
  const id = idOf(corpus, 'Qasem Tavassoli');
  const split = curation('c3', { type: 'split', entity: id, names: ['Ghasem Tavasoli'] });
  const result = applyCurations(corpus, resolveEntities(corpus), [split]);
  const kept = result.entities.find((e) => e.id === id);
  const apart = result.entities.find((e) => e.name === 'Ghasem Tavasoli');
  assert.deepEqual(kept?.aliases, [
    { name: 'Qasem Tavassoli', count: 2 },
    { name: 'Tavassoli', count: 1 },
  ]);
  assert.deepEqual(apart?.aliases, [{ name: 'Ghasem Tavasoli', count: 1 }]);
  assert.notEqual(apart?.id, id);
  assert.equal(result.assignments.find((a) => a.documentId === 'd2')?.entityId, apart?.id);
  // The next run, with one more document, splits the same way and gives the split entity the same id.
  const grown = [...corpus, local('d6', 0, 'person', ['Ghasem Tavasoli'])];
  const again = applyCurations(grown, resolveEntities(grown), [split]);
  assert.equal(again.entities.find((e) => e.name === 'Ghasem Tavasoli')?.id, apart?.id);
  assert.equal(again.entities.find((e) => e.name === 'Ghasem Tavasoli')?.documents, 2);
});

test('an alias brings in the local entities known by it, and a kind corrects the type', () => {
  const irgc = idOf(corpus, 'IRGC');
  const foundation = idOf(corpus, 'Tavassoli Foundation');
  const result = applyCurations(corpus, resolveEntities(corpus), [
    curation('c4', { type: 'alias', entity: irgc, alias: 'Sepah' }),
    curation('c5', { type: 'alias', entity: irgc, alias: 'Pasdaran' }),
    curation('c6', { type: 'kind', entity: foundation, kind: 'organization' }),
  ]);
  const entity = result.entities.find((e) => e.id === irgc);
  assert.deepEqual(
    entity?.aliases.map((a) => `${a.name}×${a.count}`),
    ['Sepah×2', 'IRGC×1', 'Islamic Revolutionary Guard Corps×1', 'Pasdaran×0'],
  );
  assert.equal(result.entities.find((e) => e.id === foundation)?.kind, 'organization');
});

test('curations after a merge follow the merged id; a curation naming a lost entity is reported', () => {
  const irgc = idOf(corpus, 'IRGC');
  const sepah = idOf(corpus, 'Sepah');
  const result = applyCurations(corpus, resolveEntities(corpus), [
    curation('c7', { type: 'merge', entities: [irgc, sepah] }),
    curation('c8', { type: 'rename', entity: sepah, name: 'Revolutionary Guards' }),
    curation('c9', { type: 'rename', entity: 'person-000000000000', name: 'Nobody' }),
    curation('c10', { type: 'speaker', quote: 'q1', entity: null, name: 'Unnamed' }),
  ]);
  assert.equal(result.entities.find((e) => e.id === irgc)?.name, 'Revolutionary Guards');
  assert.deepEqual(result.unapplied, ['c9']);
});
