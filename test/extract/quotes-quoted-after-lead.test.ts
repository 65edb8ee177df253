import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statementsIn as statements } from '../helpers/analyzed.ts';

/** A quotation set off by a dash from the writer's words before it is what the speaker said. */

test('the writer’s summary before a dash is not part of the quotation after it', () => {
  const found = statements(
    'Ferry row\n\nMayor Ilse Varga was in no mood to compromise on the ferry plan - "It will never pay for itself," she said on Tuesday.',
  );
  assert.deepEqual(found, [{ text: '"It will never pay for itself,"', speaker: 'she', cue: 'said' }]);
});

test('a summary with a cue of its own before the dash is a statement of its own', () => {
  const found = statements(
    'Ferry row\n\nMayor Ilse Varga suggested the plan had been rushed - "We never saw the figures," she said.',
  );
  assert.deepEqual(found, [
    { text: 'the plan had been rushed', speaker: 'Mayor Ilse Varga', cue: 'suggested' },
    { text: '"We never saw the figures,"', speaker: 'she', cue: 'said' },
  ]);
});
