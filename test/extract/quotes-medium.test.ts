import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/extract/quotes/index.ts';
import type { AnalyzedDocument, Quote } from '../../src/model.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';
import { dateOf, mentionsOf } from '../helpers/quote-context.ts';

/** Where and when the words were said, and words relayed by someone else. */

const SANCTIONS = `Cleric warns over sanctions

Ayatollah Mohsen Karbasi warned in a Friday prayer sermon in Qom that new sanctions would "hurt the poor first".

In an interview with the state broadcaster IRIB, Foreign Minister Javad Larijani said on Monday that talks would resume.

Larijani wrote in a letter to the UN Secretary-General that the sanctions were illegal.

"We are ready to talk," Deputy Minister Sara Kamali told Tasnim news agency.

The ministry said in a statement that no date had been set. Kamali told a press conference in Tehran: "Nothing has been agreed."

"Our economy will not bend," President Davoud Nikpour said in a speech on May 4.

Former prisoner Ali Ghorbani recalled that the judge told him: "You will hang before the new year."

Nikpour's chief of staff, Mina Saberi, recalled that, as her deputy later put it, "the files were never opened."`;

function sanctions(): { analyzed: AnalyzedDocument; quotes: Quote[] } {
  const analyzed = analyzedArticle(SANCTIONS);
  const { document } = analyzed;
  const mentions = mentionsOf(document, [
    { name: 'Mohsen Karbasi', kind: 'person', chain: 0, titles: ['Ayatollah'] },
    { name: 'IRIB', kind: 'organization', chain: 1 },
    { name: 'Javad Larijani', kind: 'person', chain: 2, titles: ['Foreign Minister'] },
    { name: 'Larijani', kind: 'person', chain: 2 },
    { name: 'Tasnim news agency', kind: 'organization', chain: 3 },
    { name: 'Sara Kamali', kind: 'person', chain: 4, titles: ['Deputy Minister'] },
    { name: 'Kamali', kind: 'person', chain: 4 },
    { name: 'Davoud Nikpour', kind: 'person', chain: 5, titles: ['President'] },
  ]);
  const dates = [
    dateOf(document, 'Friday', '2026-03-06', 'day'),
    dateOf(document, 'Monday', '2026-03-09', 'day'),
    dateOf(document, 'May 4', '2026-05-04', 'day'),
    dateOf(document, 'the new year', '2027-03', 'month'),
  ];
  return { analyzed, quotes: extractQuotes(analyzed, { mentions, roles: [], dates }) };
}

function quoteStarting(quotes: readonly Quote[], start: string): Quote {
  const quote = quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `a statement starting "${start}"`);
  return quote;
}

test('a sermon and where it was given is the medium, and its day the date', () => {
  const quote = quoteStarting(sanctions().quotes, 'that new sanctions');
  assert.deepEqual(
    [quote.text, quote.kind, quote.speaker?.text, quote.cue?.lemma, quote.medium?.text],
    [
      'that new sanctions would "hurt the poor first"',
      'mixed',
      'Ayatollah Mohsen Karbasi',
      'warn',
      'a Friday prayer sermon in Qom',
    ],
  );
  assert.deepEqual(quote.saidOn, { value: '2026-03-06', precision: 'day' });
});

test('an interview named before the speaker is the medium, linked to the broadcaster; "said on Monday" dates it', () => {
  const quote = quoteStarting(sanctions().quotes, 'that talks would resume');
  assert.deepEqual([quote.speaker?.text, quote.speaker?.chain], ['Foreign Minister Javad Larijani', 2]);
  assert.deepEqual(
    [quote.medium?.text, quote.medium?.chain],
    ['an interview with the state broadcaster IRIB', 1],
  );
  assert.deepEqual(quote.saidOn, { value: '2026-03-09', precision: 'day' });
});

test('a letter to someone, a statement, a news agency told, and a press conference are media', () => {
  const { quotes } = sanctions();
  assert.equal(
    quoteStarting(quotes, 'that the sanctions were illegal').medium?.text,
    'a letter to the UN Secretary-General',
  );
  const agency = quoteStarting(quotes, '"We are ready');
  assert.deepEqual([agency.medium?.text, agency.medium?.chain], ['Tasnim news agency', 3]);
  assert.equal(quoteStarting(quotes, 'that no date').medium?.text, 'a statement');
  assert.equal(
    quoteStarting(quotes, '"Nothing has been agreed').medium?.text,
    'a press conference in Tehran',
  );
});

test('"in a speech on May 4": the speech is the medium and May 4 the date', () => {
  const quote = quoteStarting(sanctions().quotes, '"Our economy');
  assert.equal(quote.medium?.text, 'a speech');
  assert.deepEqual(quote.saidOn, { value: '2026-05-04', precision: 'day' });
  assert.equal(quote.speaker?.chain, 5);
});

test('a broadcaster told by its acronym is the medium, with "the" or without; a country told is not', () => {
  const source =
    'Port\n\n"It is over," Captain Ivo Renk told the BBC.\n\n"It is not," the mayor told IRIB.\n\n' +
    '"We will pay," the minister told the US.';
  const quotes = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  assert.deepEqual(
    quotes.map((q) => [q.speaker?.text, q.medium?.text ?? null]),
    [
      ['Captain Ivo Renk', 'the BBC'],
      ['the mayor', 'IRIB'],
      ['the minister', null],
    ],
  );
});

test('a date inside what was said is not when it was said', () => {
  const quote = quoteStarting(sanctions().quotes, '"You will hang');
  assert.equal(quote.saidOn, null);
});

test('"X recalled that Y told him: ..." is Y\'s statement, relayed by X', () => {
  const { quotes } = sanctions();
  const relayed = quoteStarting(quotes, '"You will hang');
  assert.deepEqual(
    [relayed.speaker?.text, relayed.via?.text, relayed.sieve, relayed.cue?.lemma],
    ['the judge', 'Former prisoner Ali Ghorbani', 'relayed', 'tell'],
  );
  const recalled = quoteStarting(quotes, 'that the judge told him');
  assert.deepEqual(
    [recalled.speaker?.text, recalled.via, recalled.sieve],
    ['Former prisoner Ali Ghorbani', null, 'same-sentence'],
  );
});

test('a few words quoted right after "told him" are relayed too, but a label is not', () => {
  const source =
    'Harbour\n\nCaptain Ivo Renk recalled that the harbour master told him "the port is finished". ' +
    'He said the mayor had called the plan "a gift".';
  const quotes = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  const relayed = quoteStarting(quotes, '"the port is finished"');
  assert.deepEqual(
    [relayed.speaker?.text, relayed.via?.text, relayed.sieve, relayed.kind],
    ['the harbour master', 'Captain Ivo Renk', 'relayed', 'direct'],
  );
  assert.ok(!quotes.some((q) => q.text === '"a gift"' && q.sieve === 'relayed'));
});

test('"as her deputy later put it" inside another\'s account is the deputy\'s, relayed', () => {
  const quote = quoteStarting(sanctions().quotes, '"the files were never opened');
  assert.deepEqual(
    [quote.speaker?.text, quote.via?.text, quote.sieve],
    ['her deputy', "Nikpour's chief of staff, Mina Saberi", 'relayed'],
  );
});

test("words relayed in single marks inside a quotation are their own speaker's", () => {
  const source =
    'Interrogation\n\n"The guard came in and he said, \'Sign it or your brother pays,\' and then he left," ' +
    'Ghorbani said.';
  const quotes = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  const relayed = quoteStarting(quotes, "'Sign it");
  assert.deepEqual(
    [relayed.text, relayed.speaker?.text, relayed.via?.text, relayed.sieve],
    ["'Sign it or your brother pays,'", 'he', 'Ghorbani', 'relayed'],
  );
});

test('confidence follows the sieve: a named speaker in the sentence is surer than a relayed one', () => {
  const { quotes } = sanctions();
  const named = quoteStarting(quotes, '"Our economy');
  const relayed = quoteStarting(quotes, '"You will hang');
  assert.equal(named.sieve, 'same-sentence');
  assert.ok(named.confidence > relayed.confidence);
  for (const quote of quotes) {
    assert.ok(quote.confidence > 0 && quote.confidence < 1, `${quote.text}: ${quote.confidence}`);
  }
});

test("every record's text is its span of the document", () => {
  const { analyzed, quotes } = sanctions();
  for (const quote of quotes) {
    assert.equal(analyzed.document.text.slice(quote.span.start, quote.span.end), quote.text);
    if (quote.speaker?.span) {
      assert.equal(
        analyzed.document.text.slice(quote.speaker.span.start, quote.speaker.span.end),
        quote.speaker.text,
      );
    }
    if (quote.cue)
      assert.equal(analyzed.document.text.slice(quote.cue.span.start, quote.cue.span.end), quote.cue.text);
    if (quote.medium) {
      assert.equal(
        analyzed.document.text.slice(quote.medium.span.start, quote.medium.span.end),
        quote.medium.text,
      );
    }
  }
});
