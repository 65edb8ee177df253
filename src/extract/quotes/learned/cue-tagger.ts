import { cueClassOf, cueLemmaOfLowercase, phraseAt } from '../cue-lexicon.ts';
import type { CueMatch } from '../cues.ts';
import { closesQuotation, opensQuotation, type TextIndex, wordAt } from '../text-index.ts';
import { feature } from './hash.ts';

import { decode, FeatureBuffer, type FeatureSequence, type LinearChainModel } from './linear-chain.ts';
import type { TokenValues } from './token-values.ts';

/**
 * The learned cue detector: tags each sentence's tokens as the beginning (B) or inside (I) of a cue, or
 * outside (O), reading the words around, the cue lexicon and the cues the rules found. It finds the
 * cues no lexicon lists ("fielded criticism", "is expected to") and learns which lexicon words are no cue.
 */

export const CUE_LABELS = ['O', 'B', 'I'] as const;

/** Transitions allowed between O, B and I (the last row is the start). */
export const CUE_LEGAL = Uint8Array.from([1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0]);

/** What surrounds a token, as one small number: how clause and quotation edges sit next to it. */
function neighbourKind(index: TextIndex, i: number): number {
  const w = wordAt(index, i);
  if (w === 'that') return 1;
  if (w === ':') return 2;
  if (w === ',') return 3;
  if (w === '.' || w === '!' || w === '?') return 4;
  if (opensQuotation(index, i)) return 5;
  if (closesQuotation(index, i)) return 6;
  const pos = index.tokens[i]?.pos;
  if (pos === 'PRON') return 7;
  if (pos === 'PROPN') return 8;
  if (pos === 'VERB') return 9;
  if (i < 0 || i >= index.tokens.length) return 10;
  return 0;
}

/** Features of the tokens `[lo, hi]` for the cue detector; `ruleCue[i]` is 1 at a rule cue's head, 2 elsewhere in it. */
export function cueFeatures(
  index: TextIndex,
  values: TokenValues,
  ruleCue: Uint8Array,
  lo: number,
  hi: number,
): FeatureSequence {
  const buffer = new FeatureBuffer();
  const { word, pos, suffix, shape, lemma, cueClass, quoted } = values;
  for (let i = lo; i <= hi; i++) {
    const w = word[i] ?? 0;
    const p = pos[i] ?? 0;
    const cls = cueClass[i] ?? 0;
    const before = i > lo ? (pos[i - 1] ?? 0) : 1;
    const after = i < hi ? (pos[i + 1] ?? 0) : 2;
    buffer.add(feature(1));
    buffer.add(feature(2, w));
    buffer.add(feature(3, p));
    buffer.add(feature(4, lemma[i] ?? 0));
    buffer.add(feature(5, cls, p));
    buffer.add(feature(6, i > lo ? (word[i - 1] ?? 0) : 1));
    buffer.add(feature(7, i < hi ? (word[i + 1] ?? 0) : 2));
    buffer.add(feature(8, before, p));
    buffer.add(feature(9, p, after));
    buffer.add(feature(10, i - 1 > lo ? (pos[i - 2] ?? 0) : 1, before, p));
    buffer.add(feature(11, suffix[i] ?? 0));
    buffer.add(feature(12, shape[i] ?? 0, i === lo ? 1 : 0));
    buffer.add(feature(13, quoted[i] ?? 0));
    buffer.add(feature(14, neighbourKind(index, i + 1), cls));
    buffer.add(feature(15, neighbourKind(index, i - 1), cls));
    buffer.add(feature(16, ruleCue[i] ?? 0, ruleCue[i - 1] ?? 0, ruleCue[i + 1] ?? 0));
    buffer.add(feature(17, w, i < hi ? (word[i + 1] ?? 0) : 2));
    buffer.add(feature(18, i > lo ? (word[i - 1] ?? 0) : 1, w));
    buffer.add(feature(19, cueClass[i + 1] ?? 0, cueClass[i + 2] ?? 0, p));
    buffer.add(feature(20, neighbourKind(index, i + 1), neighbourKind(index, i - 1), p));
    buffer.add(feature(21, cls, shape[i] ?? 0, quoted[i] ?? 0));
    buffer.next();
  }
  return buffer.finish();
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
  if (index.tokens[head]?.pos !== 'VERB') head = wordAt(index, last) === ':' && last > first ? last - 1 : last;
  for (let k = first; k <= last; k++) {
    const p = phraseAt(index.words, k);
    if (p) return { head: k, first, last, lemma: p.lemma, cueClass: 'speech' };
  }
  const word = wordAt(index, head);
  const lemma = cueLemmaOfLowercase(word) ?? guessLemma(word);
  return { head, first, last, lemma, cueClass: cueClassOf(lemma) ?? 'other' };
}

/** The cues the model finds in tokens `[lo, hi]` (a sentence). */
export function tagCues(
  model: LinearChainModel,
  index: TextIndex,
  values: TokenValues,
  ruleCue: Uint8Array,
  lo: number,
  hi: number,
): CueMatch[] {
  const labels = decode(model, cueFeatures(index, values, ruleCue, lo, hi), CUE_LEGAL);
  const cues: CueMatch[] = [];
  for (let t = 0; t < labels.length; t++) {
    if (labels[t] !== 1) continue;
    let end = t;
    while (labels[end + 1] === 2) end++;
    cues.push(cueFromSpan(index, lo + t, lo + end));
    t = end;
  }
  return cues;
}

