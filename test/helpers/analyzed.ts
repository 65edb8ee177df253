import { createHash } from 'node:crypto';
import { extractQuotes } from '../../src/extract/quotes/index.ts';
import type { AnalyzedDocument } from '../../src/model.ts';
import { toDocument } from '../../src/text/document.ts';

/**
 * A fictional article run through the real text stage, as the extractors will see it: the first line
 * is the title (as in a plain-text file), a "By ..." line the byline, a dateline sets the publication date.
 */
export function analyzedArticle(source: string, locator = 'articles/fiction.txt'): AnalyzedDocument {
  const bytes = Buffer.from(source, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { document, tokens } = toDocument({ bytes, sha256, locator });
  return { document, tokens };
}

/** The statements of a fictional article, found with no other extractor's help: text, speaker and cue. */
export function statementsIn(
  source: string,
): Array<{ text: string; speaker: string | undefined; cue: string | undefined }> {
  const quotes = extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] });
  return quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text, cue: q.cue?.text }));
}
