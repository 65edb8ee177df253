import { cueClassOf, cueLemmaOfLowercase, phraseAt } from '../cue-lexicon.ts';
import { type CueMatch, cueAt, lexiconCueAt, nameShaped } from '../cues.ts';
import { type TextIndex, wordAt } from '../text-index.ts';
import { guessLemma } from './guess-lemma.ts';
import { feature, hashString } from './hash.ts';
import { classify, emptySequence, type FeatureSequence, type LinearChainModel } from './linear-chain.ts';
import type { Positions } from './positions.ts';

/**
 * The learned cue detector: decides for each candidate head (a verb, a word of the cue lexicon, a colon)
 * whether it heads a cue, reading the words around it, the lexicon and the cues the rules found. It finds
 * the cues no lexicon lists ("fielded criticism", "is expected to") and learns which lexicon words are no
 * cue. The cue's span around its head is drawn by the rules (auxiliaries before, particle and colon after).
 */

export const CUE_LABELS = ['O', 'CUE'] as const;

const VERB = hashString('VERB');
const CUE_WIDTH = 29;

/** The positions in `[from, to]` that may head a cue. */
export function cueCandidates(positions: Positions, ruleCue: Uint8Array, from: number, to: number): number[] {
  const candidates: number[] = [];
  for (let t = from; t <= to; t++) {
    if (positions.quoted[t]) continue;
    const head = positions.pos[t] === VERB || positions.lemma[t] !== 0 || positions.kind[t] === 2;
    if (head || ruleCue[positions.first[t] as number] === 1) candidates.push(t);
  }
  return candidates;
}

/** Features of each candidate head; `ruleCue[i]` is 1 at a rule cue's head, 2 elsewhere in it. */
export function cueFeatures(
  positions: Positions,
  ruleCue: Uint8Array,
  candidates: readonly number[],
  from: number,
  to: number,
): FeatureSequence {
  const sequence = emptySequence(candidates.length, CUE_WIDTH, false);
  const f = sequence.features;
  const { word, pos, suffix, shape, lemma, stem, cueClass, quoted, kind, first, fine, coarse } = positions;
  let at = 0;
  for (const t of candidates) {
    const w = word[t] as number;
    const p = pos[t] as number;
    const cls = cueClass[t] as number;
    const before = t > from ? (pos[t - 1] as number) : 1;
    const after = t < to ? (pos[t + 1] as number) : 2;
    const wordBefore = t > from ? (word[t - 1] as number) : 1;
    const wordAfter = t < to ? (word[t + 1] as number) : 2;
    const kindBefore = t > from ? (kind[t - 1] as number) : 10;
    const kindAfter = t < to ? (kind[t + 1] as number) : 10;
    const rule = ruleCue[first[t] as number];
    f[at++] = feature(1);
    f[at++] = feature(2, w);
    f[at++] = feature(3, p);
    f[at++] = feature(4, lemma[t]);
    f[at++] = feature(5, cls, p);
    f[at++] = feature(6, wordBefore);
    f[at++] = feature(7, wordAfter);
    f[at++] = feature(8, before, p);
    f[at++] = feature(9, p, after);
    f[at++] = feature(10, t - 1 > from ? pos[t - 2] : 1, before, p);
    f[at++] = feature(11, suffix[t]);
    f[at++] = feature(12, shape[t], t === from ? 1 : 0);
    f[at++] = feature(13, quoted[t - 1], quoted[t + 1]);
    f[at++] = feature(14, kindAfter, cls);
    f[at++] = feature(15, kindBefore, cls);
    f[at++] = feature(16, rule, t > from ? ruleCue[first[t - 1] as number] : 3);
    f[at++] = feature(17, w, wordAfter);
    f[at++] = feature(18, wordBefore, w);
    f[at++] = feature(19, t < to ? cueClass[t + 1] : 0, t + 1 < to ? cueClass[t + 2] : 0, p);
    f[at++] = feature(20, kindAfter, kindBefore, p);
    f[at++] = feature(21, cls, shape[t], rule);
    f[at++] = feature(22, stem[t]);
    f[at++] = feature(23, stem[t], kindAfter);
    f[at++] = feature(24, stem[t], kindBefore);
    f[at++] = feature(25, stem[t], t > from ? stem[t - 1] : 1);
    f[at++] = feature(26, fine[t], p);
    f[at++] = feature(27, fine[t], kindAfter);
    f[at++] = feature(28, coarse[t], p, kindAfter);
    f[at++] = feature(29, fine[t], t < to ? fine[t + 1] : 0);
  }
  return sequence;
}

/** The cue headed by token `head`, with the lexicon's lemma or a guessed one. */
export function cueHeadedBy(index: TextIndex, head: number): CueMatch {
  const known = lexiconCueAt(index, head);
  if (known) return cueAt(index, head, known.lemma, known.length);
  const word = wordAt(index, head);
  const lemma = word === ':' ? ':' : (cueLemmaOfLowercase(word) ?? guessLemma(word));
  return cueAt(index, head, lemma);
}

/** The head of the cue that tokens `[first, last]` form: a lexicon phrase's first word, else its last verb. */
export function headOfSpan(index: TextIndex, first: number, last: number): number {
  for (let k = first; k <= last; k++) if (phraseAt(index.words, k)) return k;
  for (let k = last; k >= first; k--) if (index.tokens[k]?.pos === 'VERB') return k;
  for (let k = last; k >= first; k--) if (cueClassOf(cueLemmaOfLowercase(wordAt(index, k)) ?? '')) return k;
  return wordAt(index, last) === ':' && last > first ? last - 1 : last;
}

/** The cues the model finds in the positions `[from, to]` (a sentence). */
export function detectCues(
  model: LinearChainModel,
  index: TextIndex,
  positions: Positions,
  ruleCue: Uint8Array,
  from: number,
  to: number,
): CueMatch[] {
  const candidates = cueCandidates(positions, ruleCue, from, to);
  if (candidates.length === 0) return [];
  const labels = classify(model, cueFeatures(positions, ruleCue, candidates, from, to));
  const cues: CueMatch[] = [];
  candidates.forEach((t, k) => {
    // A capitalised word inside a sentence is a name the tagger took for a verb ("Ada Quell wrote").
    if (labels[k] !== 1 || nameShaped(index, positions.first[t] as number)) return;
    const cue = cueHeadedBy(index, positions.first[t] as number);
    const previous = cues.at(-1);
    if (!previous || cue.first > previous.last) cues.push(cue);
  });
  return cues;
}
