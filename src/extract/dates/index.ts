import type { AnalyzedDocument, DateRef } from '../../model.ts';
import { anniversaries } from './anniversaries.ts';
import { type Found, type Recogniser, referenceOf } from './found.ts';
import { monthDates } from './months.ts';
import { numericDates } from './numeric.ts';
import { persianDates } from './persian.ts';
import { relativeDates } from './relative.ts';
import { seasonDates } from './seasons.ts';
import { yearDates } from './years.ts';

/**
 * Every date expression in a document, normalised to a Gregorian ISO prefix with its precision, the
 * calendar it was written in and how it was resolved. Relative and year-less expressions are read
 * against the document's publication date; without one precise enough they are left out.
 */

const RECOGNISERS: readonly Recogniser[] = [
  monthDates,
  numericDates,
  relativeDates,
  yearDates,
  seasonDates,
  persianDates,
];

/** Where readings overlap, the longest wins ("Monday, November 18, 2019" over "Monday"); then the first. */
function withoutOverlaps(found: Found[], length: number): Found[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Found[] = [];
  for (const candidate of byLength) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function extractDates(analyzed: AnalyzedDocument): DateRef[] {
  const { document } = analyzed;
  const scan = { text: document.text, reference: referenceOf(document.published) };
  const found = withoutOverlaps(
    RECOGNISERS.flatMap((recognise) => recognise(scan)),
    scan.text.length,
  );
  const all = [...found, ...anniversaries(scan.text, found)].sort((a, b) => a.start - b.start);
  const dates: DateRef[] = [];
  for (const { start, end, date, calendar, resolved } of all) {
    if (!date) continue;
    dates.push({
      documentId: document.id,
      span: { start, end },
      text: document.text.slice(start, end),
      value: date.value,
      precision: date.precision,
      calendar,
      resolved,
    });
  }
  return dates;
}
