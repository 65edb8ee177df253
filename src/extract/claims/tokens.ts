import type { Span, Token } from '../../model.ts';

/** The tokens of one document as the figure readers walk them: with lowercased words and the text. */
export interface Words {
  text: string;
  tokens: readonly Token[];
  lower: readonly string[];
  /** Whether token `i` is part of a date the date extractor found. */
  inDate(i: number): boolean;
}

export function wordsOf(text: string, tokens: readonly Token[], dates: readonly Span[]): Words {
  const dated = new Uint8Array(tokens.length);
  let d = 0;
  for (const [i, token] of tokens.entries()) {
    while (d < dates.length && (dates[d]?.end ?? 0) <= token.start) d++;
    const date = dates[d];
    if (date && date.start < token.end) dated[i] = 1;
  }
  return { text, tokens, lower: tokens.map((t) => t.text.toLowerCase()), inDate: (i) => dated[i] === 1 };
}

/** Whether token `i` follows token `i - 1` with nothing between ("two-thirds": two, -, thirds). */
export function joined(words: Words, i: number): boolean {
  const previous = words.tokens[i - 1];
  const token = words.tokens[i];
  return previous !== undefined && token !== undefined && previous.end === token.start;
}

/** Whether the lowercased tokens from `i` on are `sequence`. */
export function startsWith(words: Words, i: number, sequence: readonly string[]): boolean {
  return sequence.every((word, k) => words.lower[i + k] === word);
}

/** Whether the lowercased tokens just before `i` are `sequence`. */
export function endsWith(words: Words, i: number, sequence: readonly string[]): boolean {
  return i - sequence.length >= 0 && startsWith(words, i - sequence.length, sequence);
}
