import type { PartialDate } from '../../model.ts';
import { dayValue, isValidDay, monthValue } from './calendar.ts';
import {
  afterCapitalisedWord,
  type Found,
  type Recogniser,
  type Reference,
  type Scan,
  speaksOfFuture,
  wordBefore,
  yearOfMonth,
} from './found.ts';

/**
 * Dates written with an English month name: "Monday, November 18, 2019", "18 Nov 2019", "the 28th of
 * February", "Sept. 30", "June 2009", "early September 1988", and a month alone where the words around it
 * make it a date ("in May", "last March", "late December"). A missing year comes from the publication
 * date (resolution `inferred`), or from a date that closes the range ("between late July and early
 * September 1988", resolution `explicit`).
 */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(?:${MONTH_NAMES.join('|')})\\b|(?:${ABBREVIATIONS.join('|')})(?:\\.|\\b)`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d)';
const EDGE = '(?:early|mid-?|late)';

/** Month number of a name or abbreviation ("Sept." → 9). */
export function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

/** Every month name is found with one scan; the words around it are then read in place. */
const MONTH_WORD = new RegExp(`\\b(?:${MONTH})`, 'g');
const DAY_AFTER = new RegExp(`\\s+(?<day>${DAY})\\b(?![:%]|[,.]\\d)(?:,?\\s+(?<year>${YEAR}))?`, 'y');
const YEAR_AFTER = new RegExp(`(?:\\s+of)?,?\\s+(?<year>${YEAR})`, 'y');
const DAY_BEFORE = new RegExp(`(?<![\\d,.])(?<day>${DAY})(?:\\s+of)?\\s+$`);
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY},?\\s+$`);
const EDGE_BEFORE = new RegExp(`\\b${EDGE}\\s*$`);
const WHICH_BEFORE = /\b(?<which>[Ll]ast|[Nn]ext|[Tt]his)\s+$/;
/** A later date in the same range that carries the year: "late July [and early September 1988]". */
const RANGE_END = new RegExp(
  `^\\s*(?:and|to|until|till|through|or|-|–|—)\\s*(?:${EDGE}\\s+)?(?:the\\s+)?(?:${DAY}\\s+(?:of\\s+)?)?(?:${MONTH})(?:\\s+${DAY})?,?\\s+(?<year>${YEAR})`,
);
/** Words after which a month name alone is a date ("in May"), and not a name or a verb ("Theresa May"). */
const MONTH_CONTEXT = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'throughout',
  'during',
  'before',
  'after',
  'between',
  'of',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'mid-',
]);

function yearFromRangeEnd(text: string, end: number): number | null {
  const match = RANGE_END.exec(text.slice(end, end + 60));
  return match?.groups?.year ? Number(match.groups.year) : null;
}

interface Written {
  month: number;
  day: number | null;
  year: number | null;
}

/** Resolves a month with an optional day and year into a date, or null when it cannot be stated. */
function resolveWritten(
  scan: Scan,
  found: Written,
  start: number,
  end: number,
): Omit<Found, 'start' | 'end'> {
  const { month, day } = found;
  const year = found.year ?? yearFromRangeEnd(scan.text, end);
  if (year !== null) {
    if (day !== null && !isValidDay(year, month, day)) return unstated('explicit');
    return { date: written(year, month, day), calendar: 'gregorian', resolved: 'explicit' };
  }
  const reference = scan.reference;
  if (!reference || reference.month === null) return unstated('inferred');
  const inferred = yearOfMonth(
    { ...reference, month: reference.month },
    month,
    speaksOfFuture(scan.text, start),
  );
  if (day !== null && !isValidDay(inferred, month, day)) return unstated('inferred');
  return { date: written(inferred, month, day), calendar: 'gregorian', resolved: 'inferred' };
}

function written(year: number, month: number, day: number | null): PartialDate {
  return day === null ? monthValue(year, month) : dayValue({ year, month, day });
}

function unstated(resolved: Found['resolved']): Omit<Found, 'start' | 'end'> {
  return { date: null, calendar: 'gregorian', resolved };
}

function lookBack(text: string, at: number, pattern: RegExp): RegExpExecArray | null {
  return pattern.exec(text.slice(Math.max(0, at - 30), at));
}

function readAfter(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Every reading of the month name at `[start, end)`; the longest of those that overlap wins later. */
function readingsOfMonth(scan: Scan, start: number, end: number): Found[] {
  const { text } = scan;
  const month = monthNumber(text.slice(start, end));
  const readings: Found[] = [];
  const add = (from: number, to: number, written: Written) =>
    readings.push({ start: from, end: to, ...resolveWritten(scan, written, from, to) });
  const weekday = lookBack(text, start, WEEKDAY_BEFORE);
  // "Ambassador Frank May 5" is a name and a number; a weekday before the month vouches for a date.
  const named = !weekday && afterCapitalisedWord(text, start);
  const dayAfter = readAfter(DAY_AFTER, text, end);
  if (dayAfter?.groups && !named) {
    const from = weekday ? start - weekday[0].length : start;
    const year = dayAfter.groups.year ? Number(dayAfter.groups.year) : null;
    add(from, end + dayAfter[0].length, { month, day: Number.parseInt(dayAfter.groups.day ?? '', 10), year });
  }
  const yearAfter = readAfter(YEAR_AFTER, text, end);
  const edge = lookBack(text, start, EDGE_BEFORE);
  if (yearAfter?.groups && !named) {
    add(edge ? start - edge[0].length : start, end + yearAfter[0].length, {
      month,
      day: null,
      year: Number(yearAfter.groups.year),
    });
  }
  const dayBefore = lookBack(text, start, DAY_BEFORE);
  if (dayBefore?.groups) {
    const dayStart = start - dayBefore[0].length;
    const leading = lookBack(text, dayStart, WEEKDAY_BEFORE);
    const year = readAfter(YEAR_AFTER, text, end);
    const to = year ? end + year[0].length : end;
    const written = {
      month,
      day: Number.parseInt(dayBefore.groups.day ?? '', 10),
      year: year?.groups ? Number(year.groups.year) : null,
    };
    add(leading ? dayStart - leading[0].length : dayStart, to, written);
  }
  const which = lookBack(text, start, WHICH_BEFORE);
  if (which?.groups?.which) {
    const date = relativeMonth(scan.reference, which.groups.which.toLowerCase(), month);
    readings.push({ start: start - which[0].length, end, date, calendar: 'gregorian', resolved: 'relative' });
  } else if (edge || hasMonthContext(text, start)) {
    add(edge ? start - edge[0].length : start, end, { month, day: null, year: null });
  }
  return readings;
}

/** "last March", "next February", "this May": relative to the publication month. */
function relativeMonth(reference: Reference | null, which: string, month: number): Found['date'] {
  if (!reference || reference.month === null) return null;
  let year = reference.year;
  if (which === 'last' && month >= reference.month) year -= 1;
  if (which === 'next' && month <= reference.month) year += 1;
  return monthValue(year, month);
}

/** "in May", "since January", or the second month of "October and November". */
function hasMonthContext(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  if (MONTH_CONTEXT.has(before)) return true;
  if (before !== 'and' && before !== 'or' && before !== 'to') return false;
  const earlier = text.slice(Math.max(0, at - 30), at).replace(/\s*(?:and|or|to)\s*$/, '');
  return new RegExp(`(?:${MONTH})\\s*(?:${DAY})?,?$`).test(earlier);
}

export const monthDates: Recogniser = (scan) => {
  const found: Found[] = [];
  for (const match of scan.text.matchAll(MONTH_WORD)) {
    found.push(...readingsOfMonth(scan, match.index, match.index + match[0].length));
  }
  return found;
};
