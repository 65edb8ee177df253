/**
 * Joins hard-wrapped lines into paragraphs. A line break is a paragraph break when the next line is
 * indented past the text's margin, starts a list item, or when a line ends a sentence although the
 * next line's first word would have fitted on it (so the writer, not the wrapping, ended the line),
 * or when lines are too long to be hard-wrapped at all.
 * Every other line break falls mid-sentence and becomes a space.
 */

export interface Layout {
  /** The widest a wrapped line gets, in characters. */
  width: number;
  /** The indentation of ordinary lines; a line indented more starts a paragraph. */
  margin: number;
}

/** Nobody wraps lines wider than this: text with wider lines has one line a paragraph. */
const MAX_WRAP_WIDTH = 120;
/** Share of lines at or under the width, so a single overlong line (a URL) does not set it. */
const WIDTH_PERCENTILE = 0.95;

export function indentOf(line: string): number {
  let indent = 0;
  for (const c of line) {
    if (c === ' ') indent++;
    else if (c === '\t') indent += 4;
    else break;
  }
  return indent;
}

export function layoutOf(lines: readonly string[]): Layout {
  const text = lines.filter((line) => line.trim());
  if (text.length === 0) return { width: 0, margin: 0 };
  const lengths = text.map((line) => line.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WIDTH_PERCENTILE))] ?? 0;
  return { width, margin: Math.min(...text.map(indentOf)) };
}

const SENTENCE_END = /[.!?:…؟]["”’'»)\]]*$/;
const SENTENCE_START = /^["“‘'«([]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
const LIST_ITEM = /^(?:[-•*–—]|\d{1,2}[.)])\s/;
const HYPHEN_BREAK = /\p{L}-$/u;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd());
}

function firstWord(line: string): string {
  return line.trim().split(/\s/, 1)[0] ?? '';
}

function breaksParagraph(previous: string, line: string, layout: Layout): boolean {
  if (indentOf(line) > layout.margin) return true;
  const text = line.trim();
  if (LIST_ITEM.test(text)) return true;
  const before = previous.trimEnd();
  if (!endsSentence(before) || !SENTENCE_START.test(text)) return false;
  if (layout.width > MAX_WRAP_WIDTH) return true;
  return before.length + 1 + firstWord(text).length <= layout.width;
}

/** Paragraphs of a run of consecutive non-blank lines. */
export function unwrap(run: readonly string[], layout: Layout): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let previous = '';
  for (const line of run) {
    const text = line.trim();
    if (!current) current = text;
    else if (breaksParagraph(previous, line, layout)) {
      paragraphs.push(current);
      current = text;
    } else if (HYPHEN_BREAK.test(current) && /^\p{L}/u.test(text)) current += text;
    else current += ` ${text}`;
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
