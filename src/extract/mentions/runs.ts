import { HEADS_BEFORE_OF, NAME_CONNECTORS, ORGANIZATION_HEADS } from './lexicon/heads.ts';
import { GIVEN_NAMES } from './lexicon/names.ts';
import { DEMONYMS, FUNCTION_WORDS, MONTHS_AND_DAYS } from './lexicon/not-names.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.ts';
import type { Word } from './words.ts';

/**
 * Runs of capitalised words: the raw material of names. A run never crosses a sentence, a possessive
 * or a punctuation mark; it may cross "of", "for" and "and" where an organisation's name does
 * ("Ministry of Culture and Islamic Guidance", "Securities and Exchange Commission").
 */

/** "I'm", "I've", "It's": a pronoun with a verb, capitalised as every "I" is. */
const CONTRACTION = /^(?:i|it|he|she|we|you|they|that|there|what|let)['’]/;

const POSSESSIVE = /\p{L}['’]s$/u;

/** Parts of speech a capitalised word never has inside a name. */
const CLOSED_CLASSES = new Set([
  'DET',
  'ADP',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'SYM',
  'NUM',
]);

export interface Run {
  /** Word indices `[first, end)`. */
  first: number;
  end: number;
}

/**
 * Whether a capital letter makes `word` part of a name. At the start of a sentence every word has one,
 * so there it must be tagged a proper noun and never appear in lower case elsewhere in the document,
 * unless it is a title before a name ("President Karimi said").
 */
export function isNameWord(words: readonly Word[], i: number, lowerVocabulary: ReadonlySet<string>): boolean {
  const word = words[i];
  if (!word?.capitalized) return false;
  if (MONTHS_AND_DAYS.has(word.key)) return false;
  if (FUNCTION_WORDS.has(word.key) || CONTRACTION.test(word.key)) return false;
  if (word.allCaps) return true;
  if (CLOSED_CLASSES.has(word.pos)) return false;
  if (!word.opensSentence) return true;
  const isTitle = TITLE_HEADS.has(word.key) || TITLE_MODIFIERS.has(word.key) || DEMONYMS.has(word.key);
  const next = words[i + 1];
  if (isTitle && next && next.sentence === word.sentence && next.capitalized) return true;
  return word.pos === 'PROPN' && !lowerVocabulary.has(word.key);
}

/** Index just past the plain run of name words starting at `i`. */
function plainRunEnd(words: readonly Word[], i: number, isName: (i: number) => boolean): number {
  let end = i;
  const sentence = words[i]?.sentence;
  while (end < words.length && words[end]?.sentence === sentence && isName(end)) {
    end++;
    // A possessive wink left on the word ("Corp's") ends the name.
    if (POSSESSIVE.test(words[end - 1]?.text ?? '')) break;
  }
  return end;
}

/** Whether the run `[first, end)` may continue across the connector at `end` into the run at `next`. */
function joinsAcross(
  words: readonly Word[],
  first: number,
  end: number,
  next: number,
  nextEnd: number,
): boolean {
  const connector = words[end]?.key ?? '';
  const left = words[end - 1]?.key ?? '';
  const rightHead = words[nextEnd - 1]?.key ?? '';
  if (connector === '&') return true;
  // "of" continues a name only after a head that takes it: "Ministry of", not "Tavana of the Court".
  if (connector === 'of' || connector === 'for' || connector === 'on' || connector === 'de')
    return HEADS_BEFORE_OF.has(left) || ORGANIZATION_HEADS.has(left);
  // "and": inside an "X of Y and Z" name, or before the head of the whole name.
  for (let k = first; k < end; k++) if (words[k]?.key === 'of' || words[k]?.key === 'for') return true;
  // "Securities and Exchange Commission": a short left part that is no person's name or title, nor a
  // whole organisation already ("Texaco Inc and Honeywell Inc", "IMF and Paris Club").
  if (!ORGANIZATION_HEADS.has(rightHead) || next - end !== 1 || end - first > 2) return false;
  if (ORGANIZATION_HEADS.has(left) || words[end - 1]?.allCaps || POSSESSIVE.test(words[end - 1]?.text ?? ''))
    return false;
  for (let k = first; k < end; k++) {
    const key = words[k]?.key ?? '';
    if (TITLE_HEADS.has(key) || GIVEN_NAMES.has(key)) return false;
  }
  return true;
}

/** The capitalised runs of the document, in order. */
export function runsOf(words: readonly Word[], lowerVocabulary: ReadonlySet<string>): Run[] {
  const isName = (i: number) => isNameWord(words, i, lowerVocabulary);
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isName(i)) {
      i++;
      continue;
    }
    const first = i;
    let end = plainRunEnd(words, i, isName);
    for (;;) {
      if (POSSESSIVE.test(words[end - 1]?.text ?? '')) break;
      const connector = words[end];
      if (!connector || connector.sentence !== words[first]?.sentence || !NAME_CONNECTORS.has(connector.key))
        break;
      // "of the" inside a name: "Branch 15 of the Revolutionary Court" is handled by roles, not here.
      const next = words[end + 1]?.key === 'the' ? end + 2 : end + 1;
      if (!isName(next) || words[next]?.sentence !== connector.sentence) break;
      const nextEnd = plainRunEnd(words, next, isName);
      if (!joinsAcross(words, first, end, next, nextEnd)) break;
      end = nextEnd;
    }
    runs.push({ first, end });
    i = end;
  }
  return runs;
}
