import { frameStatements, type Statement } from './frame-statements.ts';
import type { Frame } from './frames.ts';
import { armsLength, type QuotationRole, quotationRole } from './quotation-kinds.ts';
import { type IndexedQuotation, type TextIndex, tokenAt } from './text-index.ts';

/**
 * Statements and the frames they belong to, found by ordered sieves, from the surest to the least sure
 * (after Muzny et al. 2017): the content of a frame in the same sentence (frame-statements.ts); a frame
 * in the quotation's sentence whose content missed it; the attribution in the sentence or paragraph right
 * before a block of quotation (`He said:`) or right after it (`Karimi said in the interview.`); then the
 * speaker of the statement before, across consecutive paragraphs of quotation. Pronouns and descriptions
 * are resolved afterwards, on the speaker (speakers.ts). Every lookup is prepared once, so a document of
 * thousands of quotations costs no more than its length.
 */

interface Context {
  index: TextIndex;
  /** The frames of each sentence. */
  bySentence: Map<number, Frame[]>;
  /** Whether each paragraph holds nothing but quotations and punctuation. */
  quotationOnly: boolean[];
}

/** A frame with nothing said after its cue: `He said:`, `Karimi said in the interview.` */
function openFrame(frame: Frame): boolean {
  return frame.content.length === 0 || frame.cue.last === frame.cue.head + 1;
}

/** For each paragraph, whether it holds nothing but quotations (or the rest of one) and punctuation. */
function quotationParagraphs(index: TextIndex): boolean[] {
  const { text, quotations } = index;
  let q = 0;
  return index.paragraphs.map((span) => {
    while (q < quotations.length && (quotations[q]?.span.end ?? 0) <= span.start) q++;
    let quoted = false;
    let at = span.start;
    for (let k = q; k < quotations.length && (quotations[k]?.span.start ?? 0) < span.end; k++) {
      const quotation = quotations[k] as IndexedQuotation;
      if (!onlyPunctuation(text, at, quotation.span.start)) return false;
      quoted = true;
      at = Math.max(at, quotation.span.end);
    }
    return quoted && onlyPunctuation(text, at, span.end);
  });
}

function onlyPunctuation(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!/[\s.,;:!?—–-]/u.test(text[at] ?? '')) return false;
  return true;
}

/** Sieve 2: a quotation and a frame in the same sentence whose content missed it, nearest first. */
function sameSentence(context: Context, q: IndexedQuotation): Frame | null {
  const s = context.index.sentenceOf[q.firstToken] ?? -1;
  let best: Frame | null = null;
  for (const f of context.bySentence.get(s) ?? []) {
    if (!openFrame(f) || f.postposed) continue;
    if (!best || Math.abs(f.cue.head - q.firstToken) < Math.abs(best.cue.head - q.firstToken)) best = f;
  }
  return best;
}

/**
 * Sieve 3: the attribution right before a quotation (`He said:` ending the sentence or paragraph before)
 * or right after it (`Karimi said in the interview.` opening the next one), with nothing said in it.
 */
function adjacent(context: Context, q: IndexedQuotation): Frame | null {
  const { index, bySentence } = context;
  const s = index.sentenceOf[q.firstToken] ?? -1;
  const sentence = index.sentences[s];
  const previous = index.sentences[s - 1];
  if (sentence && previous && q.firstToken <= sentence.firstToken) {
    const colon = (bySentence.get(s - 1) ?? []).find(
      (f) => index.words[f.cue.last] === ':' || (openFrame(f) && !f.postposed),
    );
    const joined = previous.paragraph === sentence.paragraph || index.words[previous.endToken - 1] === ':';
    if (colon && joined) return colon;
  }
  const e = index.sentenceOf[q.lastToken] ?? -1;
  const next = index.sentences[e + 1];
  const ends = index.sentences[e];
  if (next && ends && q.lastToken >= ends.endToken - 2) {
    const after = (bySentence.get(e + 1) ?? []).find((f) => f.content.length === 0 && f.source !== null);
    if (after && (next.paragraph === ends.paragraph || context.quotationOnly[ends.paragraph])) return after;
  }
  return null;
}

/**
 * Sieve 4: a quotation that opens its sentence goes on with the speaker of the statement just before it
 * (`previous`), when that statement's attribution is in the sentence right before, or when the
 * quotation's paragraph is all quotation and follows the paragraph of that statement.
 */
function continuation(context: Context, q: IndexedQuotation, previous: Statement | null): boolean {
  const { index } = context;
  if (!previous?.frame || previous.kind === 'scare') return false;
  const s = index.sentenceOf[q.firstToken] ?? -1;
  const sentence = index.sentences[s];
  if (!sentence || q.firstToken > sentence.firstToken) return false;
  const there = index.sentenceOf[tokenAt(index.tokens, previous.span.end - 1)] ?? -1;
  const attributed = Math.max(there, previous.frame.sentence);
  const sameParagraph = index.sentences[s - 1]?.paragraph === sentence.paragraph;
  if (attributed === s - 1 && sameParagraph && previous.kind !== 'indirect') return true;
  const paragraph = index.sentences[attributed]?.paragraph ?? -2;
  const lastOfParagraph = index.sentences[attributed + 1]?.paragraph !== paragraph;
  return (
    lastOfParagraph &&
    sentence.paragraph === paragraph + 1 &&
    context.quotationOnly[sentence.paragraph] === true
  );
}

/** The statement with a frame that ends last at or before `at`, over statements sorted by their end. */
function lastBefore(sorted: readonly Statement[], at: number): Statement | null {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.span.end ?? 0) <= at) low = middle + 1;
    else high = middle;
  }
  return sorted[low - 1] ?? null;
}

/** Statements of one document, from its outermost frames and its quotations. */
export function attributeStatements(index: TextIndex, frames: readonly Frame[]): Statement[] {
  const roles = new Map<IndexedQuotation, QuotationRole>(
    index.quotations.map((q) => [q, quotationRole(index, q)]),
  );
  const bySentence = new Map<number, Frame[]>();
  for (const f of frames) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const context: Context = { index, bySentence, quotationOnly: quotationParagraphs(index) };
  const used = new Set<IndexedQuotation>();
  const statements = frameStatements(index, frames, roles, used);
  const framed = statements.filter((s) => s.frame).sort((a, b) => a.span.end - b.span.end);
  // What a speaker said in quotation marks, before a relative clause the sentence added about them
  // ("“...,” said Morgan, who has challenged the industry for years. “...”").
  const quoted = framed.filter((s) => s.kind === 'direct' || s.kind === 'mixed');
  // Quotations come in order, so the latest statement of a quotation is the latest of the sieves'.
  let latest: Statement | null = null;
  for (const q of index.quotations) {
    if (used.has(q) || roles.get(q) === 'title') continue;
    if (roles.get(q) === 'label') {
      statements.push({ span: q.span, kind: 'scare', frame: null, sieve: 'unattributed', quotation: q });
      continue;
    }
    const same = sameSentence(context, q);
    const near = same ?? adjacent(context, q);
    let statement: Statement;
    if (near) {
      statement = {
        span: q.span,
        kind: 'direct',
        frame: near,
        sieve: same ? 'same-sentence' : 'adjacent',
        quotation: q,
      };
    } else {
      const framedBefore = lastBefore(framed, q.span.start);
      const previous =
        latest?.frame && (!framedBefore || latest.span.end > framedBefore.span.end) ? latest : framedBefore;
      const quotedBefore = lastBefore(quoted, q.span.start);
      const goesOn = continuation(context, q, previous)
        ? previous
        : continuation(context, q, quotedBefore)
          ? quotedBefore
          : null;
      statement = {
        span: q.span,
        kind: goesOn || !armsLength(index, q) ? 'direct' : 'scare',
        frame: goesOn?.frame ?? null,
        sieve: goesOn ? 'continuation' : 'unattributed',
        quotation: q,
      };
    }
    statements.push(statement);
    if (statement.frame) latest = statement;
  }
  return statements.sort((a, b) => a.span.start - b.span.start);
}
