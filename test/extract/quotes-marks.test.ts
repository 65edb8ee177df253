import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes, type QuoteContext } from '../../src/extract/quotes/index.ts';
import type { Quote } from '../../src/model.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';

/** Quotation marks as printed and as scraped: which words are quoted, and which marks are no quotation. */

const NO_CONTEXT: QuoteContext = { mentions: [], roles: [], dates: [] };

function quotesOf(source: string): Quote[] {
  return extractQuotes(analyzedArticle(source), NO_CONTEXT);
}

function summary(quote: Quote): { text: string; kind: string; speaker: string | null; cue: string | null } {
  return {
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.text ?? null,
    cue: quote.cue?.text ?? null,
  };
}

test('apostrophes in contractions, possessives, decades and "rock ’n’ roll" are never quotation marks', () => {
  const quotes = quotesOf(
    'Strike season\n\nIt’s a hard week for Iran’s teachers, whose 90’s contracts expire, and for the ' +
      "rock ’n’ roll bands of the ’70s revival. The teachers' union hall doesn't play rock 'n' roll from the '80s.",
  );
  assert.deepEqual(quotes, []);
});

test('curly quotation marks hold single ones nested inside them', () => {
  const [quote, ...rest] = quotesOf(
    'Union answers\n\nParisa Bahrami, the union’s secretary, said: “Our members heard ‘you will be paid ' +
      'in March’ and nobody was paid.”',
  );
  assert.deepEqual(rest, []);
  assert.deepEqual(quote && summary(quote), {
    text: '“Our members heard ‘you will be paid in March’ and nobody was paid.”',
    kind: 'direct',
    speaker: 'Parisa Bahrami, the union’s secretary',
    cue: 'said:',
  });
});

test('guillemets and low-high marks are quotation marks too', () => {
  const quotes = quotesOf(
    'Delegates abroad\n\n«We will stay on strike», said Mehdi Sadr, a delegate from Lyon. „We stay“, said ' +
      'Jonas Weber, a visiting unionist from Hamburg.',
  );
  assert.deepEqual(quotes.map(summary), [
    {
      text: '«We will stay on strike»',
      kind: 'direct',
      speaker: 'Mehdi Sadr, a delegate from Lyon',
      cue: 'said',
    },
    {
      text: '„We stay“',
      kind: 'direct',
      speaker: 'Jonas Weber, a visiting unionist from Hamburg',
      cue: 'said',
    },
  ]);
});

test('editorial insertions and ellipses stay in the quotation as printed', () => {
  const [quote] = quotesOf(
    'Promises\n\n"The minister (Ali Ghaffari) promised us [a raise] twice ... and then forgot," said ' +
      'Karim Esfandiari, a teacher from Shiraz.',
  );
  assert.equal(quote?.text, '"The minister (Ali Ghaffari) promised us [a raise] twice ... and then forgot,"');
  assert.equal(quote?.speaker?.text, 'Karim Esfandiari, a teacher from Shiraz');
});

test('a quotation left open at a paragraph end goes on into the next paragraph that opens with a mark', () => {
  const source =
    'No return\n\n"We will not go back," Bahrami said. "Not this month.\n\n"Not next month either."\n\n' +
    'The ministry did not answer.';
  const quotes = quotesOf(source);
  assert.deepEqual(
    quotes.map((q) => [q.text, q.sieve, q.speaker?.text ?? null]),
    [
      ['"We will not go back,"', 'same-sentence', 'Bahrami'],
      ['"Not this month.\n\n"Not next month either."', 'continuation', 'Bahrami'],
    ],
  );
  assert.equal(quotes[1]?.speaker?.span, null, 'the speaker of a continuation is named elsewhere');
});

test('a quotation never closed stops before the next opening mark, or at its paragraph end', () => {
  const source =
    'Maternity pay\n\nMs Hewitt said: "We have already doubled the length of maternity pay. "We are going ' +
    'to extend the pay to nine months." She left soon after.\n\nMr Frost added: "Small firms could be crippled\n\n' +
    'The chambers will meet on Monday.';
  assert.deepEqual(
    quotesOf(source).map((q) => [q.text, q.speaker?.text ?? null]),
    [
      ['"We have already doubled the length of maternity pay.', 'Ms Hewitt'],
      ['"We are going to extend the pay to nine months."', 'Ms Hewitt'],
      ['"Small firms could be crippled', 'Mr Frost'],
    ],
  );
});

test('a left curly mark misused as a closing one closes the quotation', () => {
  const [quote] = quotesOf('Vote\n\n“The vote was rigged from the start“, said Nader Yousefi, an observer.');
  assert.equal(quote?.text, '“The vote was rigged from the start“');
  assert.equal(quote?.speaker?.text, 'Nader Yousefi, an observer');
});

test('scare quotes are labels with whoever the text ties them to, not statements', () => {
  const quotes = quotesOf(
    'Arrests\n\nPolice detained what officials called “rioters” near the bazaar. The “reform” was never debated.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind, q.speaker?.text ?? null, q.speaker?.unnamed ?? null]),
    [
      ['“rioters”', 'scare', 'officials', true],
      ['“reform”', 'scare', null, null],
    ],
  );
});

test('a label a named speaker gives someone ("X called Y “...”") is a mixed statement by that speaker', () => {
  const quotes = quotesOf(
    'Harbour row\n\nOn Tuesday Mayor Ilse Varga was calling him, among other things, “a reckless gambler.” ' +
      'Councillor Tomas Brand dubbed the old pier “Rusty Mile”. The “reform” was never debated.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind, q.speaker?.text ?? null, q.cue?.text ?? null]),
    [
      ['him, among other things, “a reckless gambler.”', 'mixed', 'Mayor Ilse Varga', 'was calling'],
      ['the old pier “Rusty Mile”', 'mixed', 'Councillor Tomas Brand', 'dubbed'],
      ['“reform”', 'scare', null, null],
    ],
  );
});

test('a label given to someone keeps the rest of its clause; a bare label ends with its marks', () => {
  const quotes = quotesOf(
    'Harbour row\n\nMayor Ilse Varga on Monday called the ferry chief “a reckless gambler” for selling the old ' +
      'boats. Police detained what officials called “rioters” near the bazaar.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind, q.speaker?.text ?? null]),
    [
      ['the ferry chief “a reckless gambler” for selling the old boats', 'mixed', 'Mayor Ilse Varga'],
      ['“rioters”', 'scare', 'officials'],
    ],
  );
});

test('quoted titles of books and reports are not statements', () => {
  const quotes = quotesOf(
    'Reading list\n\nBahrami has read “The Long Strike” twice, and the union’s report, “Wages in Arrears,” ' +
      'is due in June.',
  );
  assert.deepEqual(quotes, []);
});

test('marks inside markup tags left in scraped text are attribute values, not quotations', () => {
  const quotes = quotesOf(
    'Ferry strike\n\n<post author="harbourwatch" time="1474387200">Ferries stopped at noon.</post>\n\n' +
      'Fares rose by < 5 percent on Monday.\n\n' +
      '"We stay out until Friday," said Rosa Klint.',
  );
  assert.deepEqual(quotes.map(summary), [
    { text: '"We stay out until Friday,"', kind: 'direct', speaker: 'Rosa Klint', cue: 'said' },
  ]);
});

test('a short title with the sentence’s full stop inside its marks is still a title', () => {
  const quotes = quotesOf(
    'Morning television\n\nThe mayor spent the morning on “Harbour and Friends.” Later she met the unions.',
  );
  assert.deepEqual(quotes, []);
});

test('a page of thousands of quotations in one paragraph is read in time proportional to its length', () => {
  const source = `Transcript\n\n${Array.from({ length: 2000 }, (_, i) => `"Point ${i}," he said. "More on ${i}."`).join(' ')}`;
  const started = performance.now();
  const quotes = quotesOf(source);
  const elapsed = performance.now() - started;
  assert.equal(quotes.length, 4000);
  assert.ok(elapsed < 10_000, `${Math.round(elapsed)} ms for ${source.length} characters`);
});

test('a few quoted words in lowercase with no one saying them are a label, not a statement', () => {
  const quotes = quotesOf(
    'Port fees\n\nThe harbour board set up a "liquidating trust" for the old docks on Monday.\n\n' +
      '"We Will Pay Every Debt."',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind]),
    [
      ['"liquidating trust"', 'scare'],
      ['"We Will Pay Every Debt."', 'direct'],
    ],
  );
});

test('a few quoted words inside a sentence that no one is said to say are a label; longer ones are words', () => {
  const quotes = quotesOf(
    'Port fees\n\nBy the door is a “We never close.” sign. ' +
      'Fishermen wore “The harbour belongs to all of us, not to the board.” on their caps.\n\n' +
      '“Keep the boats running,” Mayor Ilse Varga said.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind, q.speaker?.text ?? null]),
    [
      ['“We never close.”', 'scare', null],
      ['“The harbour belongs to all of us, not to the board.”', 'direct', null],
      ['“Keep the boats running,”', 'direct', 'Mayor Ilse Varga'],
    ],
  );
});
