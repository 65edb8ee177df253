import { createHash } from 'node:crypto';
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
