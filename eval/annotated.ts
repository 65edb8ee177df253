import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  type AnalyzedDocument,
  type DatePrecision,
  documentIdOf,
  PIPELINE_VERSION,
  type PublishedDate,
  type Span,
} from '../src/model.ts';
import { segment } from '../src/text/segment.ts';

/**
 * Hand-annotated fixture articles: `### published VALUE` starts an article, `[[words]]{gold}` marks a gold
 * record, `#` starts a comment line. Each article becomes the document the extractors would see.
 */

export interface Gold {
  span: Span;
  text: string;
  /** The annotation between the braces, as written. */
  fields: string;
}

export interface AnnotatedArticle {
  analyzed: AnalyzedDocument;
  golds: Gold[];
}

const MARK = /\[\[(.+?)\]\]\{(.+?)\}/g;

function publishedOf(value: string): PublishedDate | null {
  if (value === 'none') return null;
  const precision: DatePrecision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return { value, precision, from: 'meta' };
}

function article(published: PublishedDate | null, marked: string): AnnotatedArticle {
  const golds: Gold[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    const words = match[1] ?? '';
    golds.push({
      span: { start: text.length, end: text.length + words.length },
      text: words,
      fields: match[2] ?? '',
    });
    text += words;
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const { paragraphs, sentences, tokens } = segment(text);
  return {
    analyzed: {
      document: {
        id: documentIdOf(sha256),
        sourceSha256: sha256,
        pipelineVersion: PIPELINE_VERSION,
        handler: 'plain',
        title: null,
        byline: null,
        published,
        language: /[\u0600-\u06FF]/.test(text) ? 'fa' : 'en',
        encoding: 'utf-8',
        text,
        paragraphs,
        sentences,
        removed: [],
        warnings: [],
      },
      tokens,
    },
    golds,
  };
}

export function readAnnotated(file: string): AnnotatedArticle[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const articles: AnnotatedArticle[] = [];
  let published: PublishedDate | null = null;
  let body: string[] | null = null;
  const flush = () => {
    if (body) articles.push(article(published, body.join('\n').trim()));
  };
  for (const line of lines) {
    const header = /^### published (\S+)/.exec(line);
    if (header) {
      flush();
      published = publishedOf(header[1] ?? 'none');
      body = [];
    } else if (body && !line.startsWith('#')) body.push(line);
  }
  flush();
  return articles;
}

/** Pairs each prediction with the gold it overlaps most, one to one, in order. */
export function matchBySpan<P extends { span: Span }>(golds: Gold[], predictions: P[]): Array<[Gold, P]> {
  const pairs: Array<[Gold, P]> = [];
  const used = new Set<number>();
  for (const gold of golds) {
    let best = -1;
    let bestOverlap = 0;
    for (const [i, p] of predictions.entries()) {
      if (used.has(i)) continue;
      const overlap = Math.min(gold.span.end, p.span.end) - Math.max(gold.span.start, p.span.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    const prediction = predictions[best];
    if (prediction) {
      used.add(best);
      pairs.push([gold, prediction]);
    }
  }
  return pairs;
}

export interface Score {
  golds: number;
  predictions: number;
  matched: number;
  correct: number;
}

export function report(name: string, score: Score, target: number): boolean {
  const precision = score.predictions ? score.matched / score.predictions : 1;
  const recall = score.golds ? score.matched / score.golds : 1;
  const accuracy = score.matched ? score.correct / score.matched : 1;
  const figures: Array<[string, number]> = [
    ['precision', precision],
    ['recall', recall],
    ['accuracy of the normalised value (matched)', accuracy],
  ];
  process.stdout.write(
    `${name}: ${score.golds} gold, ${score.predictions} found, ${score.matched} matched, ${score.correct} correct\n`,
  );
  for (const [label, value] of figures) process.stdout.write(`  ${label.padEnd(44)} ${value.toFixed(3)}\n`);
  process.stdout.write(
    `  ${'correct of all gold (end to end)'.padEnd(44)} ${(score.correct / Math.max(1, score.golds)).toFixed(3)}\n`,
  );
  const met = figures.every(([, value]) => value >= target);
  process.stdout.write(`target >= ${target} on precision, recall and accuracy: ${met ? 'met' : 'NOT met'}\n`);
  return met;
}
