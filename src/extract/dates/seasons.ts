import type { PartialDate } from '../../model.ts';
import { monthValue } from './calendar.ts';
import { type Found, type Recogniser, type Reference, speaksOfFuture } from './found.ts';
import { YEAR } from './months.ts';

/**
 * Seasons, northern and meteorological: "the summer of 1981", "spring 2019", "the winter of 2017-18",
 * "last autumn", "this winter", "by spring". A season's value is its year and first month (spring 03,
 * summer 06, autumn 09); a winter is given as the January it holds, since "the winter of 1979" means its
 * January and February. "The Arab Spring" and "the fall of the Shah" are not seasons.
 */

const FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 1 };

const SEASON_WORD = /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b/g;
const YEAR_AFTER = new RegExp(
  `(?:\\s+of)?,?\\s+(?<year>${YEAR})(?:[-–/](?<to>\\d\\d(?:\\d\\d)?)(?!\\d))?`,
  'y',
);
const WRITTEN_LEAD = /(?:\bthe\s+)?(?:\b(?:early|late)\s+|\bmid-)?$/;
const WHICH_BEFORE = /\b(?<which>[Ll]ast|[Tt]his|[Nn]ext)\s+$/;
/** "in the spring", "by spring", "the summer": the year comes from the publication date. */
const YEARLESS_LEAD =
  /(?<preposition>\b(?:in|by|since|until|till|during|over|through|throughout|before|after|for)\s+)?(?<article>\bthe\s+)?(?<edge>\b(?:early|late)\s+)?$/;
const OF_AFTER = /\s+of\b/y;

/** Month index (year * 12 + month - 1) of the start and end of a season given by its value's year. */
function bounds(season: string, year: number): { start: number; end: number } {
  const first = FIRST_MONTH[season] ?? 1;
  // A winter runs from the December before its January to February.
  const start = season === 'winter' ? year * 12 - 1 : year * 12 + first - 1;
  return { start, end: start + 2 };
}

function value(season: string, year: number): PartialDate {
  return monthValue(year, FIRST_MONTH[season] ?? 1, 'season');
}

type Choice = 'last' | 'this' | 'next' | 'past' | 'future';

/** The season of that name meant, counted in months around the publication month. */
function seasonNear(reference: Reference & { month: number }, season: string, choice: Choice): PartialDate {
  const now = reference.year * 12 + reference.month - 1;
  const years = [-2, -1, 0, 1, 2].map((offset) => reference.year + offset);
  const pick = (test: (b: { start: number; end: number }) => boolean, last: boolean) => {
    const fitting = years.filter((y) => test(bounds(season, y)));
    return (last ? fitting.at(-1) : fitting[0]) ?? reference.year;
  };
  if (choice === 'last')
    return value(
      season,
      pick((b) => b.end < now, true),
    );
  if (choice === 'next' || choice === 'future')
    return value(
      season,
      pick((b) => b.start > now, false),
    );
  if (choice === 'past')
    return value(
      season,
      pick((b) => b.start <= now, true),
    );
  const distance = (y: number) => {
    const b = bounds(season, y);
    return now < b.start ? b.start - now : now > b.end ? now - b.end : 0;
  };
  return value(
    season,
    years.reduce((best, y) => (distance(y) < distance(best) ? y : best)),
  );
}

function lookBack(text: string, at: number, pattern: RegExp): RegExpExecArray | null {
  return pattern.exec(text.slice(Math.max(0, at - 30), at));
}

function readAfter(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** "the summer of 1981", "spring 2019", "the winter of 2017-18". */
function written(text: string, start: number, end: number, season: string, after: RegExpExecArray): Found {
  const to = after.groups?.to;
  let year = Number(after.groups?.year);
  // "the winter of 2017-18" is the winter that holds January 2018.
  if (season === 'winter' && to)
    year = to.length === 2 ? Math.floor(year / 100) * 100 + Number(to) : Number(to);
  const through = end + after[0].length - (season === 'winter' || !to ? 0 : to.length + 1);
  const lead = lookBack(text, start, WRITTEN_LEAD)?.[0].length ?? 0;
  return {
    start: start - lead,
    end: through,
    date: value(season, year),
    calendar: 'gregorian',
    resolved: 'explicit',
  };
}

export const seasonDates: Recogniser = ({ text, reference }) => {
  const found: Found[] = [];
  const known = reference?.month ? { ...reference, month: reference.month } : null;
  for (const match of text.matchAll(SEASON_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const season = match[0].toLowerCase();
    const after = readAfter(YEAR_AFTER, text, end);
    if (after) {
      found.push(written(text, start, end, season, after));
      continue;
    }
    // Without a year, "Spring" with a capital is a name ("the Arab Spring"), and "fall" a verb or noun.
    if (match[0] !== season) continue;
    const which = lookBack(text, start, WHICH_BEFORE);
    if (which?.groups?.which) {
      const date = known ? seasonNear(known, season, which.groups.which.toLowerCase() as Choice) : null;
      found.push({ start: start - which[0].length, end, date, calendar: 'gregorian', resolved: 'relative' });
      continue;
    }
    const lead = lookBack(text, start, YEARLESS_LEAD)?.groups ?? {};
    // A bare "spring" needs a preposition, an article or an edge before it: "a spring in his step" has none.
    if (
      season === 'fall' ||
      (!lead.preposition && !lead.article && !lead.edge) ||
      readAfter(OF_AFTER, text, end)
    )
      continue;
    const from = start - (lead.article?.length ?? 0) - (lead.edge?.length ?? 0);
    const date = known ? seasonNear(known, season, speaksOfFuture(text, start) ? 'future' : 'past') : null;
    found.push({ start: from, end, date, calendar: 'gregorian', resolved: 'inferred' });
  }
  return found;
};
