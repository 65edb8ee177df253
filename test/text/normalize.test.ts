import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeParagraph } from '../../src/text/normalize.ts';

test('composes characters to NFC', () => {
  const decomposed = 'Cafe\u0301 in Vo\u0308lmora';
  assert.equal(normalizeParagraph(decomposed), 'Café in Völmora');
  assert.equal(normalizeParagraph(decomposed).length, 'Café in Völmora'.length);
});

test('collapses runs of spaces, tabs and line breaks and trims the ends', () => {
  assert.equal(
    normalizeParagraph('  The mayor\t\tsaid   so,\n  her office\r\nadded.  '),
    'The mayor said so, her office added.',
  );
});

test('turns no-break and typographic spaces into plain spaces', () => {
  assert.equal(
    normalizeParagraph('1,500\u00a0people in\u202fBrenholt\u2009and\u3000Skarvik'),
    '1,500 people in Brenholt and Skarvik',
  );
});

test('removes zero-width spaces, soft hyphens and stray byte-order marks', () => {
  assert.equal(normalizeParagraph('\ufeffinter\u00adnational wa\u200bter'), 'international water');
});

test('keeps the zero-width non-joiner and joiner that Persian and emoji need', () => {
  const persian = 'کتاب\u200cها می\u200cروند';
  assert.equal(normalizeParagraph(persian), persian);
  const family = '👩\u200d👩\u200d👧';
  assert.equal(normalizeParagraph(family), family);
});

test('keeps quote marks, apostrophes and dashes exactly as printed', () => {
  const printed = '“It’s over,” she said — \'really\' — and "twice" ‘more’ «then».';
  assert.equal(normalizeParagraph(printed), printed);
});

test('drops control characters that are not whitespace', () => {
  assert.equal(normalizeParagraph('The\u0007 port\u001a reopened.'), 'The port reopened.');
});
