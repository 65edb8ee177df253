import type { Frame } from '../frames.ts';
import { type TextIndex, wordAt } from '../text-index.ts';
import { feature, hashString } from './hash.ts';
import { classify, emptySequence, type FeatureSequence, type LinearChainModel } from './linear-chain.ts';
import { coarseClass, fineCluster, shippedClusters } from './word-clusters.ts';

/**
 * The learned end of reported words: the role tagger reads a window of positions and often stops the
 * content of "X said the process was fair, but required candidates to put forth an effort" at the first
 * clause break, where news corpora run it on to the end of the sentence. At each clause break after the
 * drawn content (a comma, a dash, a conjunction, a preposition, a relative pronoun) this classifier
 * decides whether the words go on (ON) or stop (STOP), reading the break, the words around it, what is
 * left of the sentence and the cue. It is trained on the gold contents themselves, not on the tagger's
 * output, so it needs no second pass over the training data.
 */

export const END_LABELS = ['STOP', 'ON'] as const;

const END_WIDTH = 21;
const SENTENCE_STOPS = new Set(['.', '!', '?']);
const BREAK_WORDS = new Set([
  ',',
  ';',
  '—',
  '–',
  '-',
  '(',
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'while',
]);
const BREAK_TAGS = new Set(['ADP', 'CCONJ', 'SCONJ']);

/** Whether the words may stop just before token `k`: a clause break, never inside a quotation. */
export function isBreak(index: TextIndex, k: number): boolean {
  const quotation = index.quotationOf[k];
  if (quotation !== -1) return quotation !== index.quotationOf[k - 1];
  return BREAK_WORDS.has(wordAt(index, k)) || BREAK_TAGS.has(index.tokens[k]?.pos ?? '');
}

/** The last token of a sentence's words, before its closing full stop, question or exclamation mark. */
export function lastWordOf(index: TextIndex, sentence: number): number {
  const { firstToken, endToken } = index.sentences[sentence] ?? { firstToken: 0, endToken: 0 };
  let last = endToken - 1;
  while (last > firstToken && SENTENCE_STOPS.has(wordAt(index, last))) last--;
  return last;
}

/** Running counts over a document's tokens: `counts[i]` of the tokens before token `i`. */
interface Counts {
  verbs: Int32Array;
  /** Verbs right after a noun or pronoun: a clause with a subject of its own. */
  clauses: Int32Array;
  commas: Int32Array;
}

const SUBJECTS = new Set(['PRON', 'PROPN', 'NOUN']);
const cached = new WeakMap<TextIndex, Counts>();

/**
 * The document's running counts, computed once: a run-on sentence of thousands of attributions asks
 * about thousands of breaks, and each must cost the same whatever the sentence's length.
 */
function countsOf(index: TextIndex): Counts {
  const known = cached.get(index);
  if (known) return known;
  const n = index.tokens.length;
  const counts: Counts = {
    verbs: new Int32Array(n + 1),
    clauses: new Int32Array(n + 1),
    commas: new Int32Array(n + 1),
  };
  for (let i = 0; i < n; i++) {
    const pos = index.tokens[i]?.pos;
    const subject = i > 0 && SUBJECTS.has(index.tokens[i - 1]?.pos ?? '');
    counts.verbs[i + 1] = (counts.verbs[i] as number) + (pos === 'VERB' ? 1 : 0);
    counts.clauses[i + 1] =
      (counts.clauses[i] as number) + ((pos === 'VERB' || pos === 'AUX') && subject ? 1 : 0);
    counts.commas[i + 1] = (counts.commas[i] as number) + (wordAt(index, i) === ',' ? 1 : 0);
  }
  cached.set(index, counts);
  return counts;
}

/** How many counted tokens lie in `[from, to]`. */
function between(counts: Int32Array, from: number, to: number): number {
  return to < from ? 0 : (counts[to + 1] as number) - (counts[from] as number);
}

function bucket(n: number): number {
  if (n <= 3) return n;
  if (n <= 6) return 4;
  if (n <= 10) return 5;
  if (n <= 20) return 6;
  return 7;
}

const hashed = (index: TextIndex, k: number, last: number) =>
  k > last ? 1 : index.quotationOf[k] !== -1 ? 2 : hashString(wordAt(index, k));
const tag = (index: TextIndex, k: number, last: number) =>
  k > last ? 1 : hashString(index.tokens[k]?.pos ?? '');

/**
 * Features of stopping before token `k`, for words that began at `first` after a cue of hashed lemma
 * `lemma`, in a sentence whose words end at `last`.
 */
export function endFeatures(
  index: TextIndex,
  k: number,
  first: number,
  last: number,
  lemma: number,
): FeatureSequence {
  const sequence = emptySequence(1, END_WIDTH, false);
  const f = sequence.features;
  const counts = countsOf(index);
  const verbs = between(counts.verbs, k + 1, last);
  const clause = between(counts.clauses, k + 1, last) > 0 ? 1 : 0;
  const commas = between(counts.commas, first, k - 1);
  const word = hashed(index, k, last);
  const next = hashed(index, k + 1, last);
  const previous = hashed(index, k - 1, last);
  const pos = tag(index, k, last);
  const rest = bucket(last - k + 1);
  let at = 0;
  f[at++] = feature(1);
  f[at++] = feature(2, word);
  f[at++] = feature(3, previous);
  f[at++] = feature(4, word, next);
  f[at++] = feature(5, pos, tag(index, k + 1, last));
  f[at++] = feature(6, tag(index, k - 1, last), pos);
  f[at++] = feature(7, rest, pos);
  f[at++] = feature(8, Math.min(3, verbs), word);
  f[at++] = feature(9, lemma, word);
  f[at++] = feature(10, lemma);
  f[at++] = feature(11, bucket(k - first), rest);
  f[at++] = feature(12, Math.min(3, commas), word);
  f[at++] = feature(13, previous, word);
  f[at++] = feature(14, Math.min(3, verbs), rest);
  f[at++] = feature(15, lemma, Math.min(2, verbs));
  f[at++] = feature(16, next, Math.min(2, verbs));
  f[at++] = feature(17, clause, word, next);
  f[at++] = feature(18, clause, rest);
  f[at++] = feature(19, word, next, rest);
  const clusters = shippedClusters();
  const nextWord = k + 1 > last ? '' : wordAt(index, k + 1);
  f[at++] = feature(20, word, fineCluster(clusters, nextWord));
  f[at++] = feature(21, coarseClass(clusters, nextWord), Math.min(2, verbs));
  return sequence;
}

/** Whether the words that began at `first` go on past the break before token `k`. */
function goesOn(
  model: LinearChainModel,
  index: TextIndex,
  k: number,
  first: number,
  last: number,
  lemma: number,
) {
  return classify(model, endFeatures(index, k, first, last, lemma))[0] === 1;
}

/**
 * The frame with its reported words run on, break by break, while the classifier says they go on, up to
 * the end of the sentence or the next cue. Only words after their cue that open outside quotation marks
 * are run on: a quotation ends where its marks do, while reported words that end on a quoted phrase may
 * go on past it ("called the chief “a reckless gambler” for selling the boats").
 */
export function withLearnedEnd(
  model: LinearChainModel,
  index: TextIndex,
  frame: Frame,
  cueHeads: ReadonlySet<number>,
): Frame {
  const range = frame.content.at(-1);
  if (!range || range.first <= frame.cue.last || index.quotationOf[range.first] !== -1) return frame;
  const last = lastWordOf(index, index.sentenceOf[frame.cue.head] ?? 0);
  if (range.last >= last) return frame;
  const lemma = hashString(frame.cue.lemma);
  let end = range.last;
  let k = range.last + 1;
  while (k <= last && goesOn(model, index, k, range.first, last, lemma)) {
    let next = k + 1;
    while (next <= last && !isBreak(index, next) && !cueHeads.has(next)) next++;
    if (next <= last && cueHeads.has(next)) break;
    end = next - 1;
    k = next;
  }
  while (end > range.last && /^[,;:—–-]$/u.test(wordAt(index, end))) end--;
  if (end === range.last) return frame;
  return { ...frame, content: [...frame.content.slice(0, -1), { first: range.first, last: end }] };
}
