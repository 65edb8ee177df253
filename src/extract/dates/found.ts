import type { Calendar, DateResolution, PartialDate, PublishedDate } from '../../model.ts';

/** What each date recogniser reads and returns. */

/** The publication date the relative and year-less expressions are read against, to its precision. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

export function referenceOf(published: PublishedDate | null): Reference | null {
  if (!published) return null;
  const [year, month, day] = published.value.split('-').map(Number);
  if (year === undefined || !Number.isFinite(year)) return null;
  return {
    year,
    month: published.precision === 'year' ? null : (month ?? null),
    day: published.precision === 'day' ? (day ?? null) : null,
  };
}

export interface Scan {
  text: string;
  reference: Reference | null;
}

/**
 * A date expression at `[start, end)`. `date` is null when the expression is certainly a date but cannot
 * be stated (relative with no publication date, a week across New Year): it still wins over the shorter
 * readings inside it, and is then left out.
 */
export interface Found {
  start: number;
  end: number;
  date: PartialDate | null;
  calendar: Calendar;
  resolved: DateResolution;
}

export type Recogniser = (scan: Scan) => Found[];

const CLAUSE_START = /[.,;:!?—–"“”()]\s*$/;
/**
 * Words that put the clause before a date in the future: a year-less date after them is the next one,
 * not the last one ("a hearing is scheduled for December 2", "sanctions take effect on Nov. 4").
 */
const FUTURE =
  /\b(?:will|would|shall|won't|wouldn't|next|due|scheduled|expected|expects?|set (?:to|for)|plans? to|planned|upcoming|coming|ahead of|takes? effect|intends? to)\b|'ll\b/i;

/** Whether the clause that leads up to `at` speaks of the future. */
export function speaksOfFuture(text: string, at: number): boolean {
  const from = Math.max(0, at - 90);
  let before = text.slice(from, at);
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_START.test(before.slice(Math.max(0, i - 1), i + 1))) {
      before = before.slice(i + 1);
      break;
    }
  }
  return FUTURE.test(before);
}

/** The year of a year-less month: the latest on or before the reference month, or the next one. */
export function yearOfMonth(
  reference: Reference & { month: number },
  month: number,
  future: boolean,
): number {
  if (future) return month < reference.month ? reference.year + 1 : reference.year;
  return month > reference.month ? reference.year - 1 : reference.year;
}

/** `text[at - 1]` is a letter or digit: `at` is inside a word. */
export function insideWord(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
}

/** The word just before `at`, lowercased, without the spaces between ("" at the start of the text). */
export function wordBefore(text: string, at: number): string {
  const match = /([\p{L}\p{N}.'’-]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * Whether the word before `at` is capitalised without being the first word of a sentence: then it and
 * what follows are most likely a name ("Theresa May", "Article 1988", "Black Friday").
 */
export function afterCapitalisedWord(text: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  const window = text.slice(from, at);
  const match = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(window);
  if (!match) return false;
  const before = window.slice(0, match.index).trimEnd();
  if (before === '') return from > 0;
  return !/[.!?:;"“”(—–]$/.test(before);
}
