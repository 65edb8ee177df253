import type { Frame } from '../frames.ts';
import type { TokenRange } from '../phrases.ts';
import { isQuoted, type TextIndex, wordAt } from '../text-index.ts';
import { TERMINAL } from '../vocabulary.ts';

/** Whether tokens `[from, to]` can stand inside one piece of content: no sentence end, none of the source. */
function bridgeable(index: TextIndex, frame: Frame, from: number, to: number): boolean {
  const { source } = frame;
  if (source && source.first <= to && from <= source.last) return false;
  for (let k = from; k <= to; k++) if (TERMINAL.has(wordAt(index, k)) && !isQuoted(index, k)) return false;
  return true;
}

/**
 * The tagged content with pieces on the same side of the cue joined over the words the tagger left
 * between them (within a sentence, never over the source): in "attacked Ada for remarks made this
 * week about the port" what was attacked is one phrase, and news corpora draw it so, while the tagger,
 * reading word by word, drops a preposition or a participle from the middle. Pieces on either side of
 * the cue (`The move, she said, was overdue`) stay apart.
 */
export function withJoinedPieces(index: TextIndex, frame: Frame): Frame {
  const { content, cue } = frame;
  if (content.length < 2) return frame;
  const joined: TokenRange[] = [];
  for (const range of content) {
    const last = joined.at(-1);
    const sameSide = last !== undefined && (range.last < cue.first || last.first > cue.last);
    if (last && sameSide && bridgeable(index, frame, last.last + 1, range.first - 1)) {
      joined[joined.length - 1] = { first: last.first, last: range.last };
    } else joined.push(range);
  }
  return joined.length === content.length ? frame : { ...frame, content: joined };
}
