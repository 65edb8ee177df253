import type { AnalyzedDocument, Span, Token } from '../../model.ts';
import type { Quotation } from './quotation-marks.ts';

/** A sentence with the range of its tokens, `[firstToken, endToken)` into the document's token array. */
export interface IndexedSentence extends Span {
  firstToken: number;
  endToken: number;
  paragraph: number;
}

/** A quotation with the tokens it covers, marks included, `[firstToken, lastToken]`. */
export interface IndexedQuotation extends Quotation {
  firstToken: number;
  lastToken: number;
}

/** The document's text, tokens, sentences, paragraphs and quotations, with lookups between them. */
export interface TextIndex {
  text: string;
  tokens: readonly Token[];
  /** Lowercase token texts with curly apostrophes made straight, for lexicon lookups. */
  words: readonly string[];
  sentences: readonly IndexedSentence[];
  paragraphs: readonly Span[];
  quotations: readonly IndexedQuotation[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
  /** For each token, the index of the quotation it lies in (marks included), or -1. */
  quotationOf: Int32Array;
}

/** Index of the first span in `spans` (sorted, disjoint) whose end is after `offset`. */
function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first token that ends after `offset` (the token containing it, or the next one). */
export function tokenAt(tokens: readonly Span[], offset: number): number {
  return spanIndexAt(tokens, offset);
}

function mendedSentences(text: string, sentences: readonly Span[], paragraphs: readonly Span[]): Span[] {
  const mended: Span[] = [];
  for (const span of sentences) {
    const previous = mended.at(-1);
    const sameParagraph =
      previous !== undefined &&
      spanIndexAt(paragraphs, previous.start) === spanIndexAt(paragraphs, span.start);
    const falseBreak =
      /^[\p{Ll},;:)]/u.test(text.slice(span.start, span.start + 1)) ||
      (previous !== undefined && /(?:^|[\s(.-])\p{Lu}\.$/u.test(text.slice(previous.end - 3, previous.end)));
    if (previous && sameParagraph && falseBreak) previous.end = span.end;
    else mended.push({ ...span });
  }
  return mended;
}

/**
 * The sentences cut again where one of the quotations opens after a full stop: the splitter pairs
 * straight marks blindly, and with one mark missing it takes `," he said. "` for quoted words and
 * joins the attribution to the next quotation.
 */
function splitAtQuotations(
  text: string,
  sentences: readonly Span[],
  quotations: readonly Quotation[],
): Span[] {
  const openings = quotations.map((q) => q.span.start);
  const split: Span[] = [];
  let q = 0;
  for (const sentence of sentences) {
    let start = sentence.start;
    while (q < openings.length && (openings[q] ?? 0) < sentence.end) {
      const at = openings[q++] ?? 0;
      if (at <= start) continue;
      if (/[.!?]["”’']?\s+$/u.test(text.slice(Math.max(start, at - 4), at))) {
        split.push({ start, end: trimEnd(text, start, at) });
        start = at;
      }
    }
    split.push({ start, end: sentence.end });
  }
  return split;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}

export function indexText(analyzed: AnalyzedDocument, quotations: readonly Quotation[]): TextIndex {
  const { document, tokens } = analyzed;
  const words = tokens.map((t) => {
    const lower = t.text.toLowerCase();
    return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  });

  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const sentences: IndexedSentence[] = [];
  let t = 0;
  const mended = mendedSentences(document.text, document.sentences, document.paragraphs);
  for (const [i, span] of splitAtQuotations(document.text, mended, quotations).entries()) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < span.start) sentenceOf[t++] = Math.max(0, i - 1);
    const firstToken = t;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.end) sentenceOf[t++] = i;
    const paragraph = spanIndexAt(document.paragraphs, span.start);
    sentences.push({ start: span.start, end: span.end, firstToken, endToken: t, paragraph });
  }
  while (t < tokens.length) sentenceOf[t++] = sentences.length - 1;
  const quotationOf = new Int32Array(tokens.length).fill(-1);
  const indexed: IndexedQuotation[] = [];
  for (const quotation of quotations) {
    const firstToken = tokenAt(tokens, quotation.span.start);
    let lastToken = firstToken;
    for (let k = firstToken; k < tokens.length && (tokens[k]?.start ?? 0) < quotation.span.end; k++) {
      quotationOf[k] = indexed.length;
      lastToken = k;
    }
    indexed.push({ ...quotation, firstToken, lastToken });
  }
  return {
    text: document.text,
    tokens,
    words,
    sentences,
    paragraphs: document.paragraphs,
    quotations: indexed,
    sentenceOf,
    quotationOf,
  };
}

/** The span from the start of token `first` to the end of token `last` (inclusive). */
export function tokenSpan(index: TextIndex, first: number, last: number): Span {
  return { start: index.tokens[first]?.start ?? 0, end: index.tokens[last]?.end ?? 0 };
}

/** The lowercase text of token `i`, or '' past either end. */
export function wordAt(index: TextIndex, i: number): string {
  return index.words[i] ?? '';
}

/** The part-of-speech tag of token `i`, or '' past either end. */
export function posAt(index: TextIndex, i: number): string {
  return index.tokens[i]?.pos ?? '';
}

/** The quotation that token `i` lies in, marks included. */
export function quotationAt(index: TextIndex, i: number): IndexedQuotation | undefined {
  return index.quotations[index.quotationOf[i] ?? -1];
}

/** Whether token `i` is the closing mark (last token) of a quotation. */
export function closesQuotation(index: TextIndex, i: number): boolean {
  return quotationAt(index, i)?.lastToken === i;
}

/** Whether token `i` is the opening mark (first token) of a quotation. */
export function opensQuotation(index: TextIndex, i: number): boolean {
  return quotationAt(index, i)?.firstToken === i;
}

export function isQuoted(index: TextIndex, i: number): boolean {
  return (index.quotationOf[i] ?? -1) !== -1;
}
