import { wholeQuotation } from './frame-statements.ts';
import type { Frame } from './frames.ts';
import { quotationAt, type TextIndex } from './text-index.ts';

/**
 * Frames inside other frames' contents. In "Trump said he wants a shutdown" the statement is Trump's
 * saying, of which "he wants" is part; in "Karimi recalled that the judge told him: “...”" the judge's
 * words are relayed by Karimi (see relay.ts).
 */

/** For each cue head that some frame's content covers, the frames whose content covers it. */
export function coveringFrames(frames: readonly Frame[]): Map<number, Frame[]> {
  const heads = frames.map((f) => f.cue.head).sort((a, b) => a - b);
  const covering = new Map<number, Frame[]>();
  for (const frame of frames) {
    for (const range of frame.content) {
      // The first head at or after the range's start, by bisection, then every head up to its end.
      let low = 0;
      let high = heads.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((heads[middle] ?? 0) < range.first) low = middle + 1;
        else high = middle;
      }
      for (let k = low; k < heads.length && (heads[k] ?? 0) <= range.last; k++) {
        const head = heads[k] as number;
        if (head === frame.cue.head) continue;
        const list = covering.get(head);
        if (list) list.push(frame);
        else covering.set(head, [frame]);
      }
    }
  }
  return covering;
}

/** Punctuation that may stand before a participle clause and goes with it. */
const JOINING = /^[,:;—–-]$/u;

/** Whether a comma stands right before token `k`, or ends the quotation that closes there (`“...,” adding`). */
function afterComma(index: TextIndex, k: number): boolean {
  if (index.words[k - 1] === ',') return true;
  const q = quotationAt(index, k - 1);
  return q?.lastToken === k - 1 && /,\s*$/u.test(index.text.slice(q.inner.start, q.inner.end));
}

/**
 * The frames with each content cut before a participle frame it runs into after a comma, which inherits
 * its speaker: in "said that A, adding that B" what was said is A, and B is what was added.
 */
export function withoutParticipleClauses(index: TextIndex, frames: readonly Frame[]): Frame[] {
  const participles = new Set(
    frames.filter((f) => f.sourceInherited && afterComma(index, f.cue.first)).map((f) => f.cue.first),
  );
  if (participles.size === 0) return [...frames];
  return frames.map((frame) => {
    const content = frame.content.map((range) => {
      for (let k = range.first + 1; k <= range.last; k++) {
        if (!participles.has(k)) continue;
        let last = k - 1;
        while (last > range.first && JOINING.test(index.words[last] ?? '')) last--;
        return { first: range.first, last };
      }
      return range;
    });
    return { ...frame, content };
  });
}

function holds(outer: Frame, inner: Frame): boolean {
  return outer.content.some((range) => range.first <= inner.cue.head && inner.cue.head <= range.last);
}

/**
 * The frames not reported inside another frame's content. A quotation with its own attribution after it
 * stays its speaker's even inside a longer content ("He doubted it: “...,” Roffman said."), and two
 * frames that reach into each other both stay.
 */
export function outermost(
  index: TextIndex,
  frames: readonly Frame[],
  covering: Map<number, Frame[]>,
): Frame[] {
  return frames.filter((inner) => {
    const outers = covering.get(inner.cue.head);
    if (!outers) return true;
    if (inner.postposed && inner.content.some((range) => wholeQuotation(index, range))) return true;
    return !outers.some((outer) => outer !== inner && holds(outer, inner) && !holds(inner, outer));
  });
}
