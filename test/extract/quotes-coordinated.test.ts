import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statementsIn as statements } from '../helpers/analyzed.ts';

/** A second cue joined to the first by "and" or "but" says something of its own. */

test('"said A, but added B" is two statements by the same speaker', () => {
  const found = statements(
    'Ferry row\n\nMayor Ilse Varga said the ferry fares were too high, but added that the new boats had been a success.',
  );
  assert.deepEqual(found, [
    { text: 'the ferry fares were too high', speaker: 'Mayor Ilse Varga', cue: 'said' },
    { text: 'that the new boats had been a success', speaker: 'Mayor Ilse Varga', cue: 'added' },
  ]);
});

test('"criticised A and said B": what was criticised stops where the saying starts', () => {
  const found = statements(
    'Ferry row\n\nCouncillor Tomas Renn criticised the timetable and said the harbour needed a second pier.',
  );
  assert.deepEqual(found, [
    { text: 'the timetable', speaker: 'Councillor Tomas Renn', cue: 'criticised' },
    { text: 'the harbour needed a second pier', speaker: 'Councillor Tomas Renn', cue: 'said' },
  ]);
});
