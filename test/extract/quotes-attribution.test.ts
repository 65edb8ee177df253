import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../../src/extract/dates/index.ts';
import { extractMentions } from '../../src/extract/mentions/index.ts';
import { extractQuotes } from '../../src/extract/quotes/index.ts';
import type { AnalyzedDocument, Quote } from '../../src/model.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';
import { eachWay } from '../helpers/each-way.ts';
import { mentionsOf, roleOf } from '../helpers/quote-context.ts';

/** Who said it: the sieves, from a name in the same sentence to the paragraph before a quotation. */

const PRISONS = `Minister defends prison reforms

Justice Minister Hamid Rostami defended the new prison rules on Sunday. He said: "Nobody will be held without a lawyer."

"Our inspectors visited every ward," the minister told the Tasnim news agency. "They found no abuse."

"The rules were written after two years of consultation.

"Every governor signed them."

Rostami said in the interview.

A senior official at the interior ministry said the rules would be reviewed in a year. A group of detained teachers wrote in a letter to the UN Secretary-General that they had been denied visits.

"Visits are a right of every prisoner and of every family," reads part of the decree. The letter says the teachers were moved twice.

The Fictional News Agency reported that 12 prisoners were released.`;

function prisons(): { analyzed: AnalyzedDocument; quotes: Quote[] } {
  const analyzed = analyzedArticle(PRISONS);
  const mentions = mentionsOf(analyzed.document, [
    { name: 'Hamid Rostami', kind: 'person', chain: 0, titles: ['Justice Minister'] },
    { name: 'Rostami', kind: 'person', chain: 0 },
    { name: 'Tasnim news agency', kind: 'organization', chain: 1 },
    { name: 'interior ministry', kind: 'organization', chain: 2 },
    { name: 'UN', kind: 'organization', chain: 3 },
    { name: 'Fictional News Agency', kind: 'organization', chain: 4 },
  ]);
  return { analyzed, quotes: extractQuotes(analyzed, { mentions, roles: [], dates: [] }) };
}

function quoteStarting(quotes: readonly Quote[], start: string): Quote {
  const quote = quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `a statement starting "${start}"`);
  return quote;
}

function textAt(analyzed: AnalyzedDocument, span: { start: number; end: number } | null): string | null {
  return span ? analyzed.document.text.slice(span.start, span.end) : null;
}

test('a pronoun speaker keeps its words and resolves to the person named before it', () => {
  const { analyzed, quotes } = prisons();
  const quote = quoteStarting(quotes, '"Nobody');
  assert.equal(quote.speaker?.text, 'He');
  assert.equal(textAt(analyzed, quote.speaker?.antecedent ?? null), 'Hamid Rostami');
  assert.equal(quote.speaker?.chain, 0);
  assert.equal(quote.sieve, 'coreference');
  assert.equal(quote.cue?.text, 'said:');
  assert.equal(quote.kind, 'direct');
});

test('a description resolves to the person whose titles hold it, and an outlet addressed is the medium', () => {
  const { analyzed, quotes } = prisons();
  const quote = quoteStarting(quotes, '"Our inspectors');
  assert.equal(quote.text, '"Our inspectors visited every ward,"');
  assert.equal(quote.speaker?.text, 'the minister');
  assert.equal(textAt(analyzed, quote.speaker?.antecedent ?? null), 'Hamid Rostami');
  assert.equal(quote.speaker?.chain, 0);
  assert.equal(quote.sieve, 'coreference');
  assert.equal(quote.cue?.lemma, 'tell');
  assert.deepEqual([quote.medium?.text, quote.medium?.chain], ['the Tasnim news agency', 1]);
});

test('the next quotation of the paragraph goes on with the same speaker', () => {
  const { analyzed, quotes } = prisons();
  const quote = quoteStarting(quotes, '"They found');
  assert.equal(quote.sieve, 'continuation');
  assert.equal(quote.speaker?.span, null);
  assert.equal(textAt(analyzed, quote.speaker?.antecedent ?? null), 'Hamid Rostami');
  assert.equal(quote.speaker?.chain, 0);
});

test('a block of quotation over two paragraphs takes the speaker of the sentence after it', () => {
  const { quotes } = prisons();
  const quote = quoteStarting(quotes, '"The rules were written');
  assert.equal(
    quote.text,
    '"The rules were written after two years of consultation.\n\n"Every governor signed them."',
  );
  assert.equal(quote.sieve, 'adjacent');
  assert.deepEqual([quote.speaker?.text, quote.speaker?.chain], ['Rostami', 0]);
  assert.equal(quote.medium?.text, 'the interview');
  assert.ok(!quotes.some((q) => q.text === 'in the interview'), 'where it was said is not what was said');
});

test('unnamed sources are kept exactly as written and never resolved', () => {
  const { quotes } = prisons();
  const official = quoteStarting(quotes, 'the rules would be reviewed');
  assert.deepEqual(official.speaker, {
    span: official.speaker?.span ?? null,
    text: 'A senior official at the interior ministry',
    antecedent: null,
    chain: null,
    entityId: null,
    unnamed: true,
  });
  assert.equal(official.kind, 'indirect');
  const teachers = quoteStarting(quotes, 'that they had been denied visits');
  assert.deepEqual(
    [teachers.speaker?.text, teachers.speaker?.unnamed],
    ['A group of detained teachers', true],
  );
  assert.equal(teachers.medium?.text, 'a letter to the UN Secretary-General');
});

test('documents speak: "reads part of the decree", "the letter says"', () => {
  const { quotes } = prisons();
  const decree = quoteStarting(quotes, '"Visits are a right');
  assert.deepEqual(
    [decree.speaker?.text, decree.speaker?.unnamed, decree.cue?.lemma],
    ['the decree', false, 'read'],
  );
  const letter = quoteStarting(quotes, 'the teachers were moved');
  assert.deepEqual([letter.speaker?.text, letter.cue?.text], ['The letter', 'says']);
});

test('an organisation speaks under its mention chain', () => {
  const { quotes } = prisons();
  const quote = quoteStarting(quotes, 'that 12 prisoners');
  assert.deepEqual(
    [quote.speaker?.text, quote.speaker?.chain, quote.cue?.lemma],
    ['The Fictional News Agency', 4, 'report'],
  );
});

test('a description resolves through a role fact when the title is not before the name', () => {
  const source =
    'Ministry statement\n\nMaryam Zand, the spokeswoman for the ministry, opened the briefing. ' +
    '"No teacher is in prison for union work," the spokeswoman said.';
  const analyzed = analyzedArticle(source);
  const mentions = mentionsOf(analyzed.document, [{ name: 'Maryam Zand', kind: 'person', chain: 0 }]);
  const roles = [roleOf(analyzed.document, 0, 'the spokeswoman for the ministry')];
  const [quote] = extractQuotes(analyzed, { mentions, roles, dates: [] });
  assert.equal(quote?.speaker?.text, 'the spokeswoman');
  assert.equal(textAt(analyzed, quote?.speaker?.antecedent ?? null), 'Maryam Zand');
  assert.equal(quote?.sieve, 'coreference');
});

test('a pronoun with no compatible name before it stays unresolved, and is less sure than a name', () => {
  const source =
    'Court\n\nThe Revolutionary Court met on Tuesday. "The hearing is closed," he said. ' +
    '"The hearing will resume," said Amir Farahani, a court clerk.';
  const analyzed = analyzedArticle(source);
  const mentions = mentionsOf(analyzed.document, [
    { name: 'Revolutionary Court', kind: 'organization', chain: 0 },
    { name: 'Amir Farahani', kind: 'person', chain: 1 },
  ]);
  const [pronoun, named] = extractQuotes(analyzed, { mentions, roles: [], dates: [] });
  assert.deepEqual(
    [pronoun?.speaker?.text, pronoun?.speaker?.antecedent, pronoun?.speaker?.chain],
    ['he', null, null],
  );
  assert.equal(pronoun?.sieve, 'same-sentence');
  assert.deepEqual([named?.speaker?.text, named?.speaker?.chain], ['Amir Farahani, a court clerk', 1]);
  assert.ok((pronoun?.confidence ?? 1) < (named?.confidence ?? 0));
});

test('a quotation with no attribution near it has no speaker rather than a guessed one', () => {
  const source =
    'Protest\n\nHundreds gathered outside the parliament on Monday.\n\n"Free the teachers!"\n\n' +
    'Police closed the square an hour later.';
  const [quote] = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  assert.deepEqual(
    [quote?.text, quote?.speaker, quote?.sieve],
    ['"Free the teachers!"', null, 'unattributed'],
  );
  assert.ok((quote?.confidence ?? 1) <= 0.3);
});

test('reported speech: "X said that", "..., X said", "according to X", "X warned", "X denied"', () => {
  const source =
    'Budget talks\n\nFarid Mousavi said that the budget would be cut. The cuts would hit schools first, ' +
    'the ministry said. According to the central bank, inflation reached 40 percent. Mousavi warned ' +
    'the unions to stay calm, and Leila Azadi denied that any deal had been made.';
  const quotes = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.lemma ?? null, q.kind]),
    [
      ['that the budget would be cut', 'Farid Mousavi', 'say', 'indirect'],
      ['The cuts would hit schools first', 'the ministry', 'say', 'indirect'],
      ['inflation reached 40 percent', 'the central bank', 'according to', 'indirect'],
      ['the unions to stay calm', 'Mousavi', 'warn', 'indirect'],
      ['that any deal had been made', 'Leila Azadi', 'deny', 'indirect'],
    ],
  );
});

test('a mixed statement keeps the quoted words inside the reported ones', () => {
  const source =
    'Verdict\n\nJudiciary spokesman Reza Tavakoli said on Tuesday that the verdict was "final and binding".';
  const [quote] = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  assert.deepEqual(
    [quote?.text, quote?.kind, quote?.speaker?.text],
    ['that the verdict was "final and binding"', 'mixed', 'Judiciary spokesman Reza Tavakoli'],
  );
});

test("a name, a colon and a quotation, as headlines and transcripts put it, is the name's statement", () => {
  const source =
    'Karimi: "No teacher will be punished for striking"\n\nThe question is simple: "Who pays for the raise?"';
  const quotes = extractQuotes(analyzedArticle(`Headlines\n\n${source}`), {
    mentions: [],
    roles: [],
    dates: [],
  });
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null, q.cue?.lemma ?? null]),
    [
      ['"No teacher will be punished for striking"', 'Karimi', ':', ':'],
      ['"Who pays for the raise?"', null, null, null],
    ],
  );
});

test('whose aides speak is not the speaker; an unnamed description is kept as written; a date after the report does not date the saying', () => {
  const analyzed = analyzedArticle(`Minister visits Kenya

May 15, 2024

Finance Minister Pavel Drummond arrived in Nairobi on Monday. Mr Drummond's aides say he wants to find out more about the schools, which opened in early 2003.

The minister's spokesman said on Tuesday the visit would last three days.`);
  const { mentions, roles } = extractMentions(analyzed);
  const quotes = extractQuotes(analyzed, { mentions, roles, dates: extractDates(analyzed) });
  const aides = quoteStarting(quotes, 'he wants');
  assert.equal(aides.speaker?.text, "Mr Drummond's aides");
  assert.equal(aides.speaker?.chain, null, 'not Drummond: his aides said it');
  assert.equal(aides.speaker?.unnamed, true);
  assert.equal(aides.saidOn, null, '2003 is when the schools opened, not when the aides spoke');
  const spokesman = quoteStarting(quotes, 'the visit');
  assert.equal(spokesman.speaker?.text, "The minister's spokesman");
  assert.equal(spokesman.speaker?.unnamed, true);
  assert.equal(spokesman.speaker?.chain, null);
  assert.deepEqual(spokesman.saidOn, { value: '2024-05-14', precision: 'day' }, '"said on Tuesday" dates it');
});

test('"she" is never a man the text names as one; a name set off by commas after a description speaks', () => {
  const analyzed = analyzedArticle(`Council questions cost of bridge repairs

April 10, 2025

"We were told 9 million crowns in January," said councillor Erik Sandqvist.

The head of the transport office, Petra Halvorsen-Lind, told the council that the estimate had grown. "We will not reopen a bridge that is unsafe," she said.`);
  const { mentions, roles } = extractMentions(analyzed);
  const quotes = extractQuotes(analyzed, { mentions, roles, dates: extractDates(analyzed) });
  const chainOf = (name: string) => mentions.find((m) => m.text === name)?.chain;
  assert.equal(mentions.find((m) => m.text === 'Petra Halvorsen-Lind')?.kind, 'person');
  assert.equal(quoteStarting(quotes, 'that the estimate').speaker?.chain, chainOf('Petra Halvorsen-Lind'));
  const unsafe = quoteStarting(quotes, '"We will not');
  assert.equal(unsafe.speaker?.text, 'she');
  assert.equal(unsafe.speaker?.chain, chainOf('Petra Halvorsen-Lind'), 'she is Petra, not Erik');
});

test('a hedged count of people before a participle cue is an unnamed source, kept as written', () => {
  const analyzed = analyzedArticle(`Dockworkers walk out

March 4, 2025

More than 1,200 dockworkers at the port of Velmora stopped work on Tuesday, saying they had not been paid for three months. 300 residents said the water was unsafe.`);
  const { mentions, roles } = extractMentions(analyzed);
  const quotes = extractQuotes(analyzed, { mentions, roles, dates: extractDates(analyzed) });
  const unpaid = quoteStarting(quotes, 'they had not been paid');
  assert.equal(unpaid.speaker?.text, 'More than 1,200 dockworkers at the port of Velmora');
  assert.equal(unpaid.speaker?.unnamed, true);
  assert.equal(unpaid.speaker?.chain, null);
  const water = quoteStarting(quotes, 'the water');
  assert.equal(water.speaker?.text, '300 residents');
  assert.equal(water.speaker?.unnamed, true);
});

/** Each statement of a one-paragraph article: its words, its speaker and its cue. */
function attributions(paragraph: string) {
  const quotes = extractQuotes(analyzedArticle(`Ferry talks\n\n${paragraph}`), {
    mentions: [],
    roles: [],
    dates: [],
  });
  return { quotes, found: quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]) };
}

test('a quotation before a sentence that reports words of its own is not that sentence’s', () => {
  const { quotes, found } = attributions(
    '“We will not raise the fares this year,” Mayor Ilse Varga said on Monday. ' +
      '“The harbour fund can carry the cost.” She said she would meet the ferry company again in May.',
  );
  assert.deepEqual(found, [
    ['“We will not raise the fares this year,”', 'Mayor Ilse Varga', 'said'],
    ['“The harbour fund can carry the cost.”', 'Mayor Ilse Varga', 'said'],
    ['she would meet the ferry company again in May', 'She', 'said'],
  ]);
  // The second quotation goes on with the mayor's words, from the cue of the sentence before.
  assert.equal(quotes[1]?.cue?.span.start, quotes[0]?.cue?.span.start);
});

test('a quotation before a sentence whose cue has an object of its own goes on with the speaker before', () => {
  const { found } = attributions(
    '“The timetable is a disgrace,” said Ilse Varga, a councillor from the north shore. ' +
      '“Nobody can reach the market before noon.” Tomas Renn, the harbour master, criticised the ferry company.',
  );
  assert.deepEqual(found, [
    ['“The timetable is a disgrace,”', 'Ilse Varga, a councillor from the north shore', 'said'],
    ['“Nobody can reach the market before noon.”', 'Ilse Varga, a councillor from the north shore', 'said'],
    ['the ferry company', 'Tomas Renn, the harbour master', 'criticised'],
  ]);
});

/** An article's statements as [text, speaker, cue], with the learned models and by the rules alone. */
test('a cue joined to an earlier verb shares its subject: "X did A, and then said B", "X did A but said B"', () => {
  const source =
    'Pier reopens after storm\n\nThe harbourmaster, Ilse Varga, inspected the new pier on Monday morning, ' +
    'and then said the boats could return by Friday.\n\nCouncillor Tomas Brek paid off half of the repair ' +
    'loan in March but said the rest would take another two years.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(
      found,
      [
        [
          'the boats could return by Friday',
          learned ? 'The harbourmaster, Ilse Varga' : 'The harbourmaster',
          'then said',
        ],
        ['the rest would take another two years', 'Councillor Tomas Brek', 'said'],
      ],
      learned ? 'with the learned models' : 'by the rules alone',
    );
  }
});

test('a participle shares the subject of its clause past what fronts it: "Even so, X did A, noting B"', () => {
  const source =
    'Bridge vote delayed\n\nEven so, Councillor Pim Dahl stayed calm, noting that the budget was ' +
    'balanced.\n\nAnd even Mayor Lena Ostrova tried to calm the crowd, adding that the bridge would reopen ' +
    'in May.\n\nLast week, the harbour board raised its fees, saying that repair costs had doubled.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(
      found,
      [
        ['that the budget was balanced', 'Councillor Pim Dahl', 'noting'],
        ['that the bridge would reopen in May', 'Mayor Lena Ostrova', 'adding'],
        ['that repair costs had doubled', 'the harbour board', 'saying'],
      ],
      learned ? 'with the learned models' : 'by the rules alone',
    );
  }
});
