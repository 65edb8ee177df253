import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCues } from '../../src/extract/quotes/cues.ts';
import type { Frame } from '../../src/extract/quotes/frames.ts';
import { END_LABELS, withLearnedEnd } from '../../src/extract/quotes/learned/content-end.ts';
import { feature } from '../../src/extract/quotes/learned/hash.ts';
import { emptyModel, type LinearChainModel } from '../../src/extract/quotes/learned/linear-chain.ts';
import type { TextIndex } from '../../src/extract/quotes/text-index.ts';
import { statementsIn } from '../helpers/analyzed.ts';
import { contentOf, firstCueFrame, indexedArticle } from '../helpers/frames.ts';

/** Where reported words end: run on past clause breaks while the classifier says they go on. */

/** The article, indexed, with the title line the helper's articles open with. */
function indexed(source: string): TextIndex {
  return indexedArticle(`Harbour row\n\n${source}`);
}

/** A frame of the text's first cue with `content` drawn as its words. */
function frame(index: TextIndex, content: string): Frame {
  return firstCueFrame(index, null, [content]);
}

/** A classifier that always gives the same answer: `ON` (go on) or `STOP`. */
function always(answer: 'ON' | 'STOP'): LinearChainModel {
  const model = emptyModel(END_LABELS, 1 << 4);
  const bias = feature(1) & (model.buckets - 1);
  model.emissions[bias * END_LABELS.length + END_LABELS.indexOf(answer)] = 1;
  return model;
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
