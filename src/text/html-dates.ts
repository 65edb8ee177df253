/**
 * Publication dates as a page states them. A timestamp keeps the calendar date written in it, in the
 * page's own offset (`2019-11-19T23:30:00-08:00` is the 19th), never converted to UTC.
 */
import { strict as chrono } from 'chrono-node';
import type { PartialDate } from '../model.ts';

const ISO_DATE = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:$|[T\s])/;
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
const URL_DAY = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/;
const URL_NAMED_MONTH =
  /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})(?:\/|$)/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const URL_MONTH = /\/((?:19|20)\d{2})\/(\d{1,2})\//;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date, or a month when `day` is absent; null when the parts are not a real date. */
function dateOf(year: number, month: number, day?: number): PartialDate | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** Reads a date from a metadata value: ISO 8601, `YYYYMMDD`, or a written date with day, month and year. */
export function parseStatedDate(text: string): PartialDate | null {
  const iso = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (iso) {
    return dateOf(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  }
  const written = chrono.parse(text.slice(0, 200))[0]?.start;
  if (!written || !['year', 'month', 'day'].every((part) => written.isCertain(part as 'year'))) return null;
  return dateOf(written.get('year') ?? 0, written.get('month') ?? 0, written.get('day') ?? 0);
}

/**
 * The `/YYYY/MM/DD/` or `/YYYY/mon/DD/` that many news sites put in article paths, or, less precisely,
 * `/YYYY/MM/`.
 */
export function dateFromUrl(url: string): PartialDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const day = URL_DAY.exec(path);
  if (day) return dateOf(Number(day[1]), Number(day[2]), Number(day[3]));
  const named = URL_NAMED_MONTH.exec(path);
  if (named) {
    return dateOf(Number(named[1]), MONTH_NAMES.indexOf(named[2]?.toLowerCase() ?? '') + 1, Number(named[3]));
  }
  const month = URL_MONTH.exec(path);
  return month ? dateOf(Number(month[1]), Number(month[2])) : null;
}
