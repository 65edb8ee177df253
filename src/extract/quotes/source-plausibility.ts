import { capitalised, QUANTIFIERS, type TokenRange } from './phrases.ts';
import type { TextIndex } from './text-index.ts';

/**
 * Whether a source the frames drew can be a speaker at all. A wrong speaker is worse than none, so an
 * odd one is dropped; but the part-of-speech tagger misreads many a speaker ("Ted" and "Lynch" as verbs
 * at a sentence's start, "exit polls" and "sources" as verbs, "a third" as no noun), so a source is
 * judged by its words as much as by their tags.
 */

/**
 * Words that stand for people on their own: the quantifiers a subject may be ("many believe", "others
 * said"), and counts and groups ("those surveyed say", "a third said", "neither wanted").
 */
const STANDING_ALONE = new Set([
  ...QUANTIFIERS,
  'those',
  'neither',
  'each',
  'half',
  'third',
  'thirds',
  'quarter',
  'dozen',
  'majority',
]);

/** Prepositions that open a count of people: "About four in 10 say", "at least a dozen members told". */
const APPROXIMATING = new Set(['about', 'around', 'at', 'over', 'under', 'nearly', 'almost', 'roughly']);

/**
 * Pronouns that only ever stand as an object: "praised him", "calling them rapists" ("her" is a
 * possessive too: "her remark").
 */
const ONLY_OBJECT_PRONOUNS = new Set([
  'him',
  'them',
  'me',
  'us',
  'himself',
  'herself',
  'themselves',
  'myself',
  'ourselves',
]);

/** How long a source may be in tokens; longer when it opens with a name that its appositives describe. */
const LENGTH = 30;
const NAMED_LENGTH = 50;

/** Whether token `k` counts people: a number or a word of quantity. */
function counting(index: TextIndex, k: number): boolean {
  return index.tokens[k]?.pos === 'NUM' || STANDING_ALONE.has(index.words[k] ?? '');
}

/** Whether a source opens with a count of people: "About 4 in 10", "at least 21,000", "nearly half of voters". */
function opensWithCount(index: TextIndex, range: TokenRange): boolean {
  if (!APPROXIMATING.has(index.words[range.first] ?? '')) return false;
  for (let k = range.first + 1; k <= Math.min(range.last, range.first + 3); k++)
    if (counting(index, k)) return true;
  return false;
}

/**
 * Whether token `k` is a name: capitalised inside its sentence, or at its start where the tagger took a
 * name for a verb ("Lynch announced", "Cook said").
 */
function nameAt(index: TextIndex, k: number): boolean {
  if (capitalised(index, k)) return true;
  const start = index.sentences[index.sentenceOf[k] ?? -1]?.firstToken === k;
  return start && index.tokens[k]?.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(index.tokens[k]?.text ?? '');
}

/** Whether a source opens with a participle clause, no speaker: "Speaking to reporters", "Asked about". */
function opensWithClause(index: TextIndex, range: TokenRange): boolean {
  if (index.tokens[range.first]?.pos !== 'VERB') return false;
  return /(?:ing|ed)$/.test(index.words[range.first] ?? '') && index.tokens[range.first + 1]?.pos === 'ADP';
}

/**
 * Whether a source can be a speaker: a phrase of at most thirty words (fifty after a name: "Ana Ruiz, an
 * economist who ...") with a noun, a name, a pronoun (not one alone that only stands as an object), a
 * number or a word that stands for people; that opens with no conjunction, punctuation, participle
 * clause or preposition (but for a count: "About four in 10"); and that stays out of quotation marks
 * unless its words are relayed from within a quotation (`quoted`). A capitalised word inside the
 * sentence is a name whatever the tagger says.
 */
export function plausibleSource(index: TextIndex, range: TokenRange, quoted: boolean): boolean {
  const first = nameAt(index, range.first) ? 'PROPN' : index.tokens[range.first]?.pos;
  if (range.last - range.first > (first === 'PROPN' ? NAMED_LENGTH : LENGTH)) return false;
  if (range.first === range.last && ONLY_OBJECT_PRONOUNS.has(index.words[range.first] ?? '')) return false;
  if (first === 'ADP' && !opensWithCount(index, range)) return false;
  if (first === 'CCONJ' || first === 'SCONJ' || first === 'PUNCT' || opensWithClause(index, range))
    return false;
  for (let k = range.first; k <= range.last; k++) {
    if (index.quotationOf[k] !== -1 && !quoted) return false;
    const pos = index.tokens[k]?.pos;
    if (nameAt(index, k) || pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || counting(index, k))
      return true;
  }
  return false;
}
