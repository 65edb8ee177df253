import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LocalEntity } from '../../src/model.ts';
import { resolveEntities } from '../../src/resolve/entities/index.ts';
import { local } from '../helpers/locals.ts';
import { mentionsOf } from '../helpers/mentions.ts';

/** The groups of local entities as `documentId:chain` lists, sorted, for comparing groupings. */
function groupsOf(locals: LocalEntity[]): string[][] {
  const { assignments } = resolveEntities(locals);
  const groups = new Map<string, string[]>();
  for (const a of assignments)
    groups.set(a.entityId, [...(groups.get(a.entityId) ?? []), `${a.documentId}:${a.chain}`]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

test('one person across transliterations of the given name and the surname', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'person', ['Ghasem Tavassoli×3']),
      local('d2', 0, 'person', ['Qasem Tavasoli']),
      local('d3', 0, 'person', ['Qassem Tavassoli', 'Tavassoli×2']),
      local('d4', 0, 'person', ['Hossein Sharifnejad']),
      local('d5', 0, 'person', ['Hussain Sharif-Nejad']),
      local('d6', 0, 'person', ['Hoseyn Sharif Nezhad']),
      local('d7', 0, 'person', ['Mohammed-Javad Larijanpour']),
      local('d8', 0, 'person', ['Mohammad Javad Larijanpour']),
      local('d9', 0, 'person', ['Mohammadjavad Larijanpour']),
    ]),
    [
      ['d1:0', 'd2:0', 'd3:0'],
      ['d4:0', 'd5:0', 'd6:0'],
      ['d7:0', 'd8:0', 'd9:0'],
    ],
  );
});

test('look-alike names stay apart: one vowel apart, father and son, two men named Reza', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'person', ['Ali Karimi']),
      local('d2', 0, 'person', ['Ali Karami']),
      local('d3', 0, 'person', ['Hamid Karimi']),
      local('d4', 0, 'person', ['Reza Tavana']),
      local('d5', 0, 'person', ['Reza Farokhzad']),
      local('d6', 0, 'person', ['Reza']),
      local('d7', 0, 'person', ['Hassan Bolandi']),
      local('d8', 0, 'person', ['Hossein Bolandi']),
    ]),
    [['d1:0'], ['d2:0'], ['d3:0'], ['d4:0'], ['d5:0'], ['d6:0'], ['d7:0'], ['d8:0']],
  );
});

test('a bare surname joins the only full name it fits, and stays apart when two fit', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'person', ['Bahram Zolfaghari']),
      local('d2', 0, 'person', ['Zolfaghari×2']),
      local('d3', 0, 'person', ['Ali Sanjabi']),
      local('d4', 0, 'person', ['Hamid Sanjabi']),
      local('d5', 0, 'person', ['Sanjabi']),
      local('d6', 0, 'other', ['Sanjabi']),
    ]),
    [['d1:0', 'd2:0'], ['d3:0'], ['d4:0'], ['d5:0'], ['d6:0']],
  );
});

test('roles choose among full names a bare surname could mean', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'person', ['Ali Sanjabi'], { roles: ['a retired judge'] }),
      local('d2', 0, 'person', ['Hamid Sanjabi'], { roles: ['a student activist'] }),
      local('d3', 0, 'person', ['Sanjabi'], { titles: ['Judge'] }),
    ]),
    [['d1:0', 'd3:0'], ['d2:0']],
  );
});

test('a rare typo of a frequent name joins it; two established spellings one vowel apart do not', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'person', ['Nasser Mirbagheri×5']),
      local('d2', 0, 'person', ['Nasser Mirbagheri×4']),
      local('d3', 0, 'person', ['Nasser Mirbaheri']),
      local('d4', 0, 'person', ['Saeed Jalili×5']),
      local('d5', 0, 'person', ['Saeed Jalali']),
    ]),
    [['d1:0', 'd2:0', 'd3:0'], ['d4:0'], ['d5:0']],
  );
});

test('organisations merge through acronyms learned in other documents', () => {
  const locals = [
    local('d1', 0, 'organization', ['Kavir Rights News Agency', 'KRNA×2'], { acronyms: ['KRNA'] }),
    local('d2', 0, 'organization', ['KRNA']),
    local('d3', 0, 'organization', ['Kavir Rights News Agency']),
    local('d4', 0, 'organization', ['Islamic Revolutionary Guard Corps', 'IRGC'], { acronyms: ['IRGC'] }),
    local('d5', 0, 'organization', ['Islamic Revolutionary Guards Corps', 'IRGC'], { acronyms: ['IRGC'] }),
    local('d6', 0, 'organization', ['IRGC×3']),
    local('d7', 0, 'organization', ['Prison Reform Council', 'PRC'], { acronyms: ['PRC'] }),
    local('d8', 0, 'organization', ['Parents Relief Centre', 'PRC'], { acronyms: ['PRC'] }),
    local('d9', 0, 'organization', ['PRC']),
  ];
  assert.deepEqual(groupsOf(locals), [
    ['d1:0', 'd2:0', 'd3:0'],
    ['d4:0', 'd5:0', 'd6:0'],
    ['d7:0'],
    ['d8:0'],
    ['d9:0'],
  ]);
  const irgc = resolveEntities(locals).entities.find((e) => e.aliases.some((a) => a.name === 'IRGC'));
  assert.deepEqual(irgc?.aliases, [
    { name: 'IRGC', count: 5 },
    { name: 'Islamic Revolutionary Guard Corps', count: 1 },
    { name: 'Islamic Revolutionary Guards Corps', count: 1 },
  ]);
});

test('entities keep every alias with its count, and prefer the most complete, then most used, name', () => {
  const { entities } = resolveEntities([
    local('d1', 0, 'person', ['Ghasem Tavassoli', 'Tavassoli×4']),
    local('d2', 0, 'person', ['Qasem Tavassoli×2', 'Tavassoli']),
    local('d3', 0, 'person', ['Qasem Tavassoli']),
  ]);
  assert.equal(entities.length, 1);
  assert.equal(entities[0]?.name, 'Qasem Tavassoli');
  assert.deepEqual(entities[0]?.aliases, [
    { name: 'Tavassoli', count: 5 },
    { name: 'Qasem Tavassoli', count: 3 },
    { name: 'Ghasem Tavassoli', count: 1 },
  ]);
  assert.equal(entities[0]?.documents, 3);
  assert.equal(entities[0]?.mentions, 9);
});

test('ids derive from content: the same corpus in any order gives the same ids', () => {
  const locals = [
    local('d1', 0, 'person', ['Ali Karimi']),
    local('d2', 0, 'person', ['Ali Karami']),
    local('d3', 0, 'place', ['Teheran']),
    local('d4', 0, 'place', ['Tehran']),
    local('d5', 0, 'organization', ['IRGC']),
  ];
  const forward = resolveEntities(locals);
  const backward = resolveEntities([...locals].reverse());
  assert.deepEqual(forward.entities, backward.entities);
  assert.equal(new Set(forward.entities.map((e) => e.id)).size, 4);
  assert.match(forward.entities[0]?.id ?? '', /^(person|place|organization)-[0-9a-f]{12}$/);
});

test('places unify country names and spellings', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'place', ['Persia']),
      local('d2', 0, 'place', ['Iran']),
      local('d3', 0, 'place', ['Esfahan']),
      local('d4', 0, 'place', ['Isfahan']),
    ]),
    [
      ['d1:0', 'd2:0'],
      ['d3:0', 'd4:0'],
    ],
  );
});

test('from fictional articles to entities, with roles and their sources', () => {
  const a = mentionsOf(
    'Judge Abolhassan Moghaddasi, the head of Branch 26 of the Revolutionary Court, sentenced three men.',
  );
  const b = mentionsOf('Lawyers said Moghaddasi sentenced the activist Parisa Nowruzi.');
  const { entities } = resolveEntities([...a.locals, ...b.locals], [...a.roles, ...b.roles]);
  const judge = entities.find((e) => e.name === 'Abolhassan Moghaddasi');
  assert.deepEqual(judge?.aliases, [
    { name: 'Abolhassan Moghaddasi', count: 1 },
    { name: 'Moghaddasi', count: 1 },
  ]);
  assert.deepEqual(
    judge?.roles.map((r) => r.text),
    ['Judge', 'the head of Branch 26 of the Revolutionary Court'],
  );
  assert.equal(judge?.documents, 2);
});

test('organisations known by a short form elsewhere: a distinctive first word, initials, a part', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'organization', ['Basij Resistance Force']),
      local('d2', 0, 'organization', ['Basij×2']),
      local('d3', 0, 'organization', ['Kavir Relief Fund']),
      local('d4', 0, 'organization', ['KRF']),
      local('d5', 0, 'organization', ['Islamic Revolutionary Guard Corps']),
      local('d6', 0, 'organization', ['Revolutionary Guards']),
      local('d7', 0, 'organization', ['Ministry of Intelligence']),
      local('d8', 0, 'organization', ['Intelligence Ministry']),
    ]),
    [
      ['d1:0', 'd2:0'],
      ['d3:0', 'd4:0'],
      ['d5:0', 'd6:0'],
      ['d7:0', 'd8:0'],
    ],
  );
});

test('a short form that fits two organisations, or is too short to tell, stays apart', () => {
  assert.deepEqual(
    groupsOf([
      local('d7', 0, 'organization', ['Golestan Services']),
      local('d8', 0, 'organization', ['GS']),
      local('d9', 0, 'organization', ['Investors Service Inc×5']),
      local('e1', 0, 'organization', ['Nippon Investors Service Inc']),
      local('e2', 0, 'organization', ['Holdings Inc']),
      local('e3', 0, 'organization', ['Sepehr Energy Holdings Inc']),
      local('d1', 0, 'organization', ['Supreme National Security Council']),
      local('d2', 0, 'organization', ['Supreme Cultural Revolution Council']),
      local('d3', 0, 'organization', ['Supreme Council']),
      local('d4', 0, 'organization', ['Islamic Revolution Court']),
      local('d5', 0, 'organization', ['Islamic Republic Court']),
      local('d6', 0, 'organization', ['IRC']),
    ]),
    [
      ['d1:0'],
      ['d2:0'],
      ['d3:0'],
      ['d4:0'],
      ['d5:0'],
      ['d6:0'],
      ['d7:0'],
      ['d8:0'],
      ['d9:0'],
      ['e1:0'],
      ['e2:0'],
      ['e3:0'],
    ],
  );
});

test('bare surnames a title calls a woman and a man stay apart when both fit', () => {
  assert.deepEqual(
    groupsOf([
      local('d1', 0, 'person', ['Behrouz Karbasi']),
      local('d2', 0, 'person', ['Shirin Karbasi']),
      local('d3', 0, 'person', ['Karbasi'], { titles: ['Mrs.'] }),
      local('d4', 0, 'person', ['Karbasi'], { titles: ['Mr.'] }),
      local('d5', 0, 'person', ['Davoud Pakzad']),
      local('d6', 0, 'person', ['Leila Pakzad']),
      local('d7', 0, 'person', ['Pakzad'], { titles: ['Ms.'] }),
      local('d8', 0, 'person', ['Pakzad'], { titles: ['Dr.'] }),
    ]),
    [['d1:0', 'd4:0'], ['d2:0', 'd3:0'], ['d5:0'], ['d6:0', 'd7:0'], ['d8:0']],
  );
});

test('the preferred name is not the capitals of a dateline, however often the wire prints them', () => {
  const { entities } = resolveEntities([
    local('a', 0, 'place', ['TEHRAN×1']),
    local('b', 0, 'place', ['TEHRAN×1']),
    local('c', 0, 'place', ['TEHRAN×1']),
    local('d', 0, 'place', ['Tehran×1']),
  ]);
  assert.deepEqual(
    entities.map((e) => [e.name, e.mentions]),
    [['Tehran', 4]],
  );
});
