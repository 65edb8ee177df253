import { closesBracket, pairedBracket } from './brackets.ts';
import { closesQuotation, type TextIndex } from './text-index.ts';

/**
 * Noun phrases around a cue, read from part-of-speech tags alone (there is no parser): the subject
 * before a speech verb ("a spokesman for the ministry, Ali Rezaei, said"), the speaker after an
 * inverted one ("said Ali Rezaei, the ministry's spokesman"), the addressee after "told". Token ranges
 * are `[first, last]`, both included.
 */

export interface TokenRange {
  first: number;
  last: number;
}

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that stand alone for people as a subject: "many believe", "some have urged", "another tweeted". */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'many',
  'some',
  'others',
  'another',
  'most',
  'few',
  'several',
  'both',
  'all',
  'one',
]);

const RELATIVE = new Set(['what', 'whatever', 'who', 'which', 'that', 'whom', 'whose', 'where', 'when']);
/** Prepositions that attach a noun phrase to the noun before it inside a speaker's description. */
const ATTACHING = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'under', 'within']);
/** After a speaker, only these attach a description; "in", "on" more often say where or when it was said. */
const ATTACHING_AFTER = new Set(['of', 'for', 'at', 'from']);
/** Words that start a time or place phrase, never a speaker: "On Monday Trump said". */
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'now',
  'then',
  'also',
]);
const NAME_PUNCTUATION = new Set(['.', '-', '&', '(', ')', '–']);

export function isPersonalPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

function pos(index: TextIndex, i: number): string {
  return index.tokens[i]?.pos ?? '';
}

function word(index: TextIndex, i: number): string {
  return index.words[i] ?? '';
}

/**
 * A capitalised word inside a sentence, which the tagger sometimes takes for a verb: "Kevin Madden",
 * "“...,” Lynch said". After an opening mark or bracket it may be the first word of what is quoted.
 */
export function capitalised(index: TextIndex, i: number): boolean {
  const token = index.tokens[i];
  if (!token || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  const sentence = index.sentences[index.sentenceOf[i] ?? -1];
  const opening = /^[“"‘'(]/u.test(index.tokens[i - 1]?.text ?? '') && !closesQuotation(index, i - 1);
  return sentence !== undefined && sentence.firstToken !== i && !opening;
}

/** A participle used as an adjective before a noun: "a group of detained teachers". */
function attributive(index: TextIndex, i: number): boolean {
  if (pos(index, i) !== 'VERB' || !/(?:ed|en)$/.test(word(index, i))) return false;
  const next = pos(index, i + 1);
  const previous = pos(index, i - 1);
  return (next === 'NOUN' || next === 'PROPN') && ['DET', 'ADJ', 'NUM', 'ADP'].includes(previous);
}

/** Whether token `i` can sit inside a noun phrase. */
function nominal(index: TextIndex, i: number): boolean {
  const w = word(index, i);
  if (RELATIVE.has(w) || TIME_WORDS.has(w)) return false;
  if (capitalised(index, i) || attributive(index, i)) return true;
  switch (pos(index, i)) {
    case 'NOUN':
    case 'PROPN':
    case 'ADJ':
    case 'DET':
    case 'NUM':
      return true;
    case 'PART':
      return w === "'s" || w === "'";
    case 'PRON':
      return !PERSONAL.has(w) || w === 'it';
    case 'PUNCT':
      return NAME_PUNCTUATION.has(w);
    default:
      return false;
  }
}

/** A noun or name, the head a phrase needs. */
function head(index: TextIndex, i: number): boolean {
  const p = pos(index, i);
  if (capitalised(index, i) && !TIME_WORDS.has(word(index, i))) return true;
  return p === 'NOUN' || p === 'PROPN' || (p === 'PRON' && !RELATIVE.has(word(index, i))) || p === 'NUM';
}

/**
 * The noun phrase that ends at token `last`, not reaching before `floor`; null when there is none. A
 * phrase that ends in brackets keeps them whole with the phrase before them, whatever they hold:
 * "Senator Ada Quell (D-Velmora)", "Lena Ostrova (who has led the province since 2019)".
 */
export function phraseEndingAt(index: TextIndex, last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  const w = word(index, last);
  if (closesBracket(index, last) && pos(index, last) === 'PUNCT') {
    const opening = pairedBracket(index, last, floor);
    const before = opening > floor ? phraseEndingAt(index, opening - 1, floor) : null;
    return before ? { first: before.first, last } : null;
  }
  if (PERSONAL.has(w) && pos(index, last) === 'PRON') return { first: last, last };
  if (QUANTIFIERS.has(w) && !nominal(index, last - 1)) return { first: last, last };
  if (!head(index, last)) return null;
  let first = last;
  for (let i = last - 1; i >= floor; i--) {
    const wi = word(index, i);
    if (nominal(index, i)) first = i;
    else if (ATTACHING.has(wi) && head(index, i - 1) && i > floor) first = i;
    else if (wi === 'and' && pos(index, i - 1) === 'PROPN' && pos(index, i + 1) !== 'DET') first = i;
    else break;
  }
  // A phrase never starts with a preposition, a conjunction or punctuation left over from the walk.
  while (first < last && (ATTACHING.has(word(index, first)) || pos(index, first) === 'PUNCT')) first++;
  if (word(index, first) === 'and') first++;
  return head(index, last) || first < last ? { first, last } : null;
}

/** The noun phrase that starts at token `first`, not reaching past `ceiling` (included). */
export function phraseStartingAt(index: TextIndex, first: number, ceiling: number): TokenRange | null {
  if (first > ceiling) return null;
  // "More than 1,200 dockworkers", "About 300 residents": a hedged count opens the phrase.
  const counted = quantityOpener(index, first);
  if (counted > first) {
    const rest = phraseStartingAt(index, counted, ceiling);
    return rest ? { first, last: rest.last } : null;
  }
  const w = word(index, first);
  const possessive = POSSESSIVE.has(w) && nominal(index, first + 1) && first < ceiling;
  if ((PERSONAL.has(w) || OBJECT_PRONOUNS.has(w)) && pos(index, first) === 'PRON' && !possessive) {
    return { first, last: first };
  }

  if (!nominal(index, first) || pos(index, first) === 'PUNCT') return null;
  let last = first;
  for (let i = first + 1; i <= ceiling; i++) {
    const wi = word(index, i);
    if (nominal(index, i) && !(pos(index, i) === 'PUNCT' && wi === '.' && i === ceiling)) last = i;
    else if (ATTACHING_AFTER.has(wi) && head(index, i - 1) && nominal(index, i + 1) && i < ceiling) last = i;
    else if (wi === 'and' && pos(index, i - 1) === 'PROPN' && pos(index, i + 1) === 'PROPN') last = i;
    else break;
  }
  while (last > first && (ATTACHING.has(word(index, last)) || pos(index, last) === 'PUNCT')) {
    if (word(index, last) === ')' || word(index, last) === '.') break;
    last--;
  }
  return head(index, last) || (word(index, last) === ')' && last > first) || word(index, last) === '.'
    ? { first, last }
    : null;
}

const HEDGES_OF_TWO = new Set(['more than', 'fewer than', 'less than', 'at least', 'up to']);
const HEDGES_OF_ONE = new Set(['about', 'around', 'some', 'nearly', 'almost', 'over', 'roughly']);

/** The number after a hedge opening a count ("more than 1,200"), or `at` when there is none. */
export function quantityOpener(index: TextIndex, at: number): number {
  const one = word(index, at);
  const two = `${one} ${word(index, at + 1)}`;
  const skip = HEDGES_OF_TWO.has(two) ? 2 : HEDGES_OF_ONE.has(one) ? 1 : 0;
  return skip > 0 && pos(index, at + skip) === 'NUM' ? at + skip : at;
}

/** Whether tokens `[first, last]` read as an appositive or a short description: "a spokesman for X", "57". */
export function isAppositive(index: TextIndex, first: number, last: number): boolean {
  if (first > last || last - first > 30) return false;
  const w = word(index, first);
  if (RELATIVE.has(w)) return w === 'who' || w === 'which';
  const p = pos(index, first);
  if (p === 'VERB' || p === 'AUX' || p === 'ADP' || p === 'SCONJ' || p === 'CCONJ' || p === 'ADV')
    return false;
  for (let i = first; i <= last; i++) if (word(index, i) === ',' || word(index, i) === ';') return false;
  return nominal(index, first) || p === 'NUM';
}
