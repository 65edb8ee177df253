import type { AnalyzedDocument, Annotations } from '../model.ts';
import { extractClaims } from './claims/index.ts';
import { extractDates } from './dates/index.ts';
import { extractMentions } from './mentions/index.ts';
import { extractQuotes } from './quotes/index.ts';

/**
 * The extract stage's one entry point: everything found inside one document. Names first (statements
 * need their speakers' chains), dates before figures (a year is not a count) and before statements
 * (which are dated by them).
 */
export function annotate(analyzed: AnalyzedDocument): Annotations {
  const { mentions, roles, locals } = extractMentions(analyzed);
  const dates = extractDates(analyzed);
  const claims = extractClaims(analyzed, dates);
  const quotes = extractQuotes(analyzed, { mentions, roles, dates });
  return { mentions, roles, locals, quotes, dates, claims };
}
