import { cueClassOf, cueLemmaOfLowercase, phraseAt } from '../cue-lexicon.ts';
import type { CueMatch } from '../cues.ts';
import { type TextIndex, wordAt } from '../text-index.ts';
import { feature, hashString } from './hash.ts';

import { decode, emptySequence, type FeatureSequence, type LinearChainModel } from './linear-chain.ts';
import type { Positions } from './positions.ts';

/**
 * The learned cue detector: tags each sentence's tokens as the beginning (B) or inside (I) of a cue, or
 * outside (O), reading the words around, the cue lexicon and the cues the rules found. It finds the
 * cues no lexicon lists ("fielded criticism", "is expected to") and learns which lexicon words are no cue.
 */

export const CUE_LABELS = ['O', 'B', 'I'] as const;

/** Transitions allowed between O, B and I (the last row is the start). */
export const CUE_LEGAL = Uint8Array.from([1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0]);

/** Tags of the words a cue is made of; names, pronouns, numbers and most punctuation never are. */
const CUE_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'ADP', 'NOUN', 'ADJ'].map((tag) => hashString(tag)));

/** Whether position `t` may belong to a cue: a word of a cue's kind, a colon, or part of a rule cue. */
function cueCandidate(positions: Positions, ruleCue: Uint8Array, t: number): boolean {
  if (positions.quoted[t]) return false;
  return (
    CUE_TAGS.has(positions.pos[t] as number) ||
    positions.kind[t] === 2 ||
    ruleCue[positions.first[t] as number] !== 0
  );
}

/** Features at each position of the cue detector's sequence. */
const CUE_WIDTH = 21;

/**
 * Features of the cue detector at each position of a sentence; `ruleCue[i]` is 1 at a rule cue's head,
 * 2 elsewhere in it. A quotation is never a cue, so its position may only be tagged O.
 */
export function cueFeatures(
  positions: Positions,
  ruleCue: Uint8Array,
  from: number,
  to: number,
): FeatureSequence {
  const n = to - from + 1;
  const sequence = emptySequence(n, CUE_WIDTH, true);
  const f = sequence.features;
  const allowed = sequence.allowed as Uint8Array;
  const { word, pos, suffix, shape, lemma, cueClass, quoted, kind, first } = positions;
  for (let t = from, at = 0; t <= to; t++) {
    if (!cueCandidate(positions, ruleCue, t)) {
      allowed[t - from] = 1;
      at += CUE_WIDTH;
      continue;
    }
    const w = word[t] as number;
    const p = pos[t] as number;
    const cls = cueClass[t] as number;
    const before = t > from ? (pos[t - 1] as number) : 1;
    const after = t < to ? (pos[t + 1] as number) : 2;
    const wordBefore = t > from ? (word[t - 1] as number) : 1;
    const wordAfter = t < to ? (word[t + 1] as number) : 2;
    const kindBefore = t > 0 ? (kind[t - 1] as number) : 10;
    const kindAfter = t + 1 < positions.length ? (kind[t + 1] as number) : 10;
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
    f[at++] = feature(13, quoted[t]);
    f[at++] = feature(14, kindAfter, cls);
    f[at++] = feature(15, kindBefore, cls);
    f[at++] = feature(
      16,
      rule,
      t > from ? ruleCue[first[t - 1] as number] : 3,
      t < to ? ruleCue[first[t + 1] as number] : 3,
    );
    f[at++] = feature(17, w, wordAfter);
    f[at++] = feature(18, wordBefore, w);
    f[at++] = feature(19, cueClass[t + 1], cueClass[t + 2], p);
    f[at++] = feature(20, kindAfter, kindBefore, p);
    f[at++] = feature(21, cls, shape[t], rule);
  }
  return sequence;
}

/** A lemma for a verb form the lexicon does not list: "endorsed" → "endorse", "blasted" → "blast". */
export function guessLemma(word: string): string {
  if (/ies$|ied$/.test(word)) return `${word.slice(0, -3)}y`;
  const stem = word.replace(/(?:ing|ed|es|s)$/, '');
  if (stem === word || stem.length < 3) return word;
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[sczvgu]|at|it|ot|ut|iz|ur|rs)$/.test(stem) && !word.endsWith('es')) return `${stem}e`;
  return stem;
}

/** The cue that tokens `[first, last]` form: its head is the last verb in it, or its last word. */
export function cueFromSpan(index: TextIndex, first: number, last: number): CueMatch {
  const phrase = phraseAt(index.words, first);
  if (phrase && first + phrase.length - 1 <= last) {
    return { head: first, first, last, lemma: phrase.lemma, cueClass: 'speech' };
  }
  let head = last;
  while (head > first && (index.tokens[head]?.pos !== 'VERB' || wordAt(index, head) === ':')) head--;
  if (index.tokens[head]?.pos !== 'VERB')
    head = wordAt(index, last) === ':' && last > first ? last - 1 : last;
  for (let k = first; k <= last; k++) {
    const p = phraseAt(index.words, k);
    if (p) return { head: k, first, last, lemma: p.lemma, cueClass: 'speech' };
  }
  const word = wordAt(index, head);
  const lemma = cueLemmaOfLowercase(word) ?? guessLemma(word);
  return { head, first, last, lemma, cueClass: cueClassOf(lemma) ?? 'other' };
}

/** The cues the model finds in the positions `[from, to]` (a sentence). */
export function tagCues(
  model: LinearChainModel,
  index: TextIndex,
  positions: Positions,
  ruleCue: Uint8Array,
  from: number,
  to: number,
): CueMatch[] {
  const labels = decode(model, cueFeatures(positions, ruleCue, from, to), CUE_LEGAL);
  const cues: CueMatch[] = [];
  for (let t = 0; t < labels.length; t++) {
    if (labels[t] !== 1) continue;
    let end = t;
    while (labels[end + 1] === 2) end++;
    cues.push(cueFromSpan(index, positions.first[from + t] as number, positions.last[from + end] as number));
    t = end;
  }
  return cues;
}
