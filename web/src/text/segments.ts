/**
 * Splitting a text into what the page renders: paragraphs, and within each the pieces that carry the
 * same highlighted ranges. Pure data, so the rules (clipping, nesting, markers at paragraph edges) are
 * tested without a browser.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * A highlighted stretch of a document's text: a statement, a name, a date, a figure. `kind` picks its
 * style; `label` says what it is in words; `href` (a path here or an http(s) URL) makes it a link.
 */
export interface TextRange extends Span {
  kind: string;
  label: string;
  href?: string;
}

/** A stretch of one paragraph and the ranges that cover all of it, outermost first. */
export interface Piece extends Span {
  ranges: TextRange[];
}

/** Something shown at a point of the text rather than over a stretch of it (a removal). */
export interface Marker {
  at: number;
  id: string;
}

export interface ParagraphLayout<M extends Marker> extends Span {
  /** Markers shown as blocks just before the paragraph: those at its start or in the gap before it. */
  before: M[];
  pieces: Piece[];
  /** Markers inside the paragraph, each with the offset it stands at. */
  inside: M[];
}

export interface TextLayout<M extends Marker> {
  paragraphs: Array<ParagraphLayout<M>>;
  /** Markers after the last paragraph. */
  after: M[];
}

/** Outer ranges first: earlier start, then longer. */
function outerFirst(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The pieces of one paragraph: a new piece wherever a range starts or ends, and at each of `cutsAt`
 * (where markers stand). Ranges are clipped to the paragraph.
 */
export function piecesOf(
  paragraph: Span,
  ranges: readonly TextRange[],
  cutsAt: readonly number[] = [],
): Piece[] {
  const inside = ranges
    .filter((r) => r.start < paragraph.end && r.end > paragraph.start && r.start < r.end)
    .sort(outerFirst);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const at of cutsAt) if (at > paragraph.start && at < paragraph.end) cuts.add(at);
  for (const r of inside) {
    cuts.add(Math.max(r.start, paragraph.start));
    cuts.add(Math.min(r.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    pieces.push({ start, end, ranges: inside.filter((r) => r.start <= start && r.end >= end) });
  }
  return pieces;
}

/**
 * Lays a text out by its paragraphs. A marker at a paragraph's start (or in the blank gap before it)
 * becomes a block before that paragraph; one inside a paragraph stays inline; one past the last
 * paragraph comes after the text.
 */
export function layoutText<M extends Marker>(
  paragraphs: readonly Span[],
  ranges: readonly TextRange[],
  markers: readonly M[],
): TextLayout<M> {
  const sorted = [...markers].sort((a, b) => a.at - b.at);
  let next = 0;
  const laid = paragraphs.map((paragraph) => {
    const before: M[] = [];
    const inside: M[] = [];
    while (next < sorted.length && (sorted[next] as M).at <= paragraph.start)
      before.push(sorted[next++] as M);
    while (next < sorted.length && (sorted[next] as M).at < paragraph.end) inside.push(sorted[next++] as M);
    const pieces = piecesOf(
      paragraph,
      ranges,
      inside.map((m) => m.at),
    );
    return { start: paragraph.start, end: paragraph.end, before, pieces, inside };
  });
  return { paragraphs: laid, after: sorted.slice(next) };
}
