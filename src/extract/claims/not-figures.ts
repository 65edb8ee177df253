import type { Span } from '../../model.ts';
import type { Amount } from './amounts.ts';
import type { Hedge } from './hedges.ts';
import { joined, type Words } from './tokens.ts';

/**
 * Numbers that are not figures: dates (found by the date extractor), numbers in names ("Branch 15",
 * "Article 286", "Evin Ward 209"), attributes ("a 22-year-old", "a 10-page ruling", "COVID-19"), times
 * ("4 p.m."), telephone numbers and other runs of bare numbers, ages ("a wrestler, 27,", "aged 35"), and
 * number words that refer back ("the two men") or are not counts ("one of", "the first half").
 */

/** Words after which a number is a label: "Article 286", "page 5", "No. 3". */
const LABELS = new Set(
  (
    'article section branch ward chapter part clause paragraph page room cell block no. no number # ' +
    'flight route highway district zone resolution law item level phase platform gate unit line grade ' +
    'category class division'
  ).split(' '),
);
const TIME_AFTER = new Set(['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', "o'clock", 'hrs', 'hours gmt']);
const REFERRING = new Set([
  'the',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'both',
  "'s",
  '’s',
]);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'last', 'latter', 'former']);
const BARE_NUMBER = /^\+?\d[\d-]*$/;

export interface Surroundings {
  /** Date spans of the document, sorted by start. */
  dates: readonly Span[];
  /** Offsets where a sentence starts. */
  sentenceStarts: ReadonlySet<number>;
}

function overlapsDate(dates: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((dates[mid]?.end ?? 0) <= span.start) low = mid + 1;
    else high = mid;
  }
  const date = dates[low];
  return date !== undefined && date.start < span.end;
}

/** "Article 286", "Evin Ward 209", "Boeing 737": a capitalised word or a label just before the number. */
function isNamed(words: Words, before: number, around: Surroundings): boolean {
  const token = words.tokens[before];
  if (!token) return false;
  if (LABELS.has(words.lower[before] ?? '')) return true;
  if (!/^\p{Lu}/u.test(token.text) || around.sentenceStarts.has(token.start)) return false;
  return token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'VERB' || token.pos === 'ADJ';
}

/** "COVID-19", "22-year-old", "10-page", "1,500-strong": the number is part of a hyphenated word. */
function isHyphenated(words: Words, amount: Amount): boolean {
  const first = amount.first;
  const attachedBefore = words.lower[first - 1] === '-' && joined(words, first) && joined(words, first - 1);
  const attachedAfter =
    words.lower[amount.end] === '-' &&
    joined(words, amount.end) &&
    joined(words, amount.end + 1) &&
    /^\p{L}/u.test(words.tokens[amount.end + 1]?.text ?? '');
  return attachedBefore || attachedAfter;
}

/** "a wrestler, 27, whose", "who is 58.", "aged 35". */
function isAge(words: Words, amount: Amount): boolean {
  const before = words.lower[amount.first - 1];
  const after = words.lower[amount.end] ?? '.';
  if (before === 'aged' || before === 'age') return true;
  const closes = after === ',' || after === '.' || after === ';' || after === ')';
  if (before === ',' && closes) return true;
  return (before === 'is' || before === 'was') && words.lower[amount.first - 2] === 'who' && closes;
}

/**
 * "its 2006 autumn conference", "the Soviets' 1945 liberation": a year the date extractor had no reason
 * to take. A four-digit number in the years' range counts only before a plural noun ("2000 protesters").
 */
function isYearShaped(words: Words, amount: Amount): boolean {
  const token = words.tokens[amount.first]?.text ?? '';
  if (!/^(?:1[89]|20)\d\d$/.test(token) || amount.end !== amount.first + 1) return false;
  const next = words.tokens[amount.end];
  if (YEAR_MODIFIED.has(words.lower[amount.end] ?? '')) return true;
  // Plural: "protesters", not "loss", "status" or "crisis".
  return !(next?.pos === 'NOUN' && /s$/.test(next.text) && !/(?:ss|us|is)$/i.test(next.text));
}

/** Plural nouns a year qualifies far more often than a count of them: "1986 results", "2019 elections". */
const YEAR_MODIFIED = new Set(
  'results earnings sales profits losses revenues figures exports imports accounts estimates forecasts elections talks levels prices rates budgets targets quotas games championships'.split(
    ' ',
  ),
);

export function isNotAFigure(words: Words, amount: Amount, hedge: Hedge, around: Surroundings): boolean {
  const start = words.tokens[amount.first]?.start ?? 0;
  const end = words.tokens[amount.end - 1]?.end ?? start;
  if (overlapsDate(around.dates, { start, end })) return true;
  const before = hedge.first - 1;
  if (hedge.qualifier === null && !hedge.between && isNamed(words, before, around)) return true;
  if (isHyphenated(words, amount)) return true;
  if (TIME_AFTER.has(words.lower[amount.end] ?? '')) return true;
  const bare = !amount.inWords && amount.currency === null && !amount.percent;
  if (bare && hedge.qualifier === null) {
    if (BARE_NUMBER.test(words.tokens[amount.first - 1]?.text ?? '') && !joined(words, amount.first))
      return true;
    if (BARE_NUMBER.test(words.tokens[amount.end]?.text ?? '')) return true;
    if (isAge(words, amount)) return true;
    if (isYearShaped(words, amount)) return true;
  }
  if (amount.inWords && !amount.vague && hedge.qualifier === null) {
    if (REFERRING.has(words.lower[before] ?? '')) return true;
    // "one of them", "one official": a pronoun or an article, unless hedged ("at least one").
    if (amount.value === 1) return true;
  }
  return amount.share && ORDINALS.has(words.lower[before] ?? '');
}
