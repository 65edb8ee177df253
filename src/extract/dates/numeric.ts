import { dayValue, isValidDay } from './calendar.ts';
import type { Found, Recogniser } from './found.ts';

/**
 * Dates written in digits: "2019-11-18" and "2019/11/18", and day-month-year or month-day-year with
 * slashes or dots ("30/09/2018", "11/18/2019"). When both orders are possible ("03/04/2019") the date is
 * left out: the text does not say which, and guessing would be wrong half the time.
 */

const ISO = /(?<![\d/.-])(?<year>1[6-9]\d\d|20\d\d)([-/])(?<month>\d\d?)\2(?<day>\d\d?)(?![\d/]|[.-]\d|:\d)/g;
const SLASHED =
  /(?<![\d/.-])(?<first>\d\d?)([/.])(?<second>\d\d?)\2(?<year>1[6-9]\d\d|20\d\d)(?![\d/]|[.-]\d)/g;

function dateFound(start: number, end: number, year: number, month: number, day: number): Found {
  return {
    start,
    end,
    date: isValidDay(year, month, day) ? dayValue({ year, month, day }) : null,
    calendar: 'gregorian',
    resolved: 'explicit',
  };
}

export const numericDates: Recogniser = ({ text }) => {
  const found: Found[] = [];
  for (const match of text.matchAll(ISO)) {
    const { year, month, day } = match.groups ?? {};
    found.push(
      dateFound(match.index, match.index + match[0].length, Number(year), Number(month), Number(day)),
    );
  }
  for (const match of text.matchAll(SLASHED)) {
    const first = Number(match.groups?.first);
    const second = Number(match.groups?.second);
    const year = Number(match.groups?.year);
    const end = match.index + match[0].length;
    if (first > 12 && second <= 12) found.push(dateFound(match.index, end, year, second, first));
    else if (second > 12 && first <= 12) found.push(dateFound(match.index, end, year, first, second));
    else found.push({ start: match.index, end, date: null, calendar: 'gregorian', resolved: 'explicit' });
  }
  return found;
};
