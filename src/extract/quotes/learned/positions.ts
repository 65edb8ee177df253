import { cueClassOf, cueLemmaOfLowercase } from '../cue-lexicon.ts';
import type { TextIndex } from '../text-index.ts';
import { guessLemma } from './guess-lemma.ts';
import { hashString } from './hash.ts';
import { coarseClass, fineCluster, shippedClusters } from './word-clusters.ts';

/**
 * The positions the taggers read in a document, with what their features need of each: every token
 * outside quotation marks is a position, and every quotation is one. A quotation is said as a whole,
 * never cut by a source or a cue, so one position stands for it; this keeps quotation-rich text short.
 * Computed once per document; a tagger's sequence is a range of positions.
 */
export interface Positions {
  length: number;
  /** First and last token of each position. */
  first: Int32Array;
  last: Int32Array;
  /** For each token, its position. */
  at: Int32Array;
  word: Uint32Array;
  pos: Uint32Array;
  suffix: Uint32Array;
  /** 0 lowercase, 1 capitalised, 2 other letter, 3 digit, 4 other, 5 quotation. */
  shape: Uint8Array;
  /** The cue lexicon's lemma, hashed, or 0. */
  lemma: Uint32Array;
  /**
   * The lexicon's lemma or a guessed one, hashed, for verbs, nouns and adjectives ("supports",
   * "supporting" and "support" are one), else the word: the cue detector learns a verb from any of its forms.
   */
  stem: Uint32Array;
  /** The word's cluster and coarse class of words used alike (word-clusters.ts), 0 for none. */
  fine: Uint16Array;
  coarse: Uint8Array;
  /** 0 none or other, 1 speech, 2 writing, 3 thought, 4 evidence. */
  cueClass: Uint8Array;
  /** 1 at a quotation. */
  quoted: Uint8Array;
  /**
   * What a position is as a neighbour: "that" 1, colon 2, comma 3, end of sentence 4, pronoun 7,
   * name 8, verb 9, quotation 11, anything else 0.
   */
  kind: Uint8Array;
  /** For a quotation: 1 when it ends with a comma inside its marks, 2 with a full stop, 3 otherwise. */
  ending: Uint8Array;
}

const QUOTATION_WORD = hashString('«quotation»');
const QUOTATION_POS = hashString('QUOTATION');
const CLASSES = { speech: 1, writing: 2, thought: 3, evidence: 4, other: 0 } as const;
const KINDS = new Map([
  ['that', 1],
  [':', 2],
  [',', 3],
  ['.', 4],
  ['!', 4],
  ['?', 4],
]);
const POS_KINDS = new Map([
  ['PRON', 7],
  ['PROPN', 8],
  ['VERB', 9],
]);
const POS_HASHES = new Map<string, number>();

function shapeOf(text: string): number {
  const c = text.charAt(0);
  if (c === '') return 4;
  if (c !== c.toUpperCase()) return 0;
  if (c !== c.toLowerCase())
    return text.length > 1 && text.charAt(1) !== text.charAt(1).toUpperCase() ? 1 : 2;
  return c >= '0' && c <= '9' ? 3 : 4;
}

function endingOf(index: TextIndex, last: number): number {
  const before = index.words[last - 1] ?? '';
  if (before === ',') return 1;
  return before === '.' || before === '?' || before === '!' ? 2 : 3;
}

function posHash(tag: string): number {
  let hash = POS_HASHES.get(tag);
  if (hash === undefined) {
    hash = hashString(tag);
    POS_HASHES.set(tag, hash);
  }
  return hash;
}

export function documentPositions(index: TextIndex): Positions {
  const tokens = index.tokens.length;
  const at = new Int32Array(tokens);
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (let i = 0; i < tokens; i++) {
    const q = index.quotations[index.quotationOf[i] as number];
    firsts.push(i);
    const last = q ? Math.max(i, q.lastToken) : i;
    for (let k = i; k <= last; k++) at[k] = firsts.length - 1;
    lasts.push(last);
    i = last;
  }
  const n = firsts.length;
  const positions: Positions = {
    length: n,
    first: Int32Array.from(firsts),
    last: Int32Array.from(lasts),
    at,
    word: new Uint32Array(n),
    pos: new Uint32Array(n),
    suffix: new Uint32Array(n),
    shape: new Uint8Array(n),
    lemma: new Uint32Array(n),
    stem: new Uint32Array(n),
    fine: new Uint16Array(n),
    coarse: new Uint8Array(n),
    cueClass: new Uint8Array(n),
    quoted: new Uint8Array(n),
    kind: new Uint8Array(n),
    ending: new Uint8Array(n),
  };
  const clusters = shippedClusters();
  for (let t = 0; t < n; t++) {
    const i = firsts[t] as number;
    if (index.quotationOf[i] !== -1) {
      positions.word[t] = QUOTATION_WORD;
      positions.pos[t] = QUOTATION_POS;
      positions.suffix[t] = QUOTATION_WORD;
      positions.shape[t] = 5;
      positions.quoted[t] = 1;
      positions.kind[t] = 11;
      positions.ending[t] = endingOf(index, lasts[t] as number);
      continue;
    }
    const word = index.words[i] ?? '';
    const tag = index.tokens[i]?.pos ?? '';
    positions.word[t] = hashString(word);
    positions.pos[t] = posHash(tag);
    positions.suffix[t] = hashString(word.slice(-3));
    positions.fine[t] = fineCluster(clusters, word);
    positions.coarse[t] = coarseClass(clusters, word);
    positions.shape[t] = shapeOf(index.tokens[i]?.text ?? '');
    const lemma = cueLemmaOfLowercase(word);
    if (lemma) {
      positions.lemma[t] = hashString(lemma);
      const cueClass = cueClassOf(lemma);
      positions.cueClass[t] = cueClass ? CLASSES[cueClass] : 0;
    }
    const inflected = tag === 'VERB' || tag === 'NOUN' || tag === 'ADJ';
    positions.stem[t] = inflected ? hashString(lemma ?? guessLemma(word)) : (positions.word[t] as number);
    positions.kind[t] = KINDS.get(word) ?? POS_KINDS.get(tag) ?? 0;
  }
  return positions;
}
