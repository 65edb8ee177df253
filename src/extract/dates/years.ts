import { yearValue } from './calendar.ts';
import { afterCapitalisedWord, type Found, type Recogniser, type Reference, wordBefore } from './found.ts';

/**
 * Years and decades. A four-digit number is a year only where the words make it one ("in 1988", "the
 * 1988 massacre", "since 2009", "mid-2019", "the 1980-88 war"); "Article 1988", "1,988 signatures" and
 * "2000 people" are not. Decades: "the 1990s", "the mid-1990s", "the '90s", "the nineties"; a decade
 * written without its century takes the latest one that has begun by the publication date.
 */

const YEAR_DIGITS =
  /(?<![\d,.$€£#/])(?<year>1[6-9]\d\d|20\d\d)(?![\d%]|[,.]\d|-\d\d-)(?:[-–](?<to>\d\d(?:\d\d)?)(?!\d))?/g;
/** "mid-2019", "early 2020", "late 1987": the edge belongs to the date. */
const EDGE_BEFORE = /\b(?:early|mid|late)[-\s]$/i;

/** Words after which a four-digit number is a year. */
const YEAR_CONTEXT = new Set([
  'in',
  'since',
  'by',
  'from',
  'until',
  'till',
  'to',
  'before',
  'after',
  'during',
  'of',
  'between',
  'and',
  'or',
  'circa',
  'c.',
  'fiscal',
  'year',
  'around',
  'through',
  'throughout',
  'early',
  'mid',
  'late',
  'end',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/** Nouns a number counts rather than dates ("2000 people", "the 1500 protesters"). */
const COUNTED = new Set(
  (
    'people persons protesters demonstrators prisoners detainees students workers soldiers troops police ' +
    'officers members residents families children women men victims deaths cases signatures votes ' +
    'barrels tonnes tons dollars euros rials tomans homes houses villages cities towns km miles metres ' +
    'meters kilometres kilometers feet hectares rounds shares jobs employees units vehicles cars'
  ).split(' '),
);

function nextWord(text: string, at: number): string {
  return /^\s+([\p{L}'’-]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
}

function isYearContext(text: string, start: number, end: number): boolean {
  const following = nextWord(text, end);
  if (COUNTED.has(following.toLowerCase())) return false;
  const before = wordBefore(text, start);
  if (YEAR_CONTEXT.has(before)) return true;
  // "the 1988 massacre", "the 2009 protests": a year before the event it names.
  if (before === 'the' || before === "year's" || before === 'a') return /^\p{Ll}/u.test(following);
  if (afterCapitalisedWord(text, start)) return false;
  // "2019's protests", "1988 was the year".
  return /^['’]s\b/.test(text.slice(end, end + 3));
}

function year(start: number, end: number, value: number): Found {
  return { start, end, date: yearValue(value), calendar: 'gregorian', resolved: 'explicit' };
}

const years: Recogniser = ({ text }) => {
  const found: Found[] = [];
  for (const match of text.matchAll(YEAR_DIGITS)) {
    const { year: digits = '', to } = match.groups ?? {};
    const edge = EDGE_BEFORE.exec(text.slice(Math.max(0, match.index - 6), match.index))?.[0];
    // "021-8845-1921" is a telephone number; only an edge word may join a year with a hyphen.
    if (!edge && text[match.index - 1] === '-') continue;
    const start = match.index - (edge?.length ?? 0);
    const yearEnd = match.index + digits.length;
    const first = Number(digits);
    // "1980-88", "2017-18", "1980-1988": the second year is a date of its own.
    const second = to ? (to.length === 2 ? Math.floor(first / 100) * 100 + Number(to) : Number(to)) : null;
    const isRange = second !== null && second > first && second - first < 50;
    if (!isRange && !edge && !isYearContext(text, start, yearEnd)) continue;
    found.push(year(start, yearEnd, first));
    const end = match.index + match[0].length;
    if (isRange && second !== null) found.push(year(end - (to?.length ?? 0), end, second));
  }
  return found;
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
const DIGIT_DECADES = /(?<!\d)(?<digits>1[6-9]\d0|20\d0|\d0)['’]?s\b/g;
const WORD_DECADES = new RegExp(`\\b(?:${Object.keys(DECADE_WORDS).join('|')})\\b`, 'gi');
/** What may come before a decade and belongs to it: "the", an edge, an apostrophe ("the mid-'90s"). */
const DECADE_LEAD = /(?<the>\bthe\s+)?(?:\b(?:early|mid|late)[-\s]?)?(?<apostrophe>['’])?$/i;

/** The latest decade ending in `tens` that has begun by the reference year (the '90s in 2019: 1990). */
function centuryOf(tens: number, reference: Reference | null): number | null {
  if (!reference) return tens >= 30 ? 1900 + tens : null;
  const century = Math.floor(reference.year / 100) * 100;
  return century + tens <= reference.year ? century + tens : century - 100 + tens;
}

function decade(start: number, end: number, value: number | null, resolved: Found['resolved']): Found {
  return {
    start,
    end,
    date: value === null ? null : yearValue(value, 'decade'),
    calendar: 'gregorian',
    resolved,
  };
}

const decades: Recogniser = ({ text, reference }) => {
  const found: Found[] = [];
  const matches = [...text.matchAll(DIGIT_DECADES), ...text.matchAll(WORD_DECADES)];
  for (const match of matches) {
    const lead = DECADE_LEAD.exec(text.slice(Math.max(0, match.index - 16), match.index));
    const start = match.index - (lead?.[0].length ?? 0);
    const end = match.index + match[0].length;
    const digits = match.groups?.digits;
    if (digits && digits.length === 4) {
      found.push(decade(start, end, Number(digits), 'explicit'));
      continue;
    }
    // "the 90s" and "the nineties" are decades; "in their 90s" is an age.
    if (!lead?.groups?.the && !lead?.groups?.apostrophe) continue;
    const tens = digits ? Number(digits) : (DECADE_WORDS[match[0].toLowerCase()] ?? 0);
    found.push(decade(start, end, centuryOf(tens, reference), 'inferred'));
  }
  return found;
};

export const yearDates: Recogniser = (scan) => [...years(scan), ...decades(scan)];
