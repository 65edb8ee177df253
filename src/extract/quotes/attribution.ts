import type { QuoteKind, Sieve, Span } from '../../model.ts';
import type { Frame } from './frames.ts';
import type { TokenRange } from './phrases.ts';
import { type QuotationRole, quotationRole } from './quotation-kinds.ts';
import { type IndexedQuotation, type TextIndex, tokenAt } from './text-index.ts';

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

/** Whether the paragraph holds nothing but quotations (or the rest of one) and punctuation. */
function quotationParagraph(
  index: TextIndex,
  paragraph: number,
  quotations: readonly IndexedQuotation[],
): boolean {
  const span = index.paragraphs[paragraph];
  if (!span) return false;
  let rest = index.text.slice(span.start, span.end);
  let any = false;
  for (const q of quotations) {
    if (q.span.end <= span.start || q.span.start >= span.end) continue;
    any = true;
    const from = Math.max(q.span.start, span.start) - span.start;
    const to = Math.min(q.span.end, span.end) - span.start;
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  return any && /^[\s.,;:!?—–-]*$/u.test(rest);
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

/** Whether a content range is one quotation and nothing else but punctuation. */
export function wholeQuotation(index: TextIndex, range: TokenRange): IndexedQuotation | null {
  const inside = index.quotations.filter((q) => q.firstToken >= range.first && q.lastToken <= range.last);
  const only = inside.length === 1 ? inside[0] : undefined;
  return only && onlyPunctuationAround(index.text, spanOf(index, range), only.span) ? only : null;
}

/**
 * The range cut before the first quotation in it that another frame claims as all of its content, and
 * before the punctuation leading there; unless that frame is itself inside the range, reported within
 * what this frame reports ("Trump said he wants “...”").
 */
function cutBefore(
  index: TextIndex,
  range: TokenRange,
  claimed: ReadonlyMap<IndexedQuotation, Frame>,
): TokenRange | null {
  const first = index.quotations.find((q) => {
    const owner = claimed.get(q);
    if (!owner || q.firstToken < range.first || q.lastToken > range.last) return false;
    return owner.cue.head < range.first || owner.cue.head > range.last;
  });
  if (!first) return range;
  let last = first.firstToken - 1;
  while (last >= range.first && /^[,:;—–-]$/u.test(index.words[last] ?? '')) last--;
  return last >= range.first ? { first: range.first, last } : null;
}

/** A naming verb's content ends with its last quotation: "called them “rioters” near the bazaar". */
function toLastQuotation(index: TextIndex, range: TokenRange): TokenRange {
  const inside = index.quotations.filter((q) => q.firstToken >= range.first && q.lastToken <= range.last);
  const last = inside.at(-1);
  return last ? { first: range.first, last: last.lastToken } : range;
}

/** Tags of the words that say something; a content of none ("what", "it") is no statement. */
const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'NUM', 'ADJ', 'ADV']);

function saysSomething(index: TextIndex, range: TokenRange): boolean {
  for (let k = range.first; k <= range.last; k++) {
    if (index.quotationOf[k] !== -1 || CONTENT_TAGS.has(index.tokens[k]?.pos ?? '')) return true;
  }
  return false;
}

/**
 * Sieve 1: the content
 of each frame, a quotation when it is all of it, mixed when it holds some. A
 * quotation that is all of one frame's content is that frame's, and leaves the content of any other
 * frame that reached it ("He didn't think so: “...,” Roffman said.").
 */
function frameContents(context: Context): void {
  const { index, frames, statements, used, roles } = context;
  const claimed = new Map<IndexedQuotation, Frame>();
  for (const frame of frames) {
    for (const range of frame.content) {
      const whole = wholeQuotation(index, range);
      if (whole) claimed.set(whole, frame);
    }
  }

  for (const frame of frames) {
    for (const drawn of frame.content) {
      const original = NAMING.has(frame.cue.lemma) ? toLastQuotation(index, drawn) : drawn;
      const whole = wholeQuotation(index, original);
      if (whole) {
        // A quotation is one statement, however many cues reach it: the first frame has it.
        if (used.has(whole)) continue;
        used.add(whole);

        // A title is what someone read or wrote, never what was said.
        if (roles.get(whole) === 'title') continue;

        const label = roles.get(whole) !== 'words' && NAMING.has(frame.cue.lemma);
        statements.push({
          span: whole.span,
          kind: label ? 'scare' : 'direct',
          frame,
          sieve: 'same-sentence',
          quotation: whole,
        });
        continue;
      }
      const range = cutBefore(index, original, claimed);
      if (!range || !saysSomething(index, range)) continue;
      const inside = index.quotations.filter((q) => q.firstToken >= range.first && q.lastToken <= range.last);
      for (const q of inside) used.add(q);
      const kind = inside.some((q) => roles.get(q) !== 'title') ? 'mixed' : 'indirect';
      statements.push({ span: spanOf(index, range), kind, frame, sieve: 'same-sentence', quotation: null });
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
    const after = frames.filter((f) => f.sentence === e + 1 && f.content.length === 0 && f.source !== null);
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
 * Sieve 4: a quotation that opens its sentence goes on with the speaker of the statement just before it,
 * when that statement's attribution is in the sentence right before, or when the quotation's paragraph
 * is all quotation and follows the paragraph of that statement.
 */
function continuation(context: Context, q: IndexedQuotation): Statement | null {
  const { index, statements } = context;
  let previous: Statement | undefined;
  for (const st of statements) {
    if (st.frame && st.span.end <= q.span.start && (!previous || st.span.end > previous.span.end))
      previous = st;
  }
  if (!previous?.frame || previous.kind === 'scare') return null;
  const s = index.sentenceOf[q.firstToken] ?? -1;
  const sentence = index.sentences[s];
  if (!sentence || q.firstToken > sentence.firstToken) return null;
  const there = index.sentenceOf[tokenAt(index.tokens, previous.span.end - 1)] ?? -1;
  const attributed = Math.max(there, previous.frame.sentence);
  const sameParagraph = index.sentences[s - 1]?.paragraph === sentence.paragraph;
  if (attributed === s - 1 && sameParagraph && previous.kind !== 'indirect') return previous;

  const paragraph = index.sentences[attributed]?.paragraph ?? -2;
  const lastOfParagraph = index.sentences[attributed + 1]?.paragraph !== paragraph;
  return lastOfParagraph &&
    sentence.paragraph === paragraph + 1 &&
    quotationParagraph(index, sentence.paragraph, index.quotations)
    ? previous
    : null;
}

/**
 * The frames not reported inside another frame's content: in "Trump said he wants a shutdown", the
 * statement is Trump's saying, of which "he wants" is part. A quotation with its own attribution after
 * it stays its speaker's even inside a longer content ("He doubted it: “...,” Roffman said."), and two
 * frames that reach into each other both stay.
 */
export function outermost(index: TextIndex, frames: readonly Frame[]): Frame[] {
  const holds = (outer: Frame, inner: Frame) =>
    outer !== inner &&
    outer.content.some((range) => range.first <= inner.cue.head && inner.cue.head <= range.last);
  return frames.filter((inner) => {
    if (inner.postposed && inner.content.some((range) => wholeQuotation(index, range))) return true;
    return !frames.some((outer) => holds(outer, inner) && !holds(inner, outer));
  });
}

/** Statements of one document, from its outermost frames and its quotations. */

export function attributeStatements(index: TextIndex, frames: readonly Frame[]): Statement[] {
  const roles = new Map(index.quotations.map((q) => [q, quotationRole(index, q)]));
  const nested = new Set(
    index.quotations.filter((q) =>
      index.quotations.some((o) => o !== q && o.span.start <= q.span.start && q.span.end <= o.span.end),
    ),
  );
  const context: Context = {
    index,
    frames,
    roles,
    statements: [],
    used: new Set(),
  };
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
