import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDateLine, readDateline } from '../../src/text/plain-date.ts';
import { looksLikeHeadline, readByline, readHeader } from '../../src/text/plain-header.ts';

test('reads bylines with one or more names and drops a trailing role or agency', () => {
  assert.deepEqual(readByline('By Amira Castellanos'), { names: 'Amira Castellanos', date: null });
  assert.deepEqual(
    readByline('By Amira Castellanos and Jonas Halvorsen')?.names,
    'Amira Castellanos and Jonas Halvorsen',
  );
  assert.deepEqual(
    readByline('By Jan van der Berg, Anna Li and Ko Ito')?.names,
    'Jan van der Berg, Anna Li and Ko Ito',
  );
  assert.deepEqual(readByline('Farid Nouri, Staff Writer')?.names, 'Farid Nouri');
  assert.deepEqual(readByline('By Farid Nouri, Senior Correspondent')?.names, 'Farid Nouri');
  assert.deepEqual(readByline('By Farid Nouri, Reuters')?.names, 'Farid Nouri');
  assert.deepEqual(readByline('By Mohammad al-Hashemi in Korsvik')?.names, 'Mohammad al-Hashemi');
});

test('reads a date written in the byline', () => {
  assert.deepEqual(readByline('By Ines Marchetti | 6 March 2025'), {
    names: 'Ines Marchetti',
    date: { value: '2025-03-06', precision: 'day' },
  });
});

test('does not take body sentences for bylines', () => {
  assert.equal(readByline('By the time the vote came, Ardalani had left.'), null);
  assert.equal(readByline('by Velmora Shipping Co, said its profit rose'), null);
  assert.equal(readByline('Farid Nouri, who has covered the courts for years'), null);
});

test('reads date lines to the precision they are written with', () => {
  assert.deepEqual(readDateLine('Monday, November 18, 2019'), {
    date: { value: '2019-11-18', precision: 'day' },
    updated: false,
  });
  assert.deepEqual(readDateLine('18 Nov 2019 14:05 GMT')?.date, { value: '2019-11-18', precision: 'day' });
  assert.deepEqual(readDateLine('November 2019')?.date, { value: '2019-11', precision: 'month' });
  assert.deepEqual(readDateLine('Updated 14:05 GMT, Monday 18 November 2019'), {
    date: { value: '2019-11-18', precision: 'day' },
    updated: true,
  });
});

test('a date line needs a written year and nothing but the date', () => {
  assert.equal(readDateLine('Monday, November 18'), null);
  assert.equal(readDateLine('Sales rose in March 2019'), null);
  assert.equal(readDateLine('Today'), null);
});

test('reads datelines, with the date when a year is written', () => {
  assert.deepEqual(readDateline('KORSVIK, Nov 18, 2019 (Wirepost) - The council met.'), {
    length: 'KORSVIK, Nov 18, 2019 (Wirepost) - '.length,
    date: { value: '2019-11-18', precision: 'day' },
  });
  assert.deepEqual(readDateline('KORSVIK, Nov 18 (Wirepost) - The council met.'), {
    length: 'KORSVIK, Nov 18 (Wirepost) - '.length,
    date: null,
  });
  assert.equal(readDateline('BRENHOLT — The council met.')?.length, 'BRENHOLT — '.length);
  assert.equal(readDateline('WASHINGTON, D.C. — The council met.')?.date, null);
  assert.equal(
    readDateline('Korsvik, Nov 18 (Wirepost) - The council met.')?.length,
    'Korsvik, Nov 18 (Wirepost) - '.length,
  );
  assert.equal(readDateline('Korsvik - a town of ferries - voted.'), null);
  assert.equal(readDateline('The council met on Monday - and agreed.'), null);
});

test('a headline is short, capitalised and not ended like a sentence', () => {
  assert.equal(looksLikeHeadline('Velmora library reopens after flood repairs'), true);
  assert.equal(looksLikeHeadline('KORSLAND PARLIAMENT APPROVES HARBOUR BUDGET'), true);
  assert.equal(looksLikeHeadline('Is the Skarvik ferry worth saving?'), true);
  assert.equal(looksLikeHeadline('$1m payoff for former harbour chief'), true);
  assert.equal(looksLikeHeadline('The library reopened on Saturday.'), false);
  assert.equal(looksLikeHeadline('the library reopened on Saturday after'), false);
});

test('takes the first headline-like line set apart from the body as the title', () => {
  const header = readHeader(['Velmora library reopens', '', 'The library reopened on Saturday.']);
  assert.equal(header.title, 'Velmora library reopens');
  assert.equal(header.bodyStart, 2);
});

test('does not take a hard-wrapped first body line for a title', () => {
  const lines = [
    'The central library of Velmora reopened on Saturday after',
    'a flood damaged its lower floors.',
  ];
  assert.equal(readHeader(lines).title, null);
  assert.equal(readHeader(lines).bodyStart, 0);
});

test('does not take a one-line text for a title, nor the first row of a table', () => {
  assert.equal(readHeader(['Velmora lighthouse reopens']).title, null);
  assert.equal(
    readHeader(['Shr 34 cts vs 19 cts', '    Net 807,000 vs 285,000', '    Revs 12 mln vs 9 mln']).title,
    null,
  );
});

test('separates navigation crumbs glued to the headline on one line', () => {
  const header = readHeader(['Home > World > Middle East Velmora court jails blogger', '', 'A court ruled.']);
  assert.equal(header.title, 'Velmora court jails blogger');
  assert.deepEqual(header.entries.slice(0, 2), [
    { kind: 'removed', reason: 'navigation', text: 'Home > World > Middle East' },
    { kind: 'removed', reason: 'title', text: 'Velmora court jails blogger' },
  ]);
});
