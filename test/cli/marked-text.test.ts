import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markSpans, superscript } from '../../src/cli/marked-text.ts';

test('marked spans are bracketed and numbered where they end', () => {
  const text = 'Varga said "we stay" and "we fight".';
  const marks = [
    { start: 12, end: 19, note: 1 },
    { start: 26, end: 34, note: 2 },
  ];
  assert.equal(markSpans(text, marks), 'Varga said "⟦we stay⟧¹" and "⟦we fight⟧²".');
});

test('nested spans pair their brackets, outer outside', () => {
  const text = 'He recalled that Lund told him to leave.';
  const marks = [
    { start: 17, end: 39, note: 1 },
    { start: 17, end: 21, note: 2 },
  ];
  assert.equal(markSpans(text, marks), 'He recalled that ⟦⟦Lund⟧² told him to leave⟧¹.');
});

test('superscript numbers have every digit', () => {
  assert.equal(superscript(1234567890), '¹²³⁴⁵⁶⁷⁸⁹⁰');
});
