import type { Candidate } from './candidates.ts';
import { isAcronym } from './kinds.ts';
import type { Word } from './words.ts';

/**
 * Acronyms and other names the text itself ties together: "Islamic Republic of Iran Broadcasting
 * (IRIB)", "IRIB (Islamic Republic of Iran Broadcasting)", "HRANA/HRA", and a name clarified in
 * brackets ("Mr. Hosseini (Tehrani)"). Each tie is a pair of candidate indices.
 */
export interface Tie {
  a: number;
  b: number;
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/**
 * Schwartz and Hearst's test: the acronym's characters appear in the long form in order, from right
 * to left, and its first character starts a word of the long form.
 */
export function abbreviates(acronym: string, longForm: string): boolean {
  const short = lettersOf(acronym);
  const long = longForm.toLowerCase();
  if (short.length < 2 || !/\s/.test(longForm.trim())) return false;
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s];
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'in', '&']);

/** The first letters of a name's words, minor words left out, in capitals: "EU" for "European Union". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

function isOpening(word: Word | undefined): boolean {
  return word?.text === '(' || word?.text === '[';
}

function isClosing(word: Word | undefined): boolean {
  return word?.text === ')' || word?.text === ']';
}

function textOf(text: string, candidate: Candidate): string {
  return text.slice(candidate.span.start, candidate.span.end);
}

/** The tie between a candidate and the one in brackets right after it, if the two are one actor. */
function bracketTie(
  text: string,
  words: readonly Word[],
  candidates: readonly Candidate[],
  i: number,
): Tie | null {
  const outer = candidates[i];
  const inner = candidates[i + 1];
  if (!outer || !inner || !isOpening(words[outer.end]) || inner.first !== outer.end + 1) return null;
  if (!isClosing(words[inner.end])) return null;
  const outerWord = words[outer.first];
  const innerWord = words[inner.first];
  if (inner.end - inner.first === 1 && innerWord && isAcronym(innerWord)) {
    return abbreviates(innerWord.text, textOf(text, outer)) ? { a: i, b: i + 1 } : null;
  }
  if (outer.end - outer.first === 1 && outerWord && isAcronym(outerWord)) {
    return abbreviates(outerWord.text, textOf(text, inner)) ? { a: i, b: i + 1 } : null;
  }
  // "Mr. Hosseini (Tehrani)": a person's other name, one word, in brackets, after a title. Without
  // one, brackets after a name hold a club, a party or a town ("D Hickie (Leinster)"), not a name.
  if (outer.kind === 'person' && outer.titles.length > 0 && inner.end - inner.first === 1) {
    return inner.kind === 'person' || inner.kind === 'other' ? { a: i, b: i + 1 } : null;
  }
  return null;
}

/** "HRANA/HRA": two acronyms of one name joined by a slash, one the start of the other. */
function slashTie(words: readonly Word[], candidates: readonly Candidate[], i: number): Tie | null {
  const left = candidates[i];
  const right = candidates[i + 1];
  const slash = left ? words[left.end] : undefined;
  if (!left || !right || slash?.text !== '/' || right.first !== left.end + 1) return null;
  const a = words[left.first];
  const b = words[right.first];
  if (!a || !b || left.end - left.first !== 1 || right.end - right.first !== 1) return null;
  if (!isAcronym(a) || !isAcronym(b) || slash.start !== a.end || b.start !== slash.end) return null;
  const [shorter, longer] = a.text.length <= b.text.length ? [a.text, b.text] : [b.text, a.text];
  return longer.startsWith(shorter) ? { a: i, b: i + 1 } : null;
}

export function tiesOf(text: string, words: readonly Word[], candidates: readonly Candidate[]): Tie[] {
  const ties: Tie[] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const tie = bracketTie(text, words, candidates, i) ?? slashTie(words, candidates, i);
    if (tie) ties.push(tie);
  }
  return ties;
}
