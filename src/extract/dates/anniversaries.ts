import type { PartialDate } from '../../model.ts';
import type { Found } from './found.ts';

/**
 * Anniversaries whose base the text gives: "the 10th anniversary of the 2009 protests" is 2019, "the
 * first anniversary of the September 2022 protests" is September 2023. The anniversary keeps the
 * precision of its base; one without a dated base ("the anniversary of his death") is not a date here.
 */

const UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];
const ORDINAL = `\\d{1,3}(?:st|nd|rd|th)|(?:${TENS.join('|')})(?:ieth|y[-\\s](?:${UNITS.slice(0, 9).join('|')}))|${UNITS.join('|')}|hundredth`;
const ANNIVERSARY = /\banniversary\b/gi;
const ORDINAL_BEFORE = new RegExp(`\\b(?<ordinal>${ORDINAL})\\s+$`, 'i');
/** What may stand between "anniversary" and its base: "of the", a few words ("of the bloody"). */
const TO_BASE = /^\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

export function ordinalValue(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d/.test(lower)) return Number.parseInt(lower, 10);
  if (lower === 'hundredth') return 100;
  const unit = UNITS.indexOf(lower);
  if (unit >= 0) return unit + 1;
  const tens = TENS.findIndex((t) => lower.startsWith(t));
  const rest = lower.slice((TENS[tens] ?? '').length).replace(/^y[-\s]/, '');
  return (tens + 2) * 10 + (rest === 'ieth' ? 0 : UNITS.indexOf(rest) + 1);
}

function shifted(base: PartialDate, years: number): PartialDate {
  const year = Number(base.value.slice(0, 4)) + years;
  const value = `${String(year).padStart(4, '0')}${base.value.slice(4)}`;
  // 29 February has no anniversary in a common year; the month is all that can be said.
  if (value.endsWith('-02-29') && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) {
    return { value: value.slice(0, 7), precision: 'month' };
  }
  return { value, precision: base.precision };
}

/** Anniversaries in `text` whose base is one of `dates` (the dates found, sorted by start). */
export function anniversaries(text: string, dates: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(ANNIVERSARY)) {
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, match.index - 20), match.index));
    if (!ordinal) continue;
    const end = match.index + match[0].length;
    const base = dates.find(
      (d) => d.start >= end && d.start - end < 60 && TO_BASE.test(text.slice(end, d.start)),
    );
    if (!base?.date || base.date.precision === 'decade') continue;
    const date = shifted(base.date, ordinalValue(ordinal.groups?.ordinal ?? ''));
    found.push({
      start: match.index - ordinal[0].length,
      end,
      date,
      calendar: 'gregorian',
      resolved: 'relative',
    });
  }
  return found;
}
