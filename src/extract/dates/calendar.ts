import type { DatePrecision, PartialDate } from '../../model.ts';

/**
 * Gregorian day arithmetic on plain numbers, in UTC so that no time zone or daylight-saving change can
 * move a day. Months are 1-12.
 */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

function toTime({ year, month, day }: Day): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

function fromTime(time: number): Day {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: Day, days: number): Day {
  return fromTime(toTime(date) + days * MS_PER_DAY);
}

/** 0 = Monday ... 6 = Sunday, as in ISO weeks. */
export function weekdayOf(date: Day): number {
  return (new Date(toTime(date)).getUTCDay() + 6) % 7;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The month `offset` months away from `year`-`month`. */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function dayValue(date: Day): PartialDate {
  return { value: `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`, precision: 'day' };
}

export function monthValue(year: number, month: number, precision: DatePrecision = 'month'): PartialDate {
  return { value: `${pad(year, 4)}-${pad(month)}`, precision };
}

export function yearValue(year: number, precision: DatePrecision = 'year'): PartialDate {
  return { value: pad(year, 4), precision };
}

/**
 * The smallest period that holds every day from `from` to `to`: a day, a month, a year or a decade; null
 * when even a decade does not (a week across New Year's Day 2020). This is how "last week" is stated
 * without claiming a precision the text does not give.
 */
export function periodHolding(from: Day, to: Day): PartialDate | null {
  if (compareDays(from, to) === 0) return dayValue(from);
  if (from.year === to.year && from.month === to.month) return monthValue(from.year, from.month);
  if (from.year === to.year) return yearValue(from.year);
  const decade = Math.floor(from.year / 10) * 10;
  return decade === Math.floor(to.year / 10) * 10 ? yearValue(decade, 'decade') : null;
}

/** The Monday-to-Sunday week holding `date`. */
export function weekHolding(date: Day): { from: Day; to: Day } {
  const from = addDays(date, -weekdayOf(date));
  return { from, to: addDays(from, 6) };
}
