import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withJoinedPieces } from '../../src/extract/quotes/learned/joined-pieces.ts';
import { contentOf, firstCueFrame, indexedArticle } from '../helpers/frames.ts';

/** The content the role tagger draws in pieces, as the extractor mends it. */

test('pieces of content after the cue are one phrase with the words between them', () => {
  const index = indexedArticle(
    'Harbour row\n\nMayor Ilse Varga criticized Councillor Tomas Renn for remarks made this week about the ferry fares.',
  );
  const f = firstCueFrame(index, 'Mayor Ilse Varga', ['Councillor Tomas Renn', 'remarks', 'the ferry fares']);
  assert.deepEqual(contentOf(index, withJoinedPieces(index, f)), [
    'Councillor Tomas Renn for remarks made this week about the ferry fares',
  ]);
});

test('pieces on either side of the cue, or across a sentence end, stay apart', () => {
  const index = indexedArticle('Harbour row\n\nThe new timetable, Varga insisted, was long overdue.');
  const f = firstCueFrame(index, 'Varga', ['The new timetable', 'was long overdue']);
  assert.deepEqual(contentOf(index, withJoinedPieces(index, f)), ['The new timetable', 'was long overdue']);

  const across = indexedArticle('Harbour row\n\nVarga said the fares rose. The boats are late.');
  const g = firstCueFrame(across, 'Varga', ['the fares rose', 'The boats are late']);
  assert.deepEqual(contentOf(across, withJoinedPieces(across, g)), ['the fares rose', 'The boats are late']);
});
