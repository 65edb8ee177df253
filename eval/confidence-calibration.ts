/**
 * Whether statements' confidence means what it says: each statement found in a PolNeAR article is right
 * when its words lie in an annotated attribution's content and its speaker is that attribution's source
 * (no speaker is right only where the annotators found none); statements are then grouped by the
 * confidence they were given, and each group's share of right ones set beside its mean confidence.
 */

import { extractDates } from '../src/extract/dates/index.ts';
import { extractMentions } from '../src/extract/mentions/index.ts';
import type { Evidence } from '../src/extract/quotes/confidence.ts';
import { extractStatements, type QuoteOptions } from '../src/extract/quotes/index.ts';
import type { Quote, Span } from '../src/model.ts';
import { analyzeArticle, type PolnearArticle } from './polnear.ts';
import { intersection, normalizeSpans, overlaps } from './quote-scoring.ts';

interface GoldStatement {
  content: Span[];
  source: Span[];
}

export function goldStatements(article: PolnearArticle): GoldStatement[] {
  return article.attributions.map((a) => ({
    content: normalizeSpans(article.text, a.content),
    source: normalizeSpans(article.text, a.source),
  }));
}

/**
 * Whether a statement is right: at least half of its characters lie in one annotated content, and its
 * speaker (the words that name it, or the name a pronoun was resolved to) overlaps that content's source.
 */
export function statementRight(text: string, quote: Quote, gold: readonly GoldStatement[]): boolean {
  const words = normalizeSpans(text, [quote.span]);
  const length = words.reduce((n, s) => n + s.end - s.start, 0);
  if (length === 0) return false;
  const speaker = quote.speaker?.span ?? quote.speaker?.antecedent ?? null;
  return gold.some((g) => {
    if (intersection(words, g.content) * 2 < length) return false;
    return speaker ? overlaps([speaker], g.source) : g.source.length === 0;
  });
}

export interface Judged {
  confidence: number;
  right: boolean;
}

export interface Case extends Judged {
  evidence: Evidence;
}

/**
 * The statements found in these articles by the whole extract stage (names and dates first, as
 * `attest add` finds them), each judged: those PolNeAR can judge, that is, neither scare quotes nor
 * words relayed inside another statement's, which it never annotates.
 */
export function* confidenceCases(
  articles: readonly PolnearArticle[],
  options: QuoteOptions = {},
): Generator<Case> {
  for (const article of articles) {
    const analyzed = analyzeArticle(article);
    const { mentions, roles } = extractMentions(analyzed);
    const dates = extractDates(analyzed);
    const gold = goldStatements(article);
    for (const { quote, evidence } of extractStatements(analyzed, { mentions, roles, dates }, options)) {
      if (quote.kind === 'scare' || quote.sieve === 'relayed') continue;
      yield { evidence, confidence: quote.confidence, right: statementRight(article.text, quote, gold) };
    }
  }
}

/** Upper bounds of the confidence bands reported. */
const BANDS = [0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

export interface Band {
  upTo: number;
  count: number;
  meanConfidence: number;
  shareRight: number;
}

export interface Calibration {
  bands: Band[];
  /** The mean gap between confidence and the share right, each band weighed by its statements. */
  expectedError: number;
  /** The mean squared gap between each statement's confidence and 1 when right, 0 when not. */
  brier: number;
}

export function calibrationOf(judged: readonly Judged[]): Calibration {
  const groups = BANDS.map(() => ({ count: 0, confidence: 0, right: 0 }));
  let squares = 0;
  for (const { confidence, right } of judged) {
    const at = BANDS.findIndex((upTo) => confidence < upTo || upTo === 1);
    const group = groups[at] as { count: number; confidence: number; right: number };
    group.count++;
    group.confidence += confidence;
    if (right) group.right++;
    squares += (confidence - (right ? 1 : 0)) ** 2;
  }
  const bands = groups.map((g, i) => ({
    upTo: BANDS[i] as number,
    count: g.count,
    meanConfidence: g.count ? g.confidence / g.count : 0,
    shareRight: g.count ? g.right / g.count : 0,
  }));
  const total = judged.length;
  const expectedError = total
    ? bands.reduce((sum, b) => sum + (b.count / total) * Math.abs(b.meanConfidence - b.shareRight), 0)
    : 0;
  return { bands, expectedError, brier: total ? squares / total : 0 };
}

export function printCalibration(calibration: Calibration, write: (line: string) => void): void {
  write('confidence    statements   mean confidence   share right');
  let from = 0;
  for (const band of calibration.bands) {
    const label = `${from.toFixed(1)}-${band.upTo === 1 ? '1.0' : band.upTo.toFixed(1)}`;
    write(
      `  ${label.padEnd(12)} ${String(band.count).padStart(8)}   ${band.meanConfidence.toFixed(2).padStart(15)}   ${(100 * band.shareRight).toFixed(1).padStart(10)}%`,
    );
    from = band.upTo;
  }
  write(
    `  expected calibration error ${(100 * calibration.expectedError).toFixed(1)} points, Brier score ${calibration.brier.toFixed(3)}`,
  );
}
