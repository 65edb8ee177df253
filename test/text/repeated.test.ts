import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatedParagraphs } from '../../src/text/repeated.ts';

test('marks a later exact repeat and keeps the first', () => {
  const quote = '"We load the ships, and the ships leave without paying us," said Arvo Kettunen.';
  assert.deepEqual(repeatedParagraphs([quote, 'The union met on Friday to decide.', quote]), [
    false,
    false,
    true,
  ]);
});

test('ignores differences of case and whitespace', () => {
  const first = 'The port authority said wages would be paid within days.';
  const again = 'THE PORT  authority said wages\nwould be paid within days.';
  assert.deepEqual(repeatedParagraphs([first, again]), [false, true]);
});

test('does not treat different wording as a repeat', () => {
  const first = 'The port authority said wages would be paid within days.';
  const other = 'The port authority said wages would be paid within weeks.';
  assert.deepEqual(repeatedParagraphs([first, other]), [false, false]);
});

test('keeps short lines that repeat in real articles', () => {
  assert.deepEqual(
    repeatedParagraphs(['Wheat 2.55 2.40', 'Corn 1.35', 'Wheat 2.55 2.40', 'Thank you.', 'Thank you.']),
    [false, false, false, false, false],
  );
});
