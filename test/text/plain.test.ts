import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractPlain } from '../../src/text/plain.ts';
import { paragraphs, removals } from '../helpers/parts.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/plain');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

test('reads title, dateline date and unwrapped paragraphs from wire copy', () => {
  const result = extractPlain(fixture('wire-wrapped.txt'));
  assert.equal(result.title, 'KORSLAND PARLIAMENT APPROVES HARBOUR BUDGET');
  assert.deepEqual(result.published, { value: '2019-11-18', precision: 'day', from: 'dateline' });
  const body = paragraphs(result.parts);
  assert.equal(body.length, 4);
  assert.ok(
    body[0]?.startsWith("BRENHOLT, Nov 18, 2019 (Wirepost) - Korsland's"),
    'the dateline stays in the text',
  );
  assert.ok(body[1]?.includes('called for an inter-national audit'));
  assert.equal(
    body[3],
    '"We have waited long enough. The ships have waited long enough. Now we build," ' +
      'Rehnholm told reporters after the vote.',
  );
  assert.ok(body.every((p) => !p.includes('\n')));
});

test('reads title, two-name byline and a date line over blank-line paragraphs', () => {
  const result = extractPlain(fixture('blank-lines.txt'));
  assert.equal(result.title, 'Velmora library reopens after flood repairs');
  assert.equal(result.byline, 'Amira Castellanos and Jonas Halvorsen');
  assert.deepEqual(result.published, { value: '2019-11-18', precision: 'day', from: 'dateline' });
  assert.equal(result.language, 'en');
  assert.deepEqual(removals(result.parts), [
    ['title', 'Velmora library reopens after flood repairs'],
    ['byline', 'By Amira Castellanos and Jonas Halvorsen'],
    ['dateline', 'Monday, November 18, 2019'],
  ]);
  assert.deepEqual(paragraphs(result.parts), [
    'The central library of Velmora reopened on Saturday, eight months after a flood damaged its lower ' +
      'floors and more than 40,000 books.',
    'Head librarian Petra Osei said volunteers had dried and catalogued every rescued volume by hand. ' +
      '"Some of them still smell of the river," she said. "We kept them anyway."',
    'The city council paid 1.2 million crowns for the repairs, according to Deputy Mayor Oskar Lindahl.',
  ]);
});

test('removes each kind of site chrome with its reason, and the comment section to the end', () => {
  const result = extractPlain(fixture('site-chrome.txt'));
  assert.equal(result.title, 'Velmora court jails blogger for two years');
  assert.equal(result.byline, 'Farid Nouri');
  assert.deepEqual(paragraphs(result.parts), [
    'A court in the Velmoran capital on Thursday sentenced the blogger Dariush Kamrani to two years in ' +
      'prison for "spreading falsehoods", his lawyer said.',
    'Kamrani, 34, was arrested in March after writing about the water shortage in the southern provinces.',
    'His lawyer, Nasrin Abedi, said they would appeal.',
  ]);
  const removed = removals(result.parts);
  assert.deepEqual(
    removed.map(([reason]) => reason),
    [
      'date-bar',
      'navigation',
      'title',
      'byline',
      'dateline',
      'image-file-name',
      'boilerplate',
      'share-links',
      'share-links',
      'bare-url',
      'boilerplate',
      'share-links',
      'image-file-name',
      'comments',
    ],
  );
  const comments = removed.at(-1)?.[1] ?? '';
  assert.ok(
    comments.startsWith('3 comments') && comments.endsWith('Free Kamrani!'),
    'commenters are removed too',
  );
});

test('a date bar above the headline is not the article date when the article has its own', () => {
  const result = extractPlain(fixture('site-chrome.txt'));
  assert.deepEqual(result.published, { value: '2026-11-21', precision: 'day', from: 'dateline' });
  assert.deepEqual(removals(result.parts)[0], ['date-bar', 'Saturday, 23 November 2026']);
});

test('a date bar standing among site chrome is not the article date even when no other date follows', () => {
  const text =
    'Saturday, 23 November 2026\nHome > News\nFerry fares rise\n\nThe operator raised fares on Tuesday.';
  const result = extractPlain(text);
  assert.equal(result.published, null);
  assert.deepEqual(removals(result.parts)[0], ['date-bar', 'Saturday, 23 November 2026']);
});

test('a lone date above the headline, with no chrome around it, is the article date', () => {
  const result = extractPlain(fixture('date-above-title.txt'));
  assert.deepEqual(result.published, { value: '2024-03-12', precision: 'day', from: 'dateline' });
  assert.equal(result.title, 'Ferry fares to Skarvik rise by a third');
  assert.deepEqual(removals(result.parts)[0], ['dateline', '12 March 2024']);
});

test('a dateline without a year gives no publication date', () => {
  const text =
    'Ferry fares rise\n    KORSVIK, Nov 18 (Wirepost) - The operator raised fares on\nTuesday, blaming fuel.';
  const result = extractPlain(text);
  assert.equal(result.title, 'Ferry fares rise');
  assert.equal(result.published, null);
  assert.deepEqual(paragraphs(result.parts), [
    'KORSVIK, Nov 18 (Wirepost) - The operator raised fares on Tuesday, blaming fuel.',
  ]);
});

test('the precision of the publication date is as written', () => {
  const result = extractPlain('Harbour report\nNovember 2019\n\nThe harbour handled fewer ships.');
  assert.deepEqual(result.published, { value: '2019-11', precision: 'month', from: 'dateline' });
});

test("the wire's sign-off on the last line is boilerplate", () => {
  const result = extractPlain('The port reopened on Monday, the\nauthority said.\n Reuter\n');
  assert.deepEqual(paragraphs(result.parts), ['The port reopened on Monday, the authority said.']);
  assert.deepEqual(removals(result.parts), [['boilerplate', 'Reuter']]);
});

test('a URL that ends a broken sentence stays in the text', () => {
  const result = extractPlain(
    'Details are published at\nhttps://example.org/velmora/budget\nand in the gazette.',
  );
  assert.deepEqual(paragraphs(result.parts), [
    'Details are published at https://example.org/velmora/budget and in the gazette.',
  ]);
});

test('a comment prompt in the header is removed without cutting the article', () => {
  const result = extractPlain(
    'Ferry fares rise\nBy Ilse Marwood\n3 comments\n\nThe operator raised fares on Tuesday.',
  );
  assert.deepEqual(paragraphs(result.parts), ['The operator raised fares on Tuesday.']);
  assert.deepEqual(removals(result.parts).at(-1), ['comments', '3 comments']);
});

test('guesses Persian for text in Persian script', () => {
  const result = extractPlain('شهردار ولمورا روز دوشنبه گفت کتاب\u200cخانه\u200cها دوباره باز می\u200cشوند.');
  assert.equal(result.language, 'fa');
  assert.ok(paragraphs(result.parts)[0]?.includes('کتاب\u200cخانه\u200cها'));
});
