/**
 * Canonical form of one paragraph of text: NFC, one space between words, no invisible formatting that
 * would split a word for search, nothing else changed. Quote marks, apostrophes, dashes and digits stay
 * exactly as printed; the zero-width non-joiner and joiner stay because Persian spelling and emoji
 * sequences depend on them, and directional marks stay because they change how mixed text reads.
 */

/** Characters that only hint at line breaking or are stray byte-order marks: removed outright. */
const INVISIBLE = /[\u00ad\u180e\u200b\u2060\ufeff]/g;
/** Control characters other than whitespace: never part of a text a reader saw. */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
/** Any whitespace, including no-break, typographic and line/paragraph separator spaces. */
const WHITESPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * Whether any replacement above could change `text`: a character they remove, whitespace other than a
 * lone space, or two spaces. Most paragraphs need none of them, and one scan is cheaper than three.
 */
const NEEDS_REPLACING =
  /[\u00ad\u180e\u200b\u2060\ufeff\x00-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}/;

export function normalizeParagraph(text: string): string {
  const composed = text.normalize('NFC');
  if (!NEEDS_REPLACING.test(composed)) return composed.trim();
  return composed.replace(INVISIBLE, '').replace(CONTROL, '').replace(WHITESPACE_RUN, ' ').trim();
}
