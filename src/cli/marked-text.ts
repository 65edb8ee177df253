import type { Span } from '../model.ts';

/** A span of a text to mark, and the footnote number shown where it ends. */
export interface Mark extends Span {
  note: number;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscript(n: number): string {
  return [...String(n)].map((digit) => SUPERSCRIPT[Number(digit)]).join('');
}

export interface MarkStyle {
  open(note: number): string;
  close(note: number): string;
}

/** ⟦the marked words⟧¹, readable in any terminal and in a file. */
export const PLAIN_MARKS: MarkStyle = {
  open: () => '⟦',
  close: (note) => `⟧${superscript(note)}`,
};

/** The same, with the marked words in colour for a terminal. */
export const COLOUR_MARKS: MarkStyle = {
  open: () => '\u001b[36m⟦',
  close: (note) => `⟧${superscript(note)}\u001b[39m`,
};

/**
 * The text with each marked span bracketed and numbered where it ends. Spans may nest (a relayed
 * quotation inside another); at one position, closings come before openings and outer spans open
 * first and close last, so brackets always pair up. `escape` is applied to the text between marks (the
 * marks themselves may hold control sequences, such as colours).
 */
export function markSpans(
  text: string,
  marks: readonly Mark[],
  style: MarkStyle = PLAIN_MARKS,
  escapePiece: (piece: string) => string = (piece) => piece,
): string {
  const events: Array<{ at: number; close: boolean; length: number; note: number }> = [];
  for (const mark of marks) {
    const length = mark.end - mark.start;
    events.push({ at: mark.start, close: false, length, note: mark.note });
    events.push({ at: mark.end, close: true, length, note: mark.note });
  }
  events.sort(
    (a, b) =>
      a.at - b.at ||
      Number(b.close) - Number(a.close) ||
      (a.close ? a.length - b.length : b.length - a.length),
  );
  let out = '';
  let last = 0;
  for (const event of events) {
    out +=
      escapePiece(text.slice(last, event.at)) +
      (event.close ? style.close(event.note) : style.open(event.note));
    last = event.at;
  }
  return out + escapePiece(text.slice(last));
}
