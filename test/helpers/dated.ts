import { createHash } from 'node:crypto';
import {
  type AnalyzedDocument,
  type DatePrecision,
  documentIdOf,
  PIPELINE_VERSION,
} from '../../src/model.ts';
import { segment } from '../../src/text/segment.ts';

/** A fictional text as the extractors see it, published on `published` (an ISO prefix) or undated. */
export function textPublishedOn(published: string | null, text: string): AnalyzedDocument {
  const sha256 = createHash('sha256').update(`${published}\n${text}`).digest('hex');
  const { paragraphs, sentences, tokens } = segment(text);
  const precision: DatePrecision =
    published?.length === 10 ? 'day' : published?.length === 7 ? 'month' : 'year';
  return {
    document: {
      id: documentIdOf(sha256),
      sourceSha256: sha256,
      pipelineVersion: PIPELINE_VERSION,
      handler: 'plain',
      title: null,
      byline: null,
      published: published ? { value: published, precision, from: 'meta' } : null,
      language: 'en',
      encoding: 'utf-8',
      text,
      paragraphs,
      sentences,
      removed: [],
      warnings: [],
    },
    tokens,
  };
}
