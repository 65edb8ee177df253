import type { AnalyzedDocument, Annotations } from '../model.ts';
import { extractClaims } from './claims/index.ts';
import { extractDates } from './dates/index.ts';

/**
 * The extract stage's one entry point: everything found inside one document. Dates come before figures,
 * which must not read a year as a count.
 */
export function annotate(analyzed: AnalyzedDocument): Annotations {
  const dates = extractDates(analyzed);
  const claims = extractClaims(analyzed, dates);
  return { mentions: [], roles: [], locals: [], quotes: [], dates, claims };
}
