import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCues } from '../../src/extract/quotes/cues.ts';
import type { Frame } from '../../src/extract/quotes/frames.ts';
import { END_LABELS, withLearnedEnd } from '../../src/extract/quotes/learned/content-end.ts';
import { feature } from '../../src/extract/quotes/learned/hash.ts';
import { emptyModel, type LinearChainModel } from '../../src/extract/quotes/learned/linear-chain.ts';
import type { TokenRange } from '../../src/extract/quotes/phrases.ts';
import { findQuotations } from '../../src/extract/quotes/quotation-marks.ts';
import { indexText, type TextIndex } from '../../src/extract/quotes/text-index.ts';
import { analyzedArticle, statementsIn } from '../helpers/analyzed.ts';

/** Where reported words end: run on past clause breaks while the classifier says they go on. */

function indexed(source: string): TextIndex {
  const analyzed = analyzedArticle(`Harbour row\n\n${source}`);
  return indexText(analyzed, findQuotations(analyzed.document.text, analyzed.document.paragraphs));
}

function rangeOf(index: TextIndex, words: string): TokenRange {
  const start = index.text.indexOf(words);
  const first = index.tokens.findIndex((t) => t.start === start);
  const last = index.tokens.findIndex((t) => t.end === start + words.length);
  assert.ok(first >= 0 && last >= first, `tokens for "${words}"`);
  return { first, last };
}

/** A frame of the text's first cue with `content` drawn as its words. */
function frame(index: TextIndex, content: string): Frame {
  const cue = findCues(index)[0];
  assert.ok(cue, 'a cue');
  return {
    cue,
    sentence: index.sentenceOf[cue.head] ?? 0,
    source: null,
    sourceAntecedent: null,
    sourceInherited: false,
    content: [rangeOf(index, content)],
    postposed: false,
    addressee: null,
    adjunct: null,
  };
}

/** A classifier that always gives the same answer: `ON` (go on) or `STOP`. */
function always(answer: 'ON' | 'STOP'): LinearChainModel {
  const model = emptyModel(END_LABELS, 1 << 4);
  const bias = feature(1) & (model.buckets - 1);
  model.emissions[bias * END_LABELS.length + END_LABELS.indexOf(answer)] = 1;
  return model;
}

function contentOf(index: TextIndex, f: Frame): string[] {
  return f.content.map((r) => index.text.slice(index.tokens[r.first]?.start, index.tokens[r.last]?.end));
}

const heads = (index: TextIndex) => new Set(findCues(index).map((c) => c.head));

test('reported words run on to the end of their sentence, without its full stop, while they go on', () => {
  const index = indexed('Ilse Varga said the timetable was fair, but required more boats in winter.');
  const drawn = frame(index, 'the timetable was fair');
  assert.deepEqual(contentOf(index, withLearnedEnd(always('ON'), index, drawn, heads(index))), [
    'the timetable was fair, but required more boats in winter',
  ]);
  assert.deepEqual(contentOf(index, withLearnedEnd(always('STOP'), index, drawn, heads(index))), [
    'the timetable was fair',
  ]);
});

test('reported words never run on over another cue, into the words before their cue, or past a quotation', () => {
  const two = indexed('Ilse Varga said the fares would rise, and Tomas Renn warned of protests.');
  assert.deepEqual(
    contentOf(two, withLearnedEnd(always('ON'), two, frame(two, 'the fares would rise'), heads(two))),
    ['the fares would rise'],
    'they stop at the break before the next cue: the words from there on are its source',
  );
  const fronted = indexed('The fares would rise, Ilse Varga said on Monday at the harbour.');
  const before = frame(fronted, 'The fares would rise');
  assert.deepEqual(withLearnedEnd(always('ON'), fronted, before, heads(fronted)), before);
  const quoted = indexed('Ilse Varga called the plan “a fantasy” in a speech to the harbour board.');
  const marks = frame(quoted, '“a fantasy”');
  assert.deepEqual(withLearnedEnd(always('ON'), quoted, marks, heads(quoted)), marks);
});

test('with the shipped model, words after "but" are still what was said', () => {
  const statements = statementsIn(
    'Harbour row\n\nMayor Ilse Varga said the ferry timetable was fair, but required more boats in winter.',
  );
  assert.deepEqual(statements, [
    {
      text: 'the ferry timetable was fair, but required more boats in winter',
      speaker: 'Mayor Ilse Varga',
      cue: 'said',
    },
  ]);
});
