import type { Frame } from './frames.ts';
import { quotationAt, type TextIndex, wordAt } from './text-index.ts';

/**
 * Contents cut before a cue that opens a clause of its own after theirs: in "Ana said the fares were
 * high but added that the boats were new" or "Ana said A, and Ben said B", what Ana said is A alone.
 * News corpora annotate no statement inside another's words, so the later cue either starts its own
 * statement or is none; when it follows "and" or "but", it starts its own.
 */

const CONJUNCTIONS = new Set(['and', 'but']);
/** Punctuation that may stand before the conjunction and goes with it. */
const JOINING = new Set([',', ';', '—', '–', '-']);

/** Whether a comma or a dash stands before token `k`, or ends the quotation that closes there (`“...,” and added`). */
function setOffBefore(index: TextIndex, k: number): boolean {
  if (JOINING.has(wordAt(index, k - 1))) return true;
  const q = quotationAt(index, k - 1);
  return q?.lastToken === k - 1 && /,\s*$/u.test(index.text.slice(q.inner.start, q.inner.end));
}

/** The first token of the clause a frame's cue opens: its source when that stands right before it. */
function clauseStart(frame: Frame): number {
  const { source, cue } = frame;
  return source && source.last + 1 === cue.first ? source.first : cue.first;
}

/**
 * Where a content running into the clause a frame opens at `start` stops: before "and" or "but" and
 * the punctuation before them, or before the comma that sets off a participle ("..., adding that").
 */
function breakBefore(index: TextIndex, frame: Frame, start: number): number | null {
  let last = start - 1;
  if (CONJUNCTIONS.has(wordAt(index, last))) {
    if (!setOffBefore(index, last) && start !== frame.cue.first) return null;
    last--;
  } else if (!(start === frame.cue.first && wordAt(index, frame.cue.head).endsWith('ing'))) return null;
  else if (!setOffBefore(index, start)) return null;
  while (JOINING.has(wordAt(index, last))) last--;
  return last;
}

interface Break {
  /** The frame whose cue opens the clause. */
  frame: number;
  /** The clause's first token. */
  at: number;
  /** The last token a content running into it keeps. */
  last: number;
}

/** The first break (they are in text order) that falls inside `[first, last]`, by bisection. */
function breakIn(breaks: readonly Break[], first: number, last: number): Break | undefined {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((breaks[middle]?.at ?? 0) < first) low = middle + 1;
    else high = middle;
  }
  const found = breaks[low];
  return found && found.at <= last ? found : undefined;
}

/**
 * The frames with each content after its cue cut before a later cue that opens a coordinated clause
 * of its own (and a piece that is that clause left out); a cue with no source of its own ("but
 * added") takes the source of the content it cut.
 */
export function withoutCoordinatedClauses(index: TextIndex, frames: readonly Frame[]): Frame[] {
  const breaks: Break[] = [];
  frames.forEach((frame, f) => {
    const at = clauseStart(frame);
    const last = breakBefore(index, frame, at);
    if (last !== null) breaks.push({ frame: f, at, last });
  });
  if (breaks.length === 0) return [...frames];
  breaks.sort((a, b) => a.at - b.at);
  const cut = [...frames];
  frames.forEach((frame, f) => {
    const content = frame.content.flatMap((range) => {
      const b = range.first > frame.cue.last ? breakIn(breaks, range.first, range.last) : undefined;
      if (!b) return [range];
      const later = cut[b.frame] as Frame;
      if (!later.source && frame.source) {
        const { source, sourceAntecedent } = frame;
        cut[b.frame] = { ...later, source, sourceAntecedent, sourceInherited: true };
      }
      return b.last >= range.first ? [{ first: range.first, last: b.last }] : [];
    });
    if (content.length !== frame.content.length || content.some((c, k) => c !== frame.content[k])) {
      cut[f] = { ...(cut[f] as Frame), content };
    }
  });
  return cut;
}
