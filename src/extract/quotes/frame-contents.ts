import type { CueMatch } from './cues.ts';
import { afterOpeners, placeOrTime } from './frame-sources.ts';
import type { Bounds, Frame } from './frames.ts';
import { phraseStartingAt, type TokenRange } from './phrases.ts';
import { isQuoted, opensQuotation, posAt, quotationAt, type TextIndex, wordAt } from './text-index.ts';
import { ADDRESSED, ATTACHED, TERMINAL } from './vocabulary.ts';

/**
 * The content of a frame: what is said, after the cue (`X said that ...`, past the person addressed and
 * where or when it was said) or before it (`"...," X said`), and the rest of a sentence broken by the
 * attribution (`"...," X said, "..."`). Terminal punctuation stays out, unless a closing mark follows it.
 */

/** The last token of a clause that runs to `last`, without its terminal punctuation. */
function withoutTerminal(index: TextIndex, from: number, last: number): number {
  return last >= from && TERMINAL.has(wordAt(index, last)) ? last - 1 : last;
}

/**
 * The first token after the cue that is not the person addressed nor a word of where or when:
 * "told Hewitt recently", "said Monday", "said in his speech on Fox".
 */
export function pastAttribution(index: TextIndex, cue: CueMatch, from: number, hi: number): number {
  let k = from;
  if (ADDRESSED.has(cue.lemma)) {
    const addressee = phraseStartingAt(index, k, hi);
    if (addressee) k = addressee.last + 1;
  }
  for (let guard = 0; guard < 4 && k <= hi; guard++) {
    if (posAt(index, k) === 'ADV' && !isQuoted(index, k)) k++;
    else if (placeOrTime(index, k)) {
      const phrase = posAt(index, k) === 'ADP' ? phraseStartingAt(index, k + 1, hi) : null;
      k = phrase ? phrase.last + 1 : k + 1;
    } else break;
  }
  return k;
}

/** Whether the words at `at` start what is said, rather than more of the attribution. */
export function startsContent(index: TextIndex, at: number, hi: number): boolean {
  if (at > hi) return false;
  const w = wordAt(index, at);
  if (TERMINAL.has(w) || w === ',' || w === ')' || w === '—' || w === '-' || w === ';') return false;
  if (w === 'that' || w === ':' || opensQuotation(index, at)) return true;
  const p = posAt(index, at);
  return !(p === 'ADP' || p === 'SCONJ' || p === 'CCONJ' || w === 'who' || w === 'as');
}

/** Whether the words before `end` hold something said: a quotation, or a clause with a verb. */
export function heldBefore(index: TextIndex, lo: number, end: number): boolean {
  if (quotationAt(index, end)?.lastToken === end || quotationAt(index, end - 1)?.lastToken === end - 1)
    return true;
  for (let k = lo; k <= end; k++) {
    const p = posAt(index, k);
    if ((p === 'VERB' || p === 'AUX') && !isQuoted(index, k)) return posAt(index, lo) !== 'SCONJ';
  }
  return false;
}

/** Content before a post-posed attribution: from the sentence start (or a colon) to the comma before it. */
export function contentBefore(index: TextIndex, bounds: Bounds, boundary: number): TokenRange | null {
  let end = boundary - 1;
  while (end >= bounds.lo && [',', '—', '-', '–'].includes(wordAt(index, end))) end--;
  let first = bounds.lo;
  for (let k = end; k > bounds.lo; k--) {
    if ((wordAt(index, k) === ':' || wordAt(index, k) === ';') && !isQuoted(index, k)) {
      first = k + 1;
      break;
    }
  }
  first = afterOpeners(index, first, end);
  return first <= end ? { first, last: end } : null;
}

/** Whether tokens from `k` go on with the reported words after "A, he said, ...": a verb, no new subject. */
export function resumesContent(index: TextIndex, k: number, hi: number): boolean {
  if (opensQuotation(index, k)) return true;
  const w = wordAt(index, k);
  const p = posAt(index, k);
  if (ATTACHED.has(w) || w.endsWith('ing') || ['CCONJ', 'DET', 'ADP', 'SCONJ'].includes(p)) return false;
  if (!/^\p{Ll}/u.test(index.tokens[k]?.text ?? '')) return false;
  for (let i = k; i <= hi && !TERMINAL.has(wordAt(index, i)); i++) {
    if (posAt(index, i) === 'VERB' || posAt(index, i) === 'AUX') return true;
  }
  return false;
}

/** After a post-posed attribution: where/when words, then maybe more of the content ("A, he said, B."). */
export function afterPostposed(index: TextIndex, frame: Frame, from: number, bounds: Bounds): void {
  let k = from;
  while (
    k <= bounds.hi &&
    wordAt(index, k) !== ',' &&
    !TERMINAL.has(wordAt(index, k)) &&
    !opensQuotation(index, k)
  ) {
    k++;
  }
  if (k > from) frame.adjunct = { first: from, last: k - 1 };
  if (wordAt(index, k) === ',') k++;
  if (k > bounds.hi || TERMINAL.has(wordAt(index, k)) || !resumesContent(index, k, bounds.hi)) return;
  const end = withoutTerminal(index, k, bounds.hi);
  if (k <= end) frame.content.push({ first: k, last: end });
}

/**
 * Where the reported words after a cue stop: before an attached clause (", adding ..."), a clause with a
 * speaker of its own ("... and Clinton said ..."), or an attribution set in the sentence (", she said,").
 */
function contentEnd(index: TextIndex, start: number, bounds: Bounds, cueStarts: ReadonlySet<number>): number {
  const end = withoutTerminal(index, start, bounds.hi);
  // A quotation followed by a dash or a bracket: what follows is the writer's, not the speaker's.
  const opening = quotationAt(index, start);
  if (opening && opening.firstToken === start && opening.lastToken < end) {
    if (['-', '—', '–', '(', ';'].includes(wordAt(index, opening.lastToken + 1))) return opening.lastToken;
  }
  for (let k = start + 1; k < end; k++) {
    if (isQuoted(index, k)) continue;
    const w = wordAt(index, k);
    if (w === ',' && ATTACHED.has(wordAt(index, k + 1))) return k - 1;
    if (w !== ',' && w !== 'and' && w !== 'but' && w !== ';') continue;
    const subject = phraseStartingAt(index, k + 1, end);
    if (!subject || !cueStarts.has(subject.last + 1)) continue;
    if (w === 'and' || w === 'but' || w === ';') return wordAt(index, k - 1) === ',' ? k - 2 : k - 1;
    // ", she said," inside the sentence: the words before it are someone else's.
    const after = wordAt(index, subject.last + 2);
    if (after === ',' || TERMINAL.has(after)) return k - 1;
  }
  return end;
}

/** Content after the cue: past the person addressed and a time or place phrase, to the end of the clause. */
export function contentAfter(
  index: TextIndex,
  frame: Frame,
  bounds: Bounds,
  cueStarts: ReadonlySet<number>,
  from?: number,
): void {
  const { cue } = frame;
  let start = from ?? cue.last + 1;
  if (wordAt(index, start) === ',') start++;
  if (ADDRESSED.has(cue.lemma) && from === undefined) {
    frame.addressee = phraseStartingAt(index, start, bounds.hi);
    if (frame.addressee) start = frame.addressee.last + 1;
  }
  for (let k = start; k < Math.min(start + 15, bounds.hi); k++) {
    const w = wordAt(index, k);
    if (w === 'that' || w === ':') {
      if (k > start) frame.adjunct = { first: start, last: k - 1 };
      start = w === ':' ? k + 1 : k;
      break;
    }
    const verb = posAt(index, k) === 'VERB' && !/^\p{Lu}/u.test(index.tokens[k]?.text ?? '');
    if (w === ',' || verb || isQuoted(index, k)) break;
  }
  if (wordAt(index, start) === ',') start++;
  const end = contentEnd(index, start, bounds, cueStarts);
  // "Karimi said in the interview.": where or when, and nothing said; the words are in a quotation nearby.
  if (start <= end && pastAttribution(index, cue, start, bounds.hi) > end) {
    frame.adjunct = { first: start, last: end };
    return;
  }
  if (start <= end) frame.content.push({ first: start, last: end });
}

/**
 * Where the words start after a speaker named at the head of the sentence ("Said Dorothy Poynter, who
 * grew up with him, “...”"): at the first quotation or after the first colon, else right after it.
 */
export function pastClause(index: TextIndex, from: number, hi: number): number {
  for (let k = from; k <= hi; k++) {
    if (opensQuotation(index, k)) return k;
    if (wordAt(index, k) === ':') return k + 1;
  }
  return from;
}
