import type { Frame } from '../frames.ts';
import { posAt, type TextIndex, wordAt } from '../text-index.ts';

/** How far into a content its "that" may stand once the tagger has started it too early. */
const THAT_WITHIN = 12;

/**
 * A content after its cue that the tagger started inside the phrase saying where or when the words
 * were said starts at its "that": in "said in an interview with the state broadcaster on May 4 that
 * prices would fall", what was said is "that prices would fall"; the tagger, seeing a noun after
 * "with", may start it at "the state broadcaster". A content never starts right after a preposition
 * of the attribution.
 */
export function withContentAfterMedium(index: TextIndex, frame: Frame): Frame {
  const { content, cue } = frame;
  let changed = false;
  const moved = content.map((range) => {
    const before = range.first - 1;
    if (before <= cue.last || posAt(index, before) !== 'ADP' || wordAt(index, before) === 'that')
      return range;
    for (let k = range.first; k <= Math.min(range.last, range.first + THAT_WITHIN); k++) {
      if (posAt(index, k) === 'PUNCT' && wordAt(index, k) !== ',') return range;
      if (wordAt(index, k) === 'that' && k > range.first && k < range.last) {
        changed = true;
        return { first: k, last: range.last };
      }
    }
    return range;
  });
  return changed ? { ...frame, content: moved } : frame;
}
