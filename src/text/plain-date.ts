import * as chrono from 'chrono-node';
import type { DatePrecision, PartialDate } from '../model.ts';

/**
 * Dates printed in the header of a plain-text article: a line that is only a date ("Monday, November
 * 18, 2019", "Updated 14:05 GMT, 18 Nov 2019") and a dateline opening the first paragraph ("TEHRAN,
 * Nov 18 (Reuters) -"). A date is only read to the precision it is written with, and never without a
 * written year: guessing the year would make the same text give different dates on different days.
 */

/** chrono fills unwritten parts from a reference; they are never used, but a fixed one keeps runs equal. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function partialDate(result: chrono.ParsedResult): PartialDate | null {
  const start = result.start;
  // A written year has digits; "today" or "last year" are relative to a day this text does not know.
  if (!start.isCertain('year') || !/\d/.test(result.text)) return null;
  const year = String(start.get('year')).padStart(4, '0');
  const month = pad(start.get('month') ?? 1);
  let precision: DatePrecision = 'year';
  if (start.isCertain('day')) precision = 'day';
  else if (start.isCertain('month')) precision = 'month';
  const value =
    precision === 'day'
      ? `${year}-${month}-${pad(start.get('day') ?? 1)}`
      : precision === 'month'
        ? `${year}-${month}`
        : year;
  return { value, precision };
}

/** A year as written: four digits, an apostrophe and two ("Nov '19"), or the last part of "18/11/19". */
const WRITTEN_YEAR = /\d{4}|['’]\d{2}\b|\d[./-]\d{1,2}[./-]\d{2}/;

/** The first date with a written year in `text`, or null. */
export function firstDateIn(text: string): PartialDate | null {
  // Most datelines give no year ("TEHRAN, Nov 18 (Reuters) -"): not worth a parse that cannot succeed.
  if (!WRITTEN_YEAR.test(text)) return null;
  for (const result of chrono.parse(text, REFERENCE)) {
    const date = partialDate(result);
    if (date) return date;
  }
  return null;
}

const LABELS = [
  'first published',
  'published',
  'posted',
  'last updated',
  'last modified',
  'updated',
  'modified',
  'date',
];
const LABEL = new RegExp(String.raw`^(?:(${LABELS.join('|')})(?:\s+on)?\s*:?\s*)`, 'i');
const TIME_ZONES = ['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'irst', 'et'];
const GLUE = String.raw`[\s,.|:·•()\-–—/]*`;
/** What may stand around the date on a date line: punctuation, "at", time zones. */
const LEFTOVER = new RegExp(
  String.raw`^${GLUE}(?:(?:at|on|local time|${TIME_ZONES.join('|')})\b${GLUE})*$`,
  'i',
);

const FOUR_DIGIT_YEAR = /(?:^|\D)[12]\d{3}(?:\D|$)/;
/** Words a date line is made of; a line with many other letters is not one, whatever chrono finds. */
const MONTHS_AND_DAYS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun';
const DATE_FILLERS = [
  'st',
  'nd',
  'rd',
  'th',
  'at',
  'on',
  'of',
  'the',
  'am',
  'pm',
  String.raw`a\.m\.`,
  String.raw`p\.m\.`,
];
const LABEL_WORDS = ['local', 'time', 'first', 'published', 'posted', 'last', 'updated', 'modified', 'date'];
const OTHER_DATE_WORDS = [...DATE_FILLERS, ...TIME_ZONES, ...LABEL_WORDS].join('|');
const DATE_WORDS = new RegExp(String.raw`\b(?:(?:${MONTHS_AND_DAYS})[a-z]*\.?|${OTHER_DATE_WORDS})\b`, 'gi');
const MONTH_OR_NUMERIC_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[./-]\d{1,2}[./-]\d/i;

export interface DateLine {
  date: PartialDate;
  /** Labelled as an update ("Updated ..."): a later date than publication. */
  updated: boolean;
}

/** A line that is nothing but a date, with an optional label and time: its date, else null. */
export function readDateLine(line: string): DateLine | null {
  const text = line.trim();
  // Most lines are not dates; a written four-digit year is needed anyway, and much cheaper to look for.
  if (text.length > 80 || !FOUR_DIGIT_YEAR.test(text) || !MONTH_OR_NUMERIC_DATE.test(text)) return null;
  if (text.replace(DATE_WORDS, '').replace(/[^\p{L}]/gu, '').length > 3) return null;
  const label = LABEL.exec(text);
  const rest = text.slice(label?.[0].length ?? 0);
  const results = chrono.parse(rest, REFERENCE);
  const first = results[0];
  const date = first ? partialDate(first) : null;
  if (!date) return null;
  let leftover = rest;
  for (const result of results) leftover = leftover.replace(result.text, ' ');
  if (!LEFTOVER.test(leftover)) return null;
  const updated = /updated|modified/i.test(label?.[1] ?? '');
  return { date, updated };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.toUpperCase())].join('|')})`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
/** A second part of the place: ", D.C.", ", Calif.", ", Iran"; never a month, which starts the date. */
const REGION = String.raw`(?:, (?!${MONTH})\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?`;
const DATE = String.raw`(?:,? (?<date>[\p{L}\p{N}][^()\n–—]{2,39}?))?`;
const AGENCY = String.raw`(?: ?\((?<agency>[^()\n]{2,40})\))?`;
const DASH = String.raw`\s*(?:--|[-–—])\s+`;
/** "TEHRAN, Nov 18 (Reuters) -", "LONDON —", "VELMORA, March 4, 2025 -": a place in capitals. */
const CAPS_DATELINE = new RegExp(`^${CAPS_WORD}(?: ${CAPS_WORD}){0,3}${REGION}${DATE}${AGENCY}${DASH}`, 'u');
/** "Tehran, Nov 18 (Reuters) -": a place in ordinary case only counts with the agency's name. */
const AGENCY_DATELINE = new RegExp(
  String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}${REGION}${DATE} ?\((?<agency>[^()\n]{2,40})\)${DASH}`,
  'u',
);

export interface Dateline {
  /** Length of the dateline prefix, dash and following space included. */
  length: number;
  date: PartialDate | null;
}

/** A dateline opening a paragraph, and its date when it writes one with a year. */
export function readDateline(paragraph: string): Dateline | null {
  const match = CAPS_DATELINE.exec(paragraph) ?? AGENCY_DATELINE.exec(paragraph);
  if (!match) return null;
  const written = match.groups?.date;
  return { length: match[0].length, date: written ? firstDateIn(written) : null };
}
