import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCues } from '../../src/extract/quotes/cues.ts';
import type { Frame } from '../../src/extract/quotes/frames.ts';
import { withJoinedPieces } from '../../src/extract/quotes/learned/joined-pieces.ts';
import type { TokenRange } from '../../src/extract/quotes/phrases.ts';
import { findQuotations } from '../../src/extract/quotes/quotation-marks.ts';
import { indexText, type TextIndex } from '../../src/extract/quotes/text-index.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';

/** The content the role tagger draws in pieces, as the extractor mends it. */

function indexed(source: string): TextIndex {
  const analyzed = analyzedArticle(source);
  return indexText(analyzed, findQuotations(analyzed.document.text, analyzed.document.paragraphs));
}

/** The range of tokens that spell `words` in the text. */
function rangeOf(index: TextIndex, words: string): TokenRange {
  const start = index.text.indexOf(words);
  const first = index.tokens.findIndex((t) => t.start === start);
  const last = index.tokens.findIndex((t) => t.end === start + words.length);
  assert.ok(first >= 0 && last >= first, `tokens for "${words}"`);
  return { first, last };
}

/** A frame of the text's first cue with the given source and content pieces. */
function frame(index: TextIndex, source: string | null, pieces: string[]): Frame {
  const cue = findCues(index)[0];
  assert.ok(cue, 'a cue');
  return {
    cue,
    sentence: index.sentenceOf[cue.head] ?? 0,
    source: source ? rangeOf(index, source) : null,
    sourceAntecedent: null,
    sourceInherited: false,
    content: pieces.map((p) => rangeOf(index, p)),
    postposed: false,
    addressee: null,
    adjunct: null,
  };
}

function contentOf(index: TextIndex, f: Frame): string[] {
  return f.content.map((r) => index.text.slice(index.tokens[r.first]?.start, index.tokens[r.last]?.end));
}

test('pieces of content after the cue are one phrase with the words between them', () => {
  const index = indexed(
    'Harbour row\n\nMayor Ilse Varga criticized Councillor Tomas Renn for remarks made this week about the ferry fares.',
  );
  const f = frame(index, 'Mayor Ilse Varga', ['Councillor Tomas Renn', 'remarks', 'the ferry fares']);
  assert.deepEqual(contentOf(index, withJoinedPieces(index, f)), [
    'Councillor Tomas Renn for remarks made this week about the ferry fares',
  ]);
});

test('pieces on either side of the cue, or across a sentence end, stay apart', () => {
  const index = indexed('Harbour row\n\nThe new timetable, Varga insisted, was long overdue.');
  const f = frame(index, 'Varga', ['The new timetable', 'was long overdue']);
  assert.deepEqual(contentOf(index, withJoinedPieces(index, f)), ['The new timetable', 'was long overdue']);

  const across = indexed('Harbour row\n\nVarga said the fares rose. The boats are late.');
  const g = frame(across, 'Varga', ['the fares rose', 'The boats are late']);
  assert.deepEqual(contentOf(across, withJoinedPieces(across, g)), ['the fares rose', 'The boats are late']);
});
