import type { QuoteKind, Sieve, Span } from '../../model.ts';
import type { Frame } from './frames.ts';
import type { TokenRange } from './phrases.ts';
import { type QuotationRole, quotationRole } from './quotation-kinds.ts';
import type { IndexedQuotation, TextIndex } from './text-index.ts';

/**
 * Statements and the frames they belong to, found by ordered sieves, from the surest to the least sure
 * (after Muzny et al. 2017): the content of a frame in the same sentence; a block of quotation with the
 * attribution in the sentence or paragraph right before it (`He said:`) or right after it (`Karimi said
 * in the interview.`); then the speaker of the paragraph before, across consecutive paragraphs of
 * quotation. Pronouns and descriptions are resolved afterwards, on the speaker (see speakers.ts).
 */

export interface Statement {
  span: Span;
  kind: QuoteKind;
  frame: Frame | null;
  sieve: Sieve;
  quotation: IndexedQuotation | null;
}

/** Naming verbs: what they put in quotation marks is a label ("called them “rioters”"). */
const NAMING = new Set(['call', 'dub', 'label', 'brand', 'term', 'describe', 'characterize', 'characterise']);

function spanOf(index: TextIndex, range: TokenRange): Span {
  return { start: index.tokens[range.first]?.start ?? 0, end: index.tokens[range.last]?.end ?? 0 };
}

/** Whether only punctuation lies between the two spans' edges, i.e. `inner` is all of `outer`'s words. */
function onlyPunctuationAround(text: string, outer: Span, inner: Span): boolean {
  const around = text.slice(outer.start, inner.start) + text.slice(inner.end, outer.end);
  return /^[\s.,;:!?—–-]*$/u.test(around);
}

/** Whether the paragraph holds nothing but quotations and punctuation. */
function quotationParagraph(
  index: TextIndex,
  paragraph: number,
  quotations: readonly IndexedQuotation[],
): boolean {
  const span = index.paragraphs[paragraph];
  if (!span) return false;
  const inside = quotations.filter((q) => q.span.start >= span.start && q.span.start < span.end);
  let rest = index.text.slice(span.start, span.end);
  for (const q of [...inside].reverse()) {
    rest = rest.slice(0, q.span.start - span.start) + rest.slice(Math.min(q.span.end, span.end) - span.start);
  }
  return inside.length > 0 && /^[\s.,;:!?—–-]*$/u.test(rest);
}

function paragraphOf(index: TextIndex, token: number): number {
  return index.sentences[index.sentenceOf[token] ?? -1]?.paragraph ?? -1;
}

/** A frame with nothing said after its cue: `He said:`, `Karimi said in the interview.` */
function openFrame(frame: Frame): boolean {
  return frame.content.length === 0 || frame.cue.last === frame.cue.head + 1;
}

interface Context {
  index: TextIndex;
  frames: readonly Frame[];
  roles: Map<IndexedQuotation, QuotationRole>;
  statements: Statement[];
  used: Set<IndexedQuotation>;
}

/** Sieve 1: the content of each frame, a quotation when it is all of it, mixed when it holds some. */
function frameContents(context: Context): void {
  const { index, frames, statements, used, roles } = context;
  for (const frame of frames) {
    for (const range of frame.content) {
      const span = spanOf(index, range);
      const inside = index.quotations.filter((q) => q.firstToken >= range.first && q.lastToken <= range.last);
      const only = inside.length === 1 ? inside[0] : undefined;
      for (const q of inside) used.add(q);
      if (only && onlyPunctuationAround(index.text, span, only.span)) {
        const label = roles.get(only) !== 'words' && NAMING.has(frame.cue.lemma);
        statements.push({
          span: only.span,
          kind: label ? 'scare' : 'direct',
          frame,
          sieve: 'same-sentence',
          quotation: only,
        });
      } else {
        const kind = inside.some((q) => roles.get(q) !== 'title') ? 'mixed' : 'indirect';
        statements.push({ span, kind, frame, sieve: 'same-sentence', quotation: null });
      }
    }
  }
}

/** The frames of sentence `s`, nearest to token `near` first. */
function framesOfSentence(frames: readonly Frame[], s: number, near: number): Frame[] {
  return frames
    .filter((f) => f.sentence === s)
    .sort((a, b) => Math.abs(a.cue.head - near) - Math.abs(b.cue.head - near));
}

/** Sieve 2: a quotation and a frame in the same sentence whose content missed it. */
function sameSentence(context: Context, q: IndexedQuotation): Frame | null {
  const { index, frames } = context;
  const s = index.sentenceOf[q.firstToken] ?? -1;
  const candidates = framesOfSentence(frames, s, q.firstToken).filter((f) => openFrame(f) && !f.postposed);
  return candidates[0] ?? null;
}

/**
 * Sieve 3: the attribution right before a quotation (`He said:` ending the sentence or paragraph before)
 * or right after it (`Karimi said in the interview.` opening the next one), with nothing said in it.
 */
function adjacent(context: Context, q: IndexedQuotation): Frame | null {
  const { index, frames } = context;
  const s = index.sentenceOf[q.firstToken] ?? -1;
  const sentence = index.sentences[s];
  const previous = index.sentences[s - 1];
  if (sentence && previous && q.firstToken <= sentence.firstToken) {
    const before = frames.filter((f) => f.sentence === s - 1);
    const colon = before.find((f) => index.words[f.cue.last] === ':' || (openFrame(f) && !f.postposed));
    if (colon && (previous.paragraph === sentence.paragraph || index.words[previous.endToken - 1] === ':'))
      return colon;
  }
  const e = index.sentenceOf[q.lastToken] ?? -1;
  const next = index.sentences[e + 1];
  const ends = index.sentences[e];
  if (next && ends && q.lastToken >= ends.endToken - 2) {
    const after = frames.filter((f) => f.sentence === e + 1 && f.postposed && f.content.length === 0);
    if (
      after[0] &&
      (next.paragraph === ends.paragraph || quotationParagraph(index, ends.paragraph, index.quotations))
    ) {
      return after[0];
    }
  }
  return null;
}

/**
 * Sieve 4: a quotation opening a paragraph (or following a sentence of the same paragraph) goes on with
 * the speaker of the statement just before it, when nothing but quotation lies between them.
 */
function continuation(context: Context, q: IndexedQuotation): Statement | null {
  const { index, statements } = context;
  const previous = statements
    .filter((st) => st.span.end <= q.span.start && st.frame)
    .sort((a, b) => b.span.end - a.span.end)[0];
  if (!previous?.frame || previous.kind === 'indirect' || previous.kind === 'scare') return null;
  const here = paragraphOf(index, q.firstToken);
  const there =
    index.sentences[index.sentenceOf[index.tokens.findIndex((t) => t.end >= previous.span.end)] ?? -1]
      ?.paragraph ?? -1;
  const between = index.text.slice(previous.span.end, q.span.start);
  const sameParagraph = here === there;
  const nextParagraph = here === there + 1 && quotationParagraph(index, here, index.quotations);
  if (!sameParagraph && !nextParagraph) return null;
  // Between them: the rest of the earlier sentence's attribution at most, never another sentence of prose.
  const frameEnd = Math.max(
    ...[previous.frame.cue.last, previous.frame.source?.last ?? 0, previous.frame.adjunct?.last ?? 0],
  );
  const proseAfter = index.text.slice(
    Math.max(previous.span.end, index.tokens[frameEnd]?.end ?? 0),
    q.span.start,
  );
  if (!/^[\s.,;:!?—–-]*$/u.test(proseAfter) && !/^[\s.,;:!?—–-]*$/u.test(between)) return null;
  return previous;
}

/** Statements of one document, from its frames and quotations. */
export function attributeStatements(index: TextIndex, frames: readonly Frame[]): Statement[] {
  const roles = new Map(index.quotations.map((q) => [q, quotationRole(index, q)]));
  const nested = new Set(
    index.quotations.filter((q) =>
      index.quotations.some((o) => o !== q && o.span.start <= q.span.start && q.span.end <= o.span.end),
    ),
  );
  const context: Context = { index, frames, roles, statements: [], used: new Set() };
  frameContents(context);
  for (const q of index.quotations) {
    if (context.used.has(q) || nested.has(q) || roles.get(q) === 'title') continue;
    if (context.statements.some((st) => st.span.start <= q.span.start && q.span.end <= st.span.end)) continue;
    if (roles.get(q) === 'label') {
      context.statements.push({
        span: q.span,
        kind: 'scare',
        frame: null,
        sieve: 'unattributed',
        quotation: q,
      });
      continue;
    }
    const same = sameSentence(context, q);
    const near = same ? null : adjacent(context, q);
    const frame = same ?? near;
    if (frame) {
      context.statements.push({
        span: q.span,
        kind: 'direct',
        frame,
        sieve: same ? 'same-sentence' : 'adjacent',
        quotation: q,
      });
      continue;
    }
    const before = continuation(context, q);
    context.statements.push({
      span: q.span,
      kind: 'direct',
      frame: before?.frame ?? null,
      sieve: before ? 'continuation' : 'unattributed',
      quotation: q,
    });
  }
  return context.statements.sort((a, b) => a.span.start - b.span.start);
}
