import { isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js';
import type { Calendar, PartialDate } from '../../model.ts';
import { addDays, dayValue, monthValue, yearValue } from './calendar.ts';
import type { Found, Recogniser, Reference } from './found.ts';
import { YEAR } from './months.ts';

/**
 * Solar Hijri (Persian) dates, in English ("Tir 1367", "1 Mordad 1367", "the Iranian year 1368", "the
 * year 1388 in the Iranian calendar") and in Persian script with Persian, Arabic-Indic or Latin digits
 * ("۱۸ آبان ۱۳۹۸", "تیر ۱۳۶۷", "سال ۱۳۶۷", "۱۳۹۸/۰۸/۲۴", "دیروز"), converted with jalaali-js. A Persian
 * month or year is given as the Gregorian month or year that holds its middle day: Tir 1367 runs from 22
 * June to 22 July 1988 and is "1988-07"; the year 1367 is "1988".
 */

const ENGLISH_MONTHS = [
  'Farvardin',
  'Ordibehesht',
  'Khordad',
  'Tir',
  'A?[Mm]ordad',
  'Shahri[vw]ar',
  'Mehr',
  'Aban',
  'Azar',
  'De[yi]',
  'Bahman',
  '[EI]sfand',
];
const PERSIAN_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
/** Gregorian month names as Persian writes them; مه (May) is also "fog", so it needs a day or a year. */
const GREGORIAN_IN_PERSIAN = [
  ['ژانویه'],
  ['فوریه'],
  ['مارس'],
  ['آوریل'],
  ['مه', 'می'],
  ['ژوئن'],
  ['ژوئیه', 'جولای'],
  ['اوت', 'آگوست'],
  ['سپتامبر'],
  ['اکتبر'],
  ['نوامبر'],
  ['دسامبر'],
];
const PERSIAN_YEAR = '(?:1[2-4]\\d\\d)';

const ENGLISH_DATE = new RegExp(
  `\\b(?:(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+)?(?<month>${ENGLISH_MONTHS.join('|')})\\s+(?<year>${PERSIAN_YEAR})(?!\\d)`,
  'g',
);
const ENGLISH_YEAR = new RegExp(
  `\\b(?:the\\s+(?:Iranian|Persian|Solar Hijri)\\s+(?:calendar\\s+)?year\\s+(?<year1>${PERSIAN_YEAR})\\b|(?:the\\s+)?year\\s+(?<year2>${PERSIAN_YEAR})\\s+(?:in|of)\\s+the\\s+(?:Iranian|Persian|Solar Hijri)\\s+calendar|(?<year3>${PERSIAN_YEAR})\\s+(?:SH|AP|Solar Hijri)\\b|(?<year4>${PERSIAN_YEAR})\\s+\\((?<gregorian>${YEAR})\\))`,
  'g',
);

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const FA_DATE = new RegExp(
  `${LETTER_BEFORE}(?:(?<day>\\d{1,2})\\s+)?(?:(?<persianMonth>${PERSIAN_MONTHS.join('|')})|(?<gregorianMonth>${GREGORIAN_IN_PERSIAN.flat().join('|')}))(?:\\s*ماه)?(?:\\s+(?:سال\\s+)?(?<year>\\d{4}))?${LETTER_AFTER}`,
  'gu',
);
const FA_YEAR = new RegExp(`${LETTER_BEFORE}سال\\s+(?<year>\\d{4})${LETTER_AFTER}`, 'gu');
const FA_NUMERIC = /(?<![\d/])(?<year>1[34]\d\d)\/(?<month>\d\d?)\/(?<day>\d\d?)(?![\d/])/g;
const FA_RELATIVE = new RegExp(
  `${LETTER_BEFORE}(?:(?<yesterday>دیروز)|(?<today>امروز)|(?<tomorrow>فردا)|(?<thisYear>امسال)|(?<lastYear>پارسال|سال\\s+(?:گذشته|قبل|پیش))|(?<lastMonth>ماه\\s+(?:گذشته|قبل|پیش)))${LETTER_AFTER}`,
  'gu',
);

/** Persian (U+06F0) and Arabic-Indic (U+0660) digits to ASCII: one code unit each, so offsets hold. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

function persianDay(jy: number, jm: number, jd: number): PartialDate | null {
  if (!isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return dayValue({ year: gy, month: gm, day: gd });
}

function persianMonth(jy: number, jm: number): PartialDate | null {
  if (jm < 1 || jm > 12) return null;
  const { gy, gm } = toGregorian(jy, jm, 15);
  return monthValue(gy, gm);
}

function persianYear(jy: number): PartialDate {
  return yearValue(jy + 621);
}

function found(
  start: number,
  end: number,
  date: PartialDate | null,
  resolved: Found['resolved'],
  calendar: Calendar = 'persian',
): Found {
  return { start, end, date, calendar, resolved };
}

function englishMonthNumber(name: string): number {
  return ENGLISH_MONTHS.findIndex((pattern) => new RegExp(`^${pattern}$`).test(name)) + 1;
}

const inEnglish: Recogniser = ({ text }) => {
  // Every Persian date in English carries a year of the 1200s to 1400s; most texts have none.
  if (!/\b1[2-4]\d\d\b/.test(text)) return [];
  const results: Found[] = [];
  for (const match of text.matchAll(ENGLISH_DATE)) {
    const { day, month = '', year = '' } = match.groups ?? {};
    const jm = englishMonthNumber(month);
    const date = day ? persianDay(Number(year), jm, Number(day)) : persianMonth(Number(year), jm);
    results.push(found(match.index, match.index + match[0].length, date, 'explicit'));
  }
  for (const match of text.matchAll(ENGLISH_YEAR)) {
    const { year1, year2, year3, year4, gregorian } = match.groups ?? {};
    const jy = Number(year1 ?? year2 ?? year3 ?? year4);
    // "1367 (1988)": a Persian year glossed with its Gregorian one; anything else is not this pattern.
    if (year4 && Number(gregorian) - jy !== 621 && Number(gregorian) - jy !== 622) continue;
    const end = year4 ? match.index + year4.length : match.index + match[0].length;
    results.push(found(match.index, end, persianYear(jy), 'explicit'));
  }
  return results;
};

/** Today in the Persian calendar, when the publication day is known. */
function persianToday(reference: Reference | null): { jy: number; jm: number; jd: number } | null {
  if (!reference || reference.month === null || reference.day === null) return null;
  return toJalaali(reference.year, reference.month, reference.day);
}

/** A Persian- or Gregorian-month date in Persian script; a month needs a day or a year to be a date. */
function writtenInPersian(
  groups: Record<string, string | undefined>,
  reference: Reference | null,
): Omit<Found, 'start' | 'end'> | null {
  const { day, persianMonth: pm, gregorianMonth: gm, year } = groups;
  if (!day && !year) return null;
  if (gm) {
    if (!year) return null;
    const month = GREGORIAN_IN_PERSIAN.findIndex((names) => names.includes(gm)) + 1;
    const date = day
      ? dayValue({ year: Number(year), month, day: Number(day) })
      : monthValue(Number(year), month);
    return { date, calendar: 'gregorian', resolved: 'explicit' };
  }
  const jm = PERSIAN_MONTHS.indexOf(pm ?? '') + 1;
  if (year) {
    const date = day ? persianDay(Number(year), jm, Number(day)) : persianMonth(Number(year), jm);
    return { date, calendar: 'persian', resolved: 'explicit' };
  }
  // "۱۸ آبان": the year from the publication date, read in the Persian calendar, preferring the past.
  const today = persianToday(reference);
  if (!today) return { date: null, calendar: 'persian', resolved: 'inferred' };
  const jy = jm > today.jm ? today.jy - 1 : today.jy;
  return { date: persianDay(jy, jm, Number(day)), calendar: 'persian', resolved: 'inferred' };
}

/** "سال ۱۳۶۷" is a Persian year, "سال ۲۰۱۹" a Gregorian one. */
function yearInPersian(y: number): Omit<Found, 'start' | 'end'> | null {
  if (y >= 1200 && y < 1500) return { date: persianYear(y), calendar: 'persian', resolved: 'explicit' };
  if (y >= 1600 && y < 2100) return { date: yearValue(y), calendar: 'gregorian', resolved: 'explicit' };
  return null;
}

function relativeInPersian(
  groups: Record<string, string | undefined>,
  reference: Reference | null,
): PartialDate | null {
  if (!reference) return null;
  const today = persianToday(reference);
  const day =
    reference.month !== null && reference.day !== null
      ? { year: reference.year, month: reference.month, day: reference.day }
      : null;
  if (groups.yesterday || groups.today || groups.tomorrow) {
    if (!day) return null;
    return dayValue(addDays(day, groups.yesterday ? -1 : groups.tomorrow ? 1 : 0));
  }
  if (!today) return null;
  if (groups.thisYear) return persianYear(today.jy);
  if (groups.lastYear) return persianYear(today.jy - 1);
  return today.jm === 1 ? persianMonth(today.jy - 1, 12) : persianMonth(today.jy, today.jm - 1);
}

const inPersianScript: Recogniser = (scan) => {
  // Most documents have no Arabic-script letters at all; a quick look spares them the patterns below.
  if (!/[\u0600-\u06FF]/.test(scan.text)) return [];
  const text = asciiDigits(scan.text);
  const results: Found[] = [];
  const push = (match: RegExpExecArray, date: Omit<Found, 'start' | 'end'> | null) => {
    if (date) results.push({ start: match.index, end: match.index + match[0].length, ...date });
  };
  for (const match of text.matchAll(FA_DATE))
    push(match, writtenInPersian(match.groups ?? {}, scan.reference));
  for (const match of text.matchAll(FA_YEAR)) push(match, yearInPersian(Number(match.groups?.year)));
  for (const match of text.matchAll(FA_NUMERIC)) {
    const { year, month, day } = match.groups ?? {};
    push(match, {
      date: persianDay(Number(year), Number(month), Number(day)),
      calendar: 'persian',
      resolved: 'explicit',
    });
  }
  for (const match of text.matchAll(FA_RELATIVE)) {
    const date = relativeInPersian(match.groups ?? {}, scan.reference);
    results.push(found(match.index, match.index + match[0].length, date, 'relative'));
  }
  return results;
};

export const persianDates: Recogniser = (scan) => [...inEnglish(scan), ...inPersianScript(scan)];
