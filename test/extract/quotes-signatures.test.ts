import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/extract/quotes/index.ts';
import type { Quote } from '../../src/model.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';

/** Speakers the plain sieves used to miss: signed quotations, names read as verbs, relative clauses. */

function quotesOf(source: string): Quote[] {
  return extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
}

function said(quotes: readonly Quote[], start: string): [string | undefined, string | undefined, string] {
  const quote = quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `a statement starting ${start}`);
  return [quote.speaker?.text, quote.cue?.text, quote.sieve];
}

test('a dash after a quotation signs it with the name that ends the line', () => {
  const quotes = quotesOf(
    'What readers told us\n\nWe asked readers about the new ferry timetable.\n\n' +
      '“The morning boat leaves far too early for anyone with children.” ― Talia Brennock\n' +
      '“I have missed the last ferry twice this month.” ― Osric Vale, Port Annet.\n\n' +
      'The ferry company did not answer.',
  );
  assert.deepEqual(said(quotes, '“The morning boat'), ['Talia Brennock', '―', 'same-sentence']);
  assert.deepEqual(said(quotes, '“I have missed'), ['Osric Vale, Port Annet', '―', 'same-sentence']);
});

test('a signature in the paragraph after a quotation signs that quotation', () => {
  const quotes = quotesOf(
    'Epigraph\n\n"Every harbour needs a lighthouse keeper."\n\n- Senator Ines Marlow.\n\nThe vote is today.',
  );
  assert.deepEqual(said(quotes, '"Every harbour'), ['Senator Ines Marlow', '-', 'adjacent']);
});

test('a dash inside prose or before lowercase words is no signature', () => {
  const quotes = quotesOf(
    'Ferries\n\nShe called the timetable “a mess” - and nobody at the ferry company disagreed.\n\n' +
      '“We will look again,” - the company wrote nothing more.',
  );
  for (const quote of quotes) assert.notEqual(quote.cue?.text, '-');
});

test('a capitalised surname the tagger reads as a verb still speaks after a quotation', () => {
  const quotes = quotesOf(
    'Harbour board\n\nThe board met on Monday.\n\n"We heard every fisherman. Nobody was turned away," Lynch said.\n\n' +
      'The board meets again in May.',
  );
  assert.deepEqual(said(quotes, '"We heard'), ['Lynch', 'said', 'same-sentence']);
});

test('the next quotation goes on with the speaker, past a relative clause about them', () => {
  const quotes = quotesOf(
    'Harbour\n\n"These are strange days," said Ada Quell, a pilot for the port, who has guided tankers ' +
      'into the bay for years. "I have never seen the channel so crowded."\n\nThe port did not comment.',
  );
  assert.deepEqual(said(quotes, '"I have never'), [
    'Ada Quell, a pilot for the port, who has guided tankers into the bay for years',
    'said',
    'continuation',
  ]);
});

test('a speaker adding words of their own does not take the quotation of the sentence before', () => {
  const quotes = quotesOf(
    'Harbour\n\nThe vote was close. “The port stays open. Those are the facts,” she said. “Nobody loses a ' +
      'berth this winter.” Harbour spokesman Piet Lorn added, “The board will meet again in March.”',
  );
  assert.deepEqual(said(quotes, '“Nobody loses'), ['she', 'said', 'continuation']);
  assert.deepEqual(said(quotes, '“The board'), ['Harbour spokesman Piet Lorn', 'added', 'same-sentence']);
});

test('the rest of a quotation broken by its attribution is the same speaker’s, past a clause about them', () => {
  const quotes = quotesOf(
    'Harbour\n\n"The ferries will run," Mayor Ida Renn said at the quay on Monday, "but not before May."\n\n' +
      '“Every berth is taken,” Renn said, referring to the marina, “and the waiting list is long.”\n\n' +
      '"We sail at dawn," he said, adding that "nobody stays ashore."',
  );
  assert.deepEqual(said(quotes, '"but not before'), ['Mayor Ida Renn', 'said', 'same-sentence']);
  assert.deepEqual(said(quotes, '“and the waiting'), ['Renn', 'said', 'same-sentence']);
  assert.deepEqual(said(quotes, 'the marina'), ['Renn', 'referring to', 'same-sentence']);
  assert.deepEqual(said(quotes, 'that "nobody'), ['he', 'adding', 'same-sentence']);
});

test('a named speaker with a long description after the name still speaks', () => {
  const quotes = quotesOf(
    'Harbour\n\n"The port cannot grow any further," said Ada Quell, an engineer who served as director of ' +
      'the Northern Harbour Authority for a decade and is now president of the Coastal Works Institute, a ' +
      'research group funded by the ferry lines and the fishing cooperatives.\n\nThe board did not comment.',
  );
  const [speaker] = said(quotes, '"The port');
  assert.ok(speaker?.startsWith('Ada Quell, an engineer'), speaker);
});

test('a surname the tagger reads as a verb is no cue, and a place fronted before a quotation is not said', () => {
  const quotes = quotesOf(
    'Port\n\nIn her letter to the harbour board, Ada Quell wrote, “The port cannot grow any further.”\n\n' +
      'In the July 9 cable, the harbour office reported, “Overall conditions continue to be unpredictable.”',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.text, q.cue?.text]),
    [
      ['“The port cannot grow any further.”', 'Ada Quell', 'wrote'],
      ['“Overall conditions continue to be unpredictable.”', 'the harbour office', 'reported'],
    ],
  );
});

test('a poll opening its sentence ("In a new poll, ...") is the source of what follows the comma', () => {
  const quotes = quotesOf(
    'Harbour vote\n\nIn a new Harbour Gazette poll released Thursday, Ilse Varga leads Tomas Brand by six points. ' +
      'In the same poll, most fishermen said the ferries mattered most. Varga spoke in the market square.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind, q.speaker?.text ?? null, q.cue?.text ?? null]),
    [
      [
        'Ilse Varga leads Tomas Brand by six points',
        'indirect',
        'a new Harbour Gazette poll released Thursday',
        'In',
      ],
      ['the ferries mattered most', 'indirect', 'most fishermen', 'said'],
    ],
  );
});

test('"said A, adding B" is two statements of one speaker, each with its own cue', () => {
  const quotes = quotesOf(
    'Harbour row\n\nIlse Varga said that there was “only one honest candidate in this race,” adding that ' +
      'this was why Brand “attacks us every day.” The union said the port would stay shut on Friday, ' +
      'adding that talks with the board had failed.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]),
    [
      ['that there was “only one honest candidate in this race,”', 'Ilse Varga', 'said'],
      ['that this was why Brand “attacks us every day.”', 'Ilse Varga', 'adding'],
      ['the port would stay shut on Friday', 'The union', 'said'],
      ['that talks with the board had failed', 'The union', 'adding'],
    ],
  );
});

test('after a quotation and its cue, where it was said is not a second statement', () => {
  const quotes = quotesOf(
    'Harbour row\n\n“Being a harbour master, that is my whole life,” Ilse Varga said on the podcast “Harbour Hour.”',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]),
    [['“Being a harbour master, that is my whole life,”', 'Ilse Varga', 'said']],
  );
});

test('a label in a clause about the speaker does not stop the rest of a broken quotation', () => {
  const quotes = quotesOf(
    "Harbour\n\n''Revenues are up a little bit, and so are the boats,'' said Ilse Varga, who noted that prices " +
      "had ''cratered'' in the storm years. ''Things are moving in the right direction.''\n\nThe board met on Monday.",
  );
  assert.deepEqual(said(quotes, "''Things are moving"), ['Ilse Varga', 'said', 'continuation']);
});
