import { type CueClass, cueClassOf, cueLemmaOfLowercase, phraseAt, SIGNATURE } from './cue-lexicon.ts';
import { capitalised, isPersonalPronoun } from './phrases.ts';
import { quotationRole } from './quotation-kinds.ts';
import {
  closesQuotation,
  type IndexedQuotation,
  isQuoted,
  opensQuotation,
  quotationAt,
  type TextIndex,
} from './text-index.ts';

/**
 * Speech cues found in the tokens: a lexicon verb in any inflection, or a multi-word cue ("according
 * to", "went on to say"). The cue's span takes in the auxiliaries and adverbs before the verb ("has also
 * said", "did not say") and a colon right after it ("said:"), as news corpora annotate it.
 */

export interface CueMatch {
  /** The verb, or the first word of a phrase. */
  head: number;
  /** First and last tokens of the whole cue, both included. */
  first: number;
  last: number;
  lemma: string;
  cueClass: CueClass;
}

/** Auxiliaries, negation and adverbs that belong to the cue when they stand right before its verb. */
const CUE_PREFIX = new Set(
  `has have had 's 've 'd is are was were be been will would could can may might should must shall did does do
  not n't never also later then repeatedly previously publicly reportedly once often just already recently
  further initially since still again now first ultimately finally privately frequently always long
  explicitly openly quickly immediately flatly angrily bluntly simply`.split(/\s+/),
);

/** Prepositions that belong to a cue verb when what is said follows them: "referred to", "asked about". */
const PARTICLES: Record<string, readonly string[]> = {
  refer: ['to'],
  talk: ['about'],
  speak: ['about', 'of'],
  ask: ['about'],
  respond: ['to'],
  reply: ['to'],
  point: ['to'],
  know: ['as', 'for'],
  describe: ['as'],
  comment: ['on'],
  complain: ['about'],
  warn: ['of', 'about', 'against'],
  write: ['about'],
  reflect: ['on'],
  insist: ['on'],
  argue: ['for', 'against'],
  apologise: ['for'],
  apologize: ['for'],
  joke: ['about'],
  boast: ['about', 'of'],
  vote: ['for', 'against'],
};

/** Forms that are cue verbs even when tagged as a noun or adjective, as the tagger often does. */
const ALWAYS_VERB = new Set(['says', 'said', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked']);

function word(index: TextIndex, i: number): string {
  return index.words[i] ?? '';
}

const ARTICLES = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
]);

/**
 * Whether the verb at `i` names, describes or reads rather than reports: "a group called the Front",
 * "the said document", "she has read the novel". "Read" reports a document's words only where they
 * follow it or stand by it: `the decree reads: "..."` · `"...," reads the decree`.
 */
function notReporting(index: TextIndex, i: number, lemma: string): boolean {
  const before = word(index, i - 1);
  const after = index.tokens[i + 1];
  if (before === 'the' || before === 'so-' || before === 'so' || before === 'all') return true;
  if (lemma === 'call' || lemma === 'dub' || lemma === 'title' || lemma === 'name') {
    // "a group called the Front": a common noun after an article, then the name.
    const previous = index.tokens[i - 1];
    const noun = previous?.pos === 'NOUN' && /^\p{Ll}/u.test(previous.text);
    const article = ARTICLES.has(word(index, i - 2)) || index.tokens[i - 2]?.pos === 'ADJ';
    if (noun && article && after && /^[\p{Lu}“"‘']/u.test(after.text)) return true;
  }
  if (lemma === 'read') {
    const next = word(index, i + 1);
    const beside = before === ',' || closesQuotation(index, i - 1);
    const quoted =
      opensQuotation(index, i + 1) &&
      quotationRole(index, quotationAt(index, i + 1) as IndexedQuotation) === 'words';
    return !(beside || next === ':' || next === ',' || quoted || next === 'part');
  }

  return false;
}

/**
 * Whether a cue form the tagger took for a noun stands where a verb does: after a name inside the
 * sentence or a personal pronoun, and before the end of the clause, "that", a colon or a quotation
 * ("Bozell notes.").
 */
function verbalContext(index: TextIndex, i: number): boolean {
  const previous = index.tokens[i - 1];
  const first = index.sentences[index.sentenceOf[i] ?? -1]?.firstToken ?? 0;
  const name = previous?.pos === 'PROPN' && i - 1 > first;
  const subject = name || (previous?.pos === 'PRON' && isPersonalPronoun(word(index, i - 1)));
  const next = word(index, i + 1);
  return (
    subject &&
    (next === '.' || next === ',' || next === ':' || next === 'that' || opensQuotation(index, i + 1))
  );
}

/** Whether a sentence is set in title case, as headlines are ("Clinton Calls Violence ‘Genocide’"). */
function titleCased(index: TextIndex, s: number): boolean {
  const sentence = index.sentences[s];
  if (!sentence) return false;
  let words = 0;
  let capitals = 0;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const text = index.tokens[k]?.text ?? '';
    if (!/^\p{L}/u.test(text) || text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(text)) capitals++;
  }
  return words > 0 && capitals / words >= 0.6;
}

/** Whether token `i` is capitalised inside a sentence that is not a headline: a name ("Ada Quell"). */
export function nameShaped(index: TextIndex, i: number): boolean {
  const s = index.sentenceOf[i] ?? -1;
  const first = index.sentences[s]?.firstToken ?? 0;
  const capital = /^\p{Lu}/u.test(index.tokens[i]?.text ?? '');
  return capital && i > first && !opensQuotation(index, i - 1) && !titleCased(index, s);
}

/**
 * Whether a cue verb stands as a verb can: not capitalised inside a sentence ("the United States",
 * except in headlines), and not an infinitive opening a clause ("To believe that ...").
 */
function cueShaped(index: TextIndex, i: number): boolean {
  if (nameShaped(index, i)) return false;
  const first = index.sentences[index.sentenceOf[i] ?? -1]?.firstToken ?? 0;
  const before = word(index, i - 1);
  return !(before === 'to' && (i - 1 === first || word(index, i - 2) === ','));
}

/** The cue's first token: its head, extended left over auxiliaries and adverbs. */
function extendLeft(index: TextIndex, head: number, floor: number): number {
  let first = head;
  while (first - 1 >= floor && CUE_PREFIX.has(word(index, first - 1))) first--;
  // "to" before an infinitive cue only with the verb that governs it: "went on to say", "refused to say".
  return first;
}

/**
 * The cue headed by token `head` with lemma `lemma` (`length` words for a phrase): the auxiliaries and
 * adverbs before it, a particle and a colon after it.
 */
export function cueAt(index: TextIndex, head: number, lemma: string, length = 1): CueMatch {
  let last = head + length - 1;
  if (PARTICLES[lemma]?.includes(word(index, last + 1))) last++;
  if (word(index, last + 1) === ':') last++;
  const sentence = index.sentences[index.sentenceOf[head] ?? -1];
  const first = lemma === 'according to' ? head : extendLeft(index, head, sentence?.firstToken ?? 0);
  return { head, first, last, lemma, cueClass: cueClassOf(lemma) ?? 'other' };
}

/** The lexicon cue that starts at token `i`, as a lemma and a length in words, or null. */
export function lexiconCueAt(index: TextIndex, i: number): { lemma: string; length: number } | null {
  if (word(index, i) === ':') return speakerColon(index, i) ? { lemma: ':', length: 1 } : null;
  if (DASHES.has(word(index, i))) return signingDash(index, i) ? { lemma: SIGNATURE, length: 1 } : null;
  const phrase = phraseAt(index.words, i);
  if (phrase) return { lemma: phrase.lemma, length: phrase.length };
  const lemma = cueLemmaOfLowercase(word(index, i));
  const tag = index.tokens[i]?.pos;
  if (!lemma || !(tag === 'VERB' || ALWAYS_VERB.has(word(index, i)) || verbalContext(index, i))) return null;
  if (notReporting(index, i, lemma) || !cueShaped(index, i)) return null;
  return { lemma, length: 1 };
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/**
 * Whether a cue is in the passive ("was told", "is said to"): its subject heard the words or is talked
 * about; it did not say them.
 */
export function isPassive(index: TextIndex, cue: CueMatch): boolean {
  if (!/(?:ed|en|told|said|thought|known|found|shown|read)$/.test(word(index, cue.head))) return false;
  for (let k = cue.head - 1; k >= cue.first; k--) if (BE.has(word(index, k))) return true;
  return false;
}

/**
 * Whether a colon stands for "says" between a name and a quotation, as headlines and transcripts put it:
 * `Ted Cruz: “Assaulting a reporter is a fireable offense.”` The name opens the sentence and has no verb.
 */
function speakerColon(index: TextIndex, i: number): boolean {
  if (!opensQuotation(index, i + 1)) return false;
  const first = index.sentences[index.sentenceOf[i] ?? -1]?.firstToken ?? i;
  if (i - first < 1 || i - first > 8) return false;
  let name = false;
  for (let k = first; k < i; k++) {
    const tag = index.tokens[k]?.pos;
    if (tag === 'VERB' || tag === 'AUX' || isQuoted(index, k)) return false;
    if (tag === 'PROPN') name = true;
  }
  return name;
}

const DASHES = new Set(['—', '―', '–', '-', '--']);
/** How many words a signature may have after its dash: a name, and maybe a place ("Ana Ruiz, Quito"). */
const SIGNATURE_WORDS = 8;

/**
 * Whether a dash signs the quotation that ends right before it, or the paragraph before, with the name
 * of who said or wrote it, as readers' comments and epigraphs are printed: `“...” ― Ana Ruiz` ·
 * `“...”¶— Senator Ana Ruiz.` The name starts with a capital and runs to the end of its line or to
 * the next quotation (plain text joins the lines of a list of signed comments).
 */
function signingDash(index: TextIndex, i: number): boolean {
  const paragraph = index.sentences[index.sentenceOf[i] ?? -1]?.paragraph ?? -1;
  const before = index.tokens[i - 1];
  const quotation = quotationAt(index, i - 1);
  if (!before || !quotation || quotation.lastToken !== i - 1) return false;
  const own = index.sentences[index.sentenceOf[i - 1] ?? -1]?.paragraph === paragraph;
  const opening = own || lineBreakBefore(index, i);
  if (!opening || !(capitalised(index, i + 1) || index.tokens[i + 1]?.pos === 'PROPN')) return false;
  const end = index.paragraphs[paragraph]?.end ?? 0;
  for (let k = i + 1, words = 1; k < index.tokens.length && (index.tokens[k]?.start ?? end) < end; k++) {
    if (k > i + 1 && signatureEnds(index, k)) break;
    if (isQuoted(index, k) || ++words > SIGNATURE_WORDS) return false;
  }
  return true;
}

/** Whether a line ends between tokens `k - 1` and `k`. */
export function lineBreakBefore(index: TextIndex, k: number): boolean {
  return index.text.slice(index.tokens[k - 1]?.end ?? 0, index.tokens[k]?.start ?? 0).includes('\n');
}

/** Whether a signature ends before token `k`: at the end of its line, or where the next quotation opens. */
export function signatureEnds(index: TextIndex, k: number): boolean {
  return lineBreakBefore(index, k) || opensQuotation(index, k);
}

/** Every cue of the lexicon in the text, outside quotation marks. */

export function findCues(index: TextIndex): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = 0; i < index.tokens.length; i++) {
    // Words inside quotation marks are the speaker's own; what they report is part of the quotation.
    if (index.quotationOf[i] !== -1) continue;
    const found = lexiconCueAt(index, i);
    if (!found) continue;
    const cue = cueAt(index, i, found.lemma, found.length);
    cues.push(cue);
    i = cue.last;
  }
  return cues;
}
