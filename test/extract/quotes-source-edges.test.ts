import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCues } from '../../src/extract/quotes/cues.ts';
import { emptyFrame } from '../../src/extract/quotes/frames.ts';
import { withSourceEdges } from '../../src/extract/quotes/learned/source-edges.ts';
import type { TokenRange } from '../../src/extract/quotes/phrases.ts';
import { findQuotations } from '../../src/extract/quotes/quotation-marks.ts';
import { indexText, type TextIndex } from '../../src/extract/quotes/text-index.ts';
import { textPublishedOn } from '../helpers/dated.ts';

/** The source the role tagger draws, with its edges where news corpora put them. */

/** Text segmented as given, its line breaks kept (the text stage would join a paragraph's lines). */
function indexed(source: string): TextIndex {
  const analyzed = textPublishedOn(null, source);
  return indexText(analyzed, findQuotations(analyzed.document.text, analyzed.document.paragraphs));
}

/** The range of tokens from the start of `from` to the end of `to` (the last time `to` occurs). */
function rangeOf(index: TextIndex, from: string, to = from): TokenRange {
  const start = index.text.indexOf(from);
  const end = index.text.lastIndexOf(to) + to.length;
  const first = index.tokens.findIndex((t) => t.start === start);
  const last = index.tokens.findIndex((t) => t.end === end);
  assert.ok(first >= 0 && last >= first, `tokens from "${from}" to "${to}"`);
  return { first, last };
}

/** The source of the frame of the text's first cue, tagged as `[from, to]`, once its edges are drawn. */
function sourceOf(text: string, from: string, to: string): string | null {
  const index = indexed(text);
  const cue = findCues(index)[0];
  assert.ok(cue, 'a cue');
  const frame = { ...emptyFrame(cue, index.sentenceOf[cue.head] ?? 0), source: rangeOf(index, from, to) };
  const { source } = withSourceEdges(index, frame);
  return source ? index.text.slice(index.tokens[source.first]?.start, index.tokens[source.last]?.end) : null;
}

test('a speaker stands on the line of the cue: a list number or a headline above is no part of it', () => {
  const text = 'Ferry voices\n7\nIlse Varga said the fares were too high.';
  assert.equal(sourceOf(text, '7', 'Ilse Varga'), 'Ilse Varga');
});

test('a speaker starts after the dateline', () => {
  const text = 'PORT ELLEN (Fictional Wire) - Mayor Ilse Varga said the fares were too high.';
  assert.equal(sourceOf(text, 'PORT', 'Ilse Varga'), 'Mayor Ilse Varga');
  const titleCase = 'Port Ellen, May 3 (Fictional Wire) - Mayor Ilse Varga said the fares were too high.';
  assert.equal(sourceOf(titleCase, 'Port', 'Ilse Varga'), 'Mayor Ilse Varga');
});

test('when the words were said is no part of the speaker, but a clause about the speaker keeps its time', () => {
  assert.equal(
    sourceOf('Ilse Varga, the mayor, this week said the fares were too high.', 'Ilse', 'week'),
    'Ilse Varga, the mayor',
  );
  assert.equal(
    sourceOf('Ilse Varga on Monday said the fares were too high.', 'Ilse', 'Monday'),
    'Ilse Varga',
  );
  assert.equal(
    sourceOf('Ilse Varga, who left the council in June, said the fares were too high.', 'Ilse', 'June'),
    'Ilse Varga, who left the council in June',
  );
  assert.equal(
    sourceOf('A Harbour Institute poll last week found the fares were too high.', 'A', 'week'),
    'A Harbour Institute poll last week',
  );
});

test('a source never stops halfway through a clause about the speaker', () => {
  assert.equal(
    sourceOf('Ilse Varga, who chairs the harbour board, said the fares were too high.', 'Ilse', 'chairs'),
    'Ilse Varga, who chairs the harbour board',
  );
  assert.equal(
    sourceOf(
      'Ilse Varga, who chairs the harbour board told reporters the fares were too high.',
      'Ilse',
      'chairs',
    ),
    'Ilse Varga',
  );
});

test('a speaker named after the cue keeps the clause about them, to its end', () => {
  const inverted = 'The fares were too high, said Ilse Varga, who chairs the harbour board.';
  assert.equal(sourceOf(inverted, 'Ilse', 'Varga'), 'Ilse Varga, who chairs the harbour board');
  assert.equal(sourceOf(inverted, 'Ilse', 'chairs'), 'Ilse Varga, who chairs the harbour board');
  const quoting = 'The fares were too high, said Ilse Varga, who called the timetable “a disgrace”.';
  assert.equal(sourceOf(quoting, 'Ilse', 'Varga'), 'Ilse Varga');
});

test('a speaker never starts or ends inside a hyphenated word', () => {
  assert.equal(
    sourceOf('Thirty-one percent of those surveyed said the fares were too high.', 'one', 'surveyed'),
    'Thirty-one percent of those surveyed',
  );
  assert.equal(
    sourceOf('The mayor of Port-Ellery said the fares were too high.', 'The', 'Port'),
    'The mayor of Port-Ellery',
  );
  assert.equal(
    sourceOf('Ilse Varga - the mayor - said the fares were too high.', 'Ilse', 'Varga'),
    'Ilse Varga',
    'a dash between spaces is no hyphen',
  );
});

test('a tagged speaker keeps a pair of brackets whole or leaves it out', () => {
  // Closed before the cue: the brackets are the speaker's.
  assert.equal(
    sourceOf(
      'Governor Lena Ostrova (who has led the province since 2019) said the budget was balanced.',
      'Governor',
      '(who',
    ),
    'Governor Lena Ostrova (who has led the province since 2019)',
  );
  // Never closed before the cue: the speaker stops before them.
  assert.equal(
    sourceOf('Lena Ostrova (a former judge said the ruling stood.', 'Lena', 'judge'),
    'Lena Ostrova',
  );
  // After an inverted cue, closed before the sentence ends.
  assert.equal(
    sourceOf('"The port is safe," said Ivo Renk (Harbour Party) on Monday.', 'Ivo', '(Harbour'),
    'Ivo Renk (Harbour Party)',
  );
  // Begun inside brackets: what is left after them, here nothing.
  assert.equal(sourceOf('The mayor (Ivo Renk) said the port was safe.', 'Renk', 'Renk)'), null);
  // Words are words, whatever an object's prototype holds.
  assert.equal(
    sourceOf('The constructor Ivo Renk said the bridge was safe.', 'The', 'Renk'),
    'The constructor Ivo Renk',
  );
});

test('a tagged speaker stopped inside a clause with no comma takes it whole to the cue, or not at all', () => {
  assert.equal(
    sourceOf('An aide who declined to be identified said the talks had failed.', 'An', 'who'),
    'An aide who declined to be identified',
  );
  assert.equal(
    sourceOf(
      'Ivo Renk, a councillor who has met the mayor and been named as her deputy, said the vote was void.',
      'Ivo',
      'who',
    ),
    'Ivo Renk, a councillor who has met the mayor and been named as her deputy',
  );
  // The clause is broken before the cue: the speaker stops before it.
  assert.equal(
    sourceOf('Voters who (in most polls) favour the plan said it was fair.', 'Voters', 'who'),
    'Voters',
  );
});
