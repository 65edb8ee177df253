/**
 * Scoring of attribution relations: predicted and gold ones are compared role by role (content,
 * source, cue), exactly and with overlap (a predicted span matches a gold one when they share at least
 * half of the longer one's characters), one to one within each document.
 *
 * A role's text is the union of its spans without the whitespace, commas, semicolons and colons at their
 * edges (annotators leave them there or not, a word is the same either way), and spans separated
 * only by whitespace joined: gold contents of several paragraphs are annotated a paragraph at a time,
 * while a quotation that runs over paragraphs is one span.
 */
import type { Span } from '../src/model.ts';

export type AttributionType = 'direct' | 'mixed' | 'indirect';

export interface Attribution {
  content: Span[];
  source: Span[];
  cue: Span[];
  type: AttributionType;
  /** Whether the cue is a verb of speech or writing (or "according to"). */
  speech: boolean;
  /** For predictions: the speaker's span, or the name it resolved to when the text has none. */
  speaker?: Span | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Characters annotators leave at a span's edges without their being part of it. */
const EDGE = /[\s,;:]/u;

/**
 * Sorted spans without whitespace, commas, semicolons and colons at their edges, with neighbours
 * separated only by whitespace joined.
 */
export function normalizeSpans(text: string, spans: readonly Span[]): Span[] {
  const trimmed = spans
    .map(({ start, end }) => {
      let s = start;
      let e = end;
      while (s < e && EDGE.test(text[s] ?? '')) s++;
      while (e > s && EDGE.test(text[e - 1] ?? '')) e--;
      // A span of punctuation alone (a colon for a cue) stays as it is.
      return e > s || text.slice(start, end).trim() === '' ? { start: s, end: e } : { start, end };
    })

    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const joined: Span[] = [];
  for (const span of trimmed) {
    const last = joined.at(-1);
    if (last && (span.start <= last.end || text.slice(last.end, span.start).trim() === '')) {
      last.end = Math.max(last.end, span.end);
    } else joined.push({ ...span });
  }
  return joined;
}

function length(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + s.end - s.start, 0);
}

/** Characters two span sets share. */
export function intersection(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const x of a) {
    for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return total;
}

function same(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end);
}

export type Matching = Map<number, number>;

/**
 * One-to-one matching of predicted to gold items (indices into the two lists), largest overlaps first.
 * `exact` pairs only identical span sets; otherwise a pair needs half of the longer one's characters.
 */
export function match(predicted: readonly Span[][], gold: readonly Span[][], exact: boolean): Matching {
  const pairs: Array<{ p: number; g: number; shared: number }> = [];
  predicted.forEach((p, i) => {
    if (p.length === 0) return;
    gold.forEach((g, j) => {
      if (g.length === 0) return;
      if (exact) {
        if (same(p, g)) pairs.push({ p: i, g: j, shared: length(g) });
        return;
      }
      const shared = intersection(p, g);
      if (shared > 0 && shared * 2 >= Math.max(length(p), length(g))) pairs.push({ p: i, g: j, shared });
    });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.p - b.p || a.g - b.g);
  const matching: Matching = new Map();
  const taken = new Set<number>();
  for (const { p, g } of pairs) {
    if (matching.has(p) || taken.has(g)) continue;
    matching.set(p, g);
    taken.add(g);
  }
  return matching;
}

/** Whether two span sets share at least one character. */
export function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return intersection(a, b) > 0;
}

const OPENING = /^(?:["“‘«„]|'')/u;
const CLOSING = /(?:["”’»]|'')[.,;:!?…]*$/u;
const DOUBLE_MARK = /["“”«»„]|''/u;

/**
 * The type of an attribution from the marks in its content, as PolNeAR derives it, with two
 * apostrophes read as a double mark (some papers print quotations that way): direct when every part is
 * a quotation, mixed when some quoted words stand in reported speech, indirect otherwise.
 */
export function typeOf(text: string, content: readonly Span[]): AttributionType {
  const parts = content.map((s) => text.slice(s.start, s.end).trim()).filter((t) => t.length > 0);
  if (parts.length === 0) return 'indirect';
  if (parts.every((t) => OPENING.test(t) && CLOSING.test(t))) return 'direct';
  return parts.some((t) => DOUBLE_MARK.test(t)) ? 'mixed' : 'indirect';
}

export function add(into: Counts, counts: Counts): void {
  into.tp += counts.tp;
  into.fp += counts.fp;
  into.fn += counts.fn;
}

export function scores({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
