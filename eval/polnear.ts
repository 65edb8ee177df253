/**
 * PolNeAR (../shared/data/polnear): political news articles with gold attribution relations (source,
 * cue and content spans as character offsets). Each article is run through the real segmentation of the
 * text stage, so the extractor sees it as it sees any document; the text itself is kept unchanged, so
 * the gold offsets stay valid.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { AnalyzedDocument, Document, Span } from '../src/model.ts';
import { PIPELINE_VERSION } from '../src/model.ts';
import { segment } from '../src/text/segment.ts';

export const POLNEAR = new URL('../../shared/data/polnear/', import.meta.url).pathname;

export type Split = 'train' | 'dev';

export interface GoldAttribution {
  id: string;
  /** PolNeAR's own type, a heuristic from quote marks that misses the two-apostrophe marks of some papers. */
  type: string;
  source: Span[];
  cue: Span[];
  content: Span[];
}

export interface PolnearArticle {
  id: string;
  publisher: string;
  published: string | null;
  text: string;
  attributions: GoldAttribution[];
}

interface RawSpan {
  start: number;
  end: number;
}

interface RawRecord {
  doc_id: string;
  text: string;
  meta: { publisher?: string; publication_date?: string };
  quotes: Array<{
    id: string;
    type: string;
    source: RawSpan[] | null;
    cue: RawSpan[] | null;
    content: RawSpan[] | null;
  }>;
}

const spans = (list: RawSpan[] | null): Span[] => (list ?? []).map(({ start, end }) => ({ start, end }));

export function loadPolnear(split: Split): PolnearArticle[] {
  const lines = gunzipSync(readFileSync(`${POLNEAR}${split}.jsonl.gz`))
    .toString('utf8')
    .split('\n');
  return lines
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const raw = JSON.parse(line) as RawRecord;
      return {
        id: raw.doc_id,
        publisher: raw.meta.publisher ?? '',
        published: raw.meta.publication_date ?? null,
        text: raw.text,
        attributions: raw.quotes.map((q) => ({
          id: q.id,
          type: q.type,
          source: spans(q.source),
          cue: spans(q.cue),
          content: spans(q.content),
        })),
      };
    });
}

/** The article as the extract stage would see it: its text, paragraphs, sentences and tokens. */
export function analyzeArticle(article: PolnearArticle): AnalyzedDocument {
  const { paragraphs, sentences, tokens } = segment(article.text);
  const published = article.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const document: Document = {
    id: article.id,
    sourceSha256: '',
    pipelineVersion: PIPELINE_VERSION,
    handler: 'plain',
    title: null,
    byline: null,
    published: published ? { value: published, precision: 'day', from: 'meta' } : null,
    language: 'en',
    encoding: 'utf-8',
    text: article.text,
    paragraphs,
    sentences,
    removed: [],
    warnings: [],
  };
  return { document, tokens };
}

/**
 * Train split into the tenth held out for choosing settings (`tenth` 0 to 9, the last by default) and
 * the nine others: retraining alone moves one tenth's figures by up to half a point, so a change is
 * checked on more than one. Articles are cut in file order, as the taggers and the eval both need.
 */
export function splitTenth(
  articles: readonly PolnearArticle[],
  tenth = 9,
): { held: PolnearArticle[]; rest: PolnearArticle[] } {
  if (!Number.isInteger(tenth) || tenth < 0 || tenth > 9) throw new Error('--tenth must be 0 to 9');
  const from = Math.floor((articles.length * tenth) / 10);
  const to = Math.floor((articles.length * (tenth + 1)) / 10);
  return { held: articles.slice(from, to), rest: [...articles.slice(0, from), ...articles.slice(to)] };
}
