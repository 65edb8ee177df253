import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveEntities } from '../../src/resolve/entities/index.ts';
import { findEntities } from '../../src/resolve/entities/lookup.ts';
import { local } from '../helpers/locals.ts';

const { entities } = resolveEntities([
  local('d1', 0, 'person', ['Qasem Tavassoli×3', 'Tavassoli×2']),
  local('d2', 0, 'person', ['Ghasem Tavasoli']),
  local('d3', 0, 'person', ['Ali Karimi']),
  local('d4', 0, 'person', ['Ali Karami']),
  local('d5', 0, 'organization', ['Islamic Revolutionary Guard Corps', 'IRGC'], { acronyms: ['IRGC'] }),
]);

const namesFound = (query: string) => findEntities(entities, query).map((e) => e.name);

test('finds a person by any spelling of the full name or the surname', () => {
  assert.deepEqual(namesFound('Qassem Tavassoli'), ['Qasem Tavassoli']);
  assert.deepEqual(namesFound('tavasoli'), ['Qasem Tavassoli']);
});

test('never finds a look-alike: Karimi is not Karami', () => {
  assert.deepEqual(namesFound('Karimi'), ['Ali Karimi']);
  assert.deepEqual(namesFound('Ali Karami'), ['Ali Karami']);
  assert.deepEqual(namesFound('Reza Karimi'), []);
});

test('finds an organisation by its acronym or its name', () => {
  assert.deepEqual(namesFound('IRGC'), ['Islamic Revolutionary Guard Corps']);
  assert.deepEqual(namesFound('islamic revolutionary guard corps'), ['Islamic Revolutionary Guard Corps']);
});
