import { normalizeParagraph } from './normalize.ts';

/**
 * Scrapers often repeat a paragraph (a pull quote, a block captured twice). Shorter lines repeat in
 * real articles (a refrain, a table row), so only paragraphs of at least this many words count;
 * numbers are not words here, so rows of figures are never taken for repeats.
 */
export const MIN_REPEATED_WORDS = 5;

const WORD = /\p{L}+/gu;

function wordCount(text: string, atLeast: number): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) if (++count >= atLeast) break;
  return count;
}

/** Two paragraphs repeat each other when they are equal after whitespace and case are normalised. */
function comparableForm(paragraph: string): string {
  return normalizeParagraph(paragraph).toLowerCase();
}

/**
 * For each paragraph, whether it repeats an earlier one of at least `MIN_REPEATED_WORDS` words.
 * The first occurrence is never a repeat.
 */
export function repeatedParagraphs(paragraphs: readonly string[]): boolean[] {
  const seen = new Set<string>();
  return paragraphs.map((paragraph) => {
    if (wordCount(paragraph, MIN_REPEATED_WORDS) < MIN_REPEATED_WORDS) return false;
    const key = comparableForm(paragraph);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}
