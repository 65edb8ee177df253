import assert from 'node:assert/strict';
import { findCues } from '../../src/extract/quotes/cues.ts';
import type { Frame } from '../../src/extract/quotes/frames.ts';
import type { TokenRange } from '../../src/extract/quotes/phrases.ts';
import { findQuotations } from '../../src/extract/quotes/quotation-marks.ts';
import { indexText, type TextIndex } from '../../src/extract/quotes/text-index.ts';
import { analyzedArticle } from './analyzed.ts';

/**
 * Frames drawn by hand over a fictional article, for the steps that mend a frame the taggers drew:
 * the article indexed as the statement extractor reads it, and a frame of its first cue with the
 * source and content given as words of the text.
 */

export function indexedArticle(source: string): TextIndex {
  const analyzed = analyzedArticle(source);
  return indexText(analyzed, findQuotations(analyzed.document.text, analyzed.document.paragraphs));
}

/** The range of tokens that spell `words` in the text (their first occurrence). */
export function rangeOf(index: TextIndex, words: string): TokenRange {
  const start = index.text.indexOf(words);
  const first = index.tokens.findIndex((t) => t.start === start);
  const last = index.tokens.findIndex((t) => t.end === start + words.length);
  assert.ok(first >= 0 && last >= first, `tokens for "${words}"`);
  return { first, last };
}

/** A frame of the text's first cue with the given source and content pieces. */
export function firstCueFrame(index: TextIndex, source: string | null, pieces: readonly string[]): Frame {
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

/** The words of a frame's content, piece by piece. */
export function contentOf(index: TextIndex, frame: Frame): string[] {
  return frame.content.map((r) => index.text.slice(index.tokens[r.first]?.start, index.tokens[r.last]?.end));
}
