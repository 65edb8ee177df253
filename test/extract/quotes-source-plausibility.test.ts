import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotations } from '../../src/extract/quotes/quotation-marks.ts';
import { plausibleSource } from '../../src/extract/quotes/source-plausibility.ts';
import { indexText, type TextIndex } from '../../src/extract/quotes/text-index.ts';
import { textPublishedOn } from '../helpers/dated.ts';

/** Which sources can be speakers, whatever the part-of-speech tagger made of their words. */

function indexed(source: string): TextIndex {
  const analyzed = textPublishedOn(null, source);
  return indexText(analyzed, findQuotations(analyzed.document.text, analyzed.document.paragraphs));
}

/** Whether the words `phrase` of `text`, as a source, can be a speaker. */
function plausible(text: string, phrase: string): boolean {
  const index = indexed(text);
  const start = index.text.indexOf(phrase);
  const first = index.tokens.findIndex((t) => t.start === start);
  const last = index.tokens.findIndex((t) => t.end === start + phrase.length);
  assert.ok(first >= 0 && last >= first, `tokens of "${phrase}"`);
  return plausibleSource(index, { first, last }, false);
}

test('a count of people is a speaker: "About four in 10 riders", "a third", "those surveyed"', () => {
  const poll = 'The ferry poll was taken in May. About four in 10 riders say the fares are too high.';
  assert.equal(plausible(poll, 'About four in 10 riders'), true);
  assert.equal(
    plausible('At least a dozen captains told the council the pier was unsafe.', 'At least a dozen captains'),
    true,
  );
  assert.equal(plausible('Of the riders asked, a third said the boats were late.', 'a third'), true);
  assert.equal(plausible('Those surveyed said the boats were late.', 'Those surveyed'), true);
});

test('a name that opens the sentence is a speaker even where the tagger reads a verb', () => {
  assert.equal(plausible('Cook said the harbour would reopen in June.', 'Cook'), true);
});

test('a prepositional phrase or a participle clause is no speaker', () => {
  assert.equal(
    plausible('In the harbour office, Ilse Varga said the fares were too high.', 'In the harbour office'),
    false,
  );
  assert.equal(
    plausible('Speaking to reporters, Ilse Varga said the fares were too high.', 'Speaking to reporters'),
    false,
  );
});

test('a pronoun that only stands as an object is no speaker', () => {
  assert.equal(plausible('Ilse Varga praised them for keeping the ferries running.', 'them'), false);
  assert.equal(plausible('Ilse Varga said they would keep the ferries running.', 'they'), true);
});
