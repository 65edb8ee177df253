import type { PartialDate } from '../../model.ts';
import {
  addDays,
  addMonths,
  type Day,
  dayValue,
  monthValue,
  periodHolding,
  weekdayOf,
  weekHolding,
  yearValue,
} from './calendar.ts';
import {
  afterCapitalisedWord,
  type Found,
  type Recogniser,
  type Reference,
  type Scan,
  speaksOfFuture,
  wordBefore,
} from './found.ts';

/**
 * Dates relative to the publication date: "yesterday", "last week", "earlier this month", "late last
 * year", "three days ago", "on Monday", "last Friday". Each is the smallest period that holds all of it
 * ("last week" is a month, or a year when the week straddles two months). Without a publication date
 * precise enough, they are found but left out rather than guessed.
 */

const DAY_WORDS =
  /\b(?:(?<yesterday>[Yy]esterday|[Ll]ast night)|(?<today>[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))|(?<tomorrow>[Tt]omorrow))\b/g;
const PERIODS = /\b(?<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?<unit>week|weekend|month|year)\b/g;
const PERIOD_EDGE = /\b(?<edge>early|late|earlier|later)\s+$/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const AGO = /\bago\b/g;
const AGO_LEAD = new RegExp(
  `\\b(?<count>\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?<unit>day|week|month|year)s?\\s+$`,
  'i',
);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'g');
const WHICH_BEFORE = /\b(?<which>[Ll]ast|[Nn]ext|[Tt]his)\s+$/;

function before(text: string, at: number, pattern: RegExp): RegExpExecArray | null {
  return pattern.exec(text.slice(Math.max(0, at - 24), at));
}

function referenceDay(reference: Reference | null): Day | null {
  if (!reference || reference.month === null || reference.day === null) return null;
  return { year: reference.year, month: reference.month, day: reference.day };
}

function relative(start: number, end: number, date: PartialDate | null): Found {
  return { start, end, date, calendar: 'gregorian', resolved: 'relative' };
}

function dayWord(groups: Record<string, string | undefined>, today: Day): PartialDate {
  if (groups.yesterday) return dayValue(addDays(today, -1));
  if (groups.tomorrow) return dayValue(addDays(today, 1));
  return dayValue(today);
}

function period(
  reference: Reference,
  which: string,
  unit: string,
  edge: string | undefined,
): PartialDate | null {
  const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') return yearValue(reference.year + offset);
  if (reference.month === null) return null;
  if (unit === 'month') {
    const { year, month } = addMonths(reference.year, reference.month, offset);
    return monthValue(year, month);
  }
  const today = referenceDay(reference);
  if (!today) return null;
  const week = weekHolding(addDays(today, offset * 7));
  if (unit === 'weekend') return periodHolding(addDays(week.from, 5), week.to);
  // "Earlier this week" ends today; "later this week" starts today.
  if (offset === 0 && edge === 'earlier') return periodHolding(week.from, today);
  if (offset === 0 && edge === 'later') return periodHolding(today, week.to);
  return periodHolding(week.from, week.to);
}

function ago(reference: Reference, count: number, unit: string): PartialDate | null {
  if (unit === 'year') return yearValue(reference.year - count);
  if (reference.month === null) return null;
  if (unit === 'month') {
    const { year, month } = addMonths(reference.year, reference.month, -count);
    return monthValue(year, month);
  }
  const today = referenceDay(reference);
  if (!today) return null;
  if (unit === 'day') return dayValue(addDays(today, -count));
  const week = weekHolding(addDays(today, -7 * count));
  return periodHolding(week.from, week.to);
}

/** The weekday meant: the latest on or before the publication day, or the next one in future clauses. */
function weekday(scan: Scan, today: Day, target: number, which: string | undefined, at: number): Day {
  const current = weekdayOf(today);
  const back = (current - target + 7) % 7;
  const ahead = (target - current + 7) % 7;
  if (which === 'last') return addDays(today, -(back === 0 ? 7 : back));
  if (which === 'next') return addDays(today, ahead === 0 ? 7 : ahead);
  if (which === 'this' || speaksOfFuture(scan.text, at)) return addDays(today, ahead);
  return addDays(today, -back);
}

export const relativeDates: Recogniser = (scan) => {
  const { text, reference } = scan;
  const found: Found[] = [];
  const today = referenceDay(reference);
  for (const match of text.matchAll(DAY_WORDS)) {
    const end = match.index + match[0].length;
    found.push(relative(match.index, end, today ? dayWord(match.groups ?? {}, today) : null));
  }
  for (const match of text.matchAll(PERIODS)) {
    const edge = before(text, match.index, PERIOD_EDGE);
    const start = match.index - (edge?.[0].length ?? 0);
    // "over the last year" is a duration, not a date.
    if (!edge && wordBefore(text, match.index) === 'the') continue;
    const { which = '', unit = '' } = match.groups ?? {};
    const edgeWord = edge?.groups?.edge?.toLowerCase();
    const date = reference ? period(reference, which.toLowerCase(), unit, edgeWord) : null;
    found.push(relative(start, match.index + match[0].length, date));
  }
  for (const match of text.matchAll(AGO)) {
    const lead = before(text, match.index, AGO_LEAD);
    if (!lead?.groups) continue;
    const { count = '', unit = '' } = lead.groups;
    const n = NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
    const date = reference ? ago(reference, n, unit.toLowerCase()) : null;
    found.push(relative(match.index - lead[0].length, match.index + match[0].length, date));
  }
  for (const match of text.matchAll(WEEKDAY)) {
    const which = before(text, match.index, WHICH_BEFORE);
    // "Black Friday", "Bloody Sunday": the name of an event.
    if (!which && afterCapitalisedWord(text, match.index)) continue;
    const target = WEEKDAYS.indexOf(match[0]);
    const word = which?.groups?.which?.toLowerCase();
    const date = today ? dayValue(weekday(scan, today, target, word, match.index)) : null;
    found.push(relative(match.index - (which?.[0].length ?? 0), match.index + match[0].length, date));
  }
  return found;
};
