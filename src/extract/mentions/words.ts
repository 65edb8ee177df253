import type { AnalyzedDocument, Span } from '../../model.ts';

/**
 * The document's tokens as words: wink splits "Ahmadi-Nejad" and "al-Sistani" at their hyphens, and
 * a name is read whole, so tokens joined by a hyphen with no space are one word here. Each word knows
 * its sentence and whether it opens one, which decides whether its capital letter means anything.
 */
export interface Word extends Span {
  text: string;
  /** Lower case, without a final full stop ("mr" for "Mr."). */
  key: string;
  pos: string;
  /** Starts with a capital letter, or is a particle before one ("al-Sistani"). */
  capitalized: boolean;
  /** Two or more letters, all capitals ("IRGC", "TEHRAN"). */
  allCaps: boolean;
  sentence: number;
  paragraph: number;
  /** The first word of its sentence, or the first after an opening quotation mark or a colon. */
  opensSentence: boolean;
}

const HYPHENS = new Set(['-', '‐', '‑']);
/** Tokens after which a capital means nothing: quotation marks, a colon, a dash, a sentence's end. */
const OPENERS = new Set(['“', '"', '‘', "'", ':', '—', '–', '-', '.', '!', '?']);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const PARTICLE = /^(?:al|el|ul|ol|ad|ar|as|at|az|ash|an|bin|ibn|abu|bani)[-‐‑]\p{Lu}/u;

/** Index of the span in `spans` (sorted, disjoint) that contains `at`, or the last before it, from `from` on. */
function spanIndex(spans: readonly Span[], at: number, from: number): number {
  let index = from;
  while (index < spans.length - 1 && (spans[index]?.end ?? 0) <= at) index++;
  return index;
}

/** Letter case of one character, with an ASCII fast path: 1 upper, -1 lower, 0 neither. */
function caseOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return -1;
  if (code < 128) return 0;
  return UPPER.test(c) ? 1 : LOWER.test(c) ? -1 : 0;
}

/** Two or more letters, none of them lower case. */
function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const c of text) {
    const kind = caseOf(c);
    if (kind < 0) return false;
    if (kind > 0 || LETTER.test(c)) letters++;
  }
  return letters >= 2;
}

function keyOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/**
 * The document's words, and every word it writes in lower case somewhere: those are ordinary words,
 * so a capital at the start of a sentence does not make them names.
 */
export function wordsOf({ document, tokens }: AnalyzedDocument): {
  words: Word[];
  lowerVocabulary: Set<string>;
} {
  const words: Word[] = [];
  const lowerVocabulary = new Set<string>();
  let sentence = 0;
  let paragraph = 0;
  let previousSentence = -1;
  let afterOpener = false;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first) continue;
    let end = first.end;
    let pos = first.pos;
    let j = i;
    // Join "Ahmadi" "-" "Nejad" when the hyphen touches both sides.
    while (j + 2 < tokens.length) {
      const hyphen = tokens[j + 1];
      const next = tokens[j + 2];
      if (!hyphen || !next || !HYPHENS.has(hyphen.text) || hyphen.start !== end || next.start !== hyphen.end)
        break;
      if (!LETTER.test(next.text[0] ?? '') && !/^\d/.test(next.text)) break;
      if (next.pos === 'PROPN') pos = 'PROPN';
      end = next.end;
      j += 2;
    }
    const text = end === first.end ? first.text : document.text.slice(first.start, end);
    sentence = spanIndex(document.sentences, first.start, sentence);
    paragraph = spanIndex(document.paragraphs, first.start, paragraph);
    const opensSentence = sentence !== previousSentence || afterOpener;
    previousSentence = sentence;
    afterOpener = OPENERS.has(text);
    const initial = caseOf(text[0] ?? '');
    const key = keyOf(text);
    const capitalized = initial > 0 || (initial < 0 && text.includes('-') && PARTICLE.test(text));
    if (initial < 0 && !capitalized) lowerVocabulary.add(key);
    words.push({
      start: first.start,
      end,
      text,
      key,
      pos,
      capitalized,
      allCaps: initial > 0 && isAllCaps(text),
      sentence,
      paragraph,
      opensSentence,
    });
    i = j;
  }
  return { words, lowerVocabulary };
}
