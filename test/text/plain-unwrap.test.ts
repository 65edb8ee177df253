import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutOf, unwrap } from '../../src/text/plain-unwrap.ts';

function unwrapAll(lines: string[]): string[] {
  return unwrap(lines, layoutOf(lines));
}

/** The lines as one paragraph: trimmed and joined by spaces. */
function joined(lines: string[]): string {
  return lines.map((line) => line.trim()).join(' ');
}

test('joins a line broken mid-sentence', () => {
  assert.deepEqual(
    unwrapAll(['The council of Brenholt voted on Monday to', 'close the old ferry terminal.']),
    ['The council of Brenholt voted on Monday to close the old ferry terminal.'],
  );
});

test('starts a paragraph at an indented line, as wire copy does', () => {
  const lines = [
    'The council of Brenholt voted on Monday to close the old ferry',
    'terminal, ending a dispute that had lasted two years.',
    '    The vote was 12 to 3. The mayor, Ilse Marwood, said the',
    'terminal would become a museum.',
  ];
  assert.deepEqual(unwrapAll(lines), [joined(lines.slice(0, 2)), joined(lines.slice(2))]);
});

test('keeps a break after a short line that ends a sentence before a new one', () => {
  const lines = [
    'The council of Brenholt voted on Monday to close the old ferry',
    'terminal after two years of dispute.',
    'The mayor said the terminal would become a museum of the sea.',
  ];
  assert.deepEqual(unwrapAll(lines), [
    'The council of Brenholt voted on Monday to close the old ferry terminal after two years of dispute.',
    'The mayor said the terminal would become a museum of the sea.',
  ]);
});

test('joins a sentence end where the next word would not have fitted on the line', () => {
  const lines = [
    'The council of Brenholt voted on Monday to close the old terminal.',
    'Councillors said the building was unsafe and could not be repaired',
    'at a reasonable cost.',
  ];
  assert.deepEqual(unwrapAll(lines), [joined(lines)]);
});

test('keeps the hyphen of a word broken across lines and drops only the line break', () => {
  assert.deepEqual(unwrapAll(['She called for an inter-', 'national audit of the port.']), [
    'She called for an inter-national audit of the port.',
  ]);
});

test('starts a paragraph at each list item', () => {
  assert.deepEqual(unwrapAll(['The union asked for:', '- back pay for three months', '- a new contract']), [
    'The union asked for:',
    '- back pay for three months',
    '- a new contract',
  ]);
});

test('keeps one paragraph a line when each line is a whole paragraph', () => {
  const lines = [
    'The council of Brenholt voted on Monday to close the old ferry terminal after two years of dispute, ' +
      'ending a quarrel that had split the town.',
    'The mayor said the building would become a museum.',
    'Councillors from the opposition said they would appeal against the decision in the regional court, ' +
      'which sits in Korsvik.',
  ];
  assert.deepEqual(unwrapAll(lines), lines);
});
