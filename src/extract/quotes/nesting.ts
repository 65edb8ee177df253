import { wholeQuotation } from './frame-statements.ts';
import type { Frame } from './frames.ts';
import type { TextIndex } from './text-index.ts';

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
