import type { CueMatch } from './cues.ts';
import { isAppositive, phraseEndingAt, phraseStartingAt, type TokenRange } from './phrases.ts';
import type { TextIndex } from './text-index.ts';

/**
 * Attribution frames read by rule: for each cue outside quotation marks, who is said to speak (the
 * source as the text writes it) and what is said (the content), on the patterns of news prose:
 * `X said (that) ...` · `"...," X said.` · `"...," said X, a spokesman.` · `According to X, ...` ·
 * `..., according to X.` · `X, a spokesman, told Y that ...` · `X did Y, saying ...` · `A, X said, B.`
 * A quotation is one unit: a source never reaches into one, and content never stops inside one.
 */

export interface Frame {
  cue: CueMatch;
  sentence: number;
  source: TokenRange | null;
  /** Whether the source was taken from the clause the cue hangs on ("X did Y, saying ..."). */
  sourceInherited: boolean;
  content: TokenRange[];
  /** Whether the content comes before the cue ("..., X said"). */
  postposed: boolean;
  addressee: TokenRange | null;
  /** Words after the cue that say where or when, not what: "in a statement on Monday". */
  adjunct: TokenRange | null;
}

/** Lemmas whose object is the person spoken to: "told reporters that", "urged the party to". */
const ADDRESSED = new Set(
  `tell ask urge warn remind inform assure reassure advise order instruct promise convince persuade beg
  implore caution brief`.split(/\s+/),
);
/** Words that open a sentence without belonging to what is reported: "But, he said, ...". */
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'however', 'meanwhile', 'or', 'also']);
const TERMINAL = new Set(['.', '!', '?', '...', '…']);
/** Words after a comma that start an attached clause, not more of the reported words. */
const ATTACHED = new Set([
  'adding',
  'saying',
  'noting',
  'arguing',
  'explaining',
  'insisting',
  'warning',
  'according',
  'who',
  'which',
  'while',
  'although',
  'though',
  'whereas',
]);

interface Bounds {
  lo: number;
  hi: number;
}

function word(index: TextIndex, i: number): string {
  return index.words[i] ?? '';
}

function pos(index: TextIndex, i: number): string {
  return index.tokens[i]?.pos ?? '';
}

/** Whether token `i` is the closing mark (last token) of a quotation. */
function closesQuotation(index: TextIndex, i: number): boolean {
  const q = index.quotations[index.quotationOf[i] ?? -1];
  return q !== undefined && q.lastToken === i;
}

function opensQuotation(index: TextIndex, i: number): boolean {
  const q = index.quotations[index.quotationOf[i] ?? -1];
  return q !== undefined && q.firstToken === i;
}

/** The cue's sentence, widened to whole quotations where the sentence splitter cut one. */
function boundsOf(index: TextIndex, s: number): Bounds {
  const sentence = index.sentences[s];
  if (!sentence) return { lo: 0, hi: -1 };
  let lo = sentence.firstToken;
  let hi = sentence.endToken - 1;
  const first = index.quotations[index.quotationOf[lo] ?? -1];
  if (first) lo = Math.min(lo, first.firstToken);
  const last = index.quotations[index.quotationOf[hi] ?? -1];
  if (last) hi = Math.max(hi, last.lastToken);
  return { lo, hi };
}

/** The last token of a clause that runs to `last`, without its terminal punctuation. */
function withoutTerminal(index: TextIndex, from: number, last: number): number {
  return last >= from && TERMINAL.has(word(index, last)) ? last - 1 : last;
}

/** First token after sentence openers ("But", "And", "Still,"). */
function afterOpeners(index: TextIndex, first: number, limit: number): number {
  let i = first;
  while (i < limit && OPENERS.has(word(index, i))) {
    i++;
    if (word(index, i) === ',') i++;
  }
  return i;
}

/**
 * The subject before token `end` (excluded): a noun phrase, with the appositives between it and the cue
 * ("Ali Rezaei, 57, a spokesman for the ministry,"), which stay in the source as they stand.
 */
export function subjectBefore(index: TextIndex, end: number, floor: number): TokenRange | null {
  let last = end - 1;
  if (word(index, last) !== ',') return phraseEndingAt(index, last, floor);
  for (let hops = 0; hops < 3; hops++) {
    let comma = last - 1;
    while (comma > floor && word(index, comma) !== ',') comma--;
    if (comma <= floor || !isAppositive(index, comma + 1, last - 1)) return null;
    const phrase = phraseEndingAt(index, comma - 1, floor);
    if (phrase) return { first: phrase.first, last: end - 1 };
    last = comma;
  }
  return null;
}

/** The speaker after an inverted cue ("..., said Ali Rezaei, the ministry's spokesman."). */
function subjectAfter(index: TextIndex, start: number, hi: number): TokenRange | null {
  const phrase = phraseStartingAt(index, start, hi);
  if (!phrase) return null;
  const next = phrase.last + 1;
  if (word(index, next) !== ',') return phrase;
  let stop = next + 1;
  while (stop <= hi && word(index, stop) !== ',' && !TERMINAL.has(word(index, stop))) stop++;
  const description =
    isAppositive(index, next + 1, stop - 1) && !['who', 'which'].includes(word(index, next + 1));
  return description && (stop > hi || TERMINAL.has(word(index, stop)))
    ? { first: phrase.first, last: stop - 1 }
    : phrase;
}

/** The subject of the clause a participle hangs on: "X criticised Y, saying ...". */
function clauseSubject(index: TextIndex, bounds: Bounds, before: number): TokenRange | null {
  let start = afterOpeners(index, bounds.lo, before);
  // A fronted phrase ("On Monday, ...", "In a statement, ...") is not the subject.
  if (pos(index, start) === 'ADP' || pos(index, start) === 'SCONJ') {
    while (start < before && word(index, start) !== ',') start++;
    start++;
  }
  const phrase = phraseStartingAt(index, start, before - 1);
  if (!phrase) return null;
  const next = pos(index, phrase.last + 1);
  return next === 'VERB' || next === 'AUX' || next === 'ADV' || word(index, phrase.last + 1) === ','
    ? phrase
    : null;
}

/** Whether the words after the cue start what is said, rather than where or when it was said. */
function startsContent(index: TextIndex, at: number, hi: number): boolean {
  if (at > hi) return false;
  const w = word(index, at);
  if (TERMINAL.has(w) || w === ',' || w === ')' || w === '—' || w === '-' || w === ';') return false;
  if (w === 'that' || w === ':' || opensQuotation(index, at)) return true;
  for (let k = at; k <= Math.min(hi, at + 10); k++) {
    if (word(index, k) === 'that' && pos(index, k) === 'SCONJ') return true;
    if (word(index, k) === ',' || TERMINAL.has(word(index, k))) break;
  }
  const p = pos(index, at);
  return !(p === 'ADP' || p === 'SCONJ' || p === 'CCONJ' || w === 'who' || w === 'as');
}

/** Whether the words before `end` hold something said: a quotation, or a clause with a verb. */
function heldBefore(index: TextIndex, lo: number, end: number): boolean {
  if (closesQuotation(index, end) || closesQuotation(index, end - 1)) return true;
  for (let k = lo; k <= end; k++) {
    const p = pos(index, k);
    if ((p === 'VERB' || p === 'AUX') && index.quotationOf[k] === -1) return pos(index, lo) !== 'SCONJ';
  }
  return false;
}

/** Content before a post-posed cue: from the sentence start to the comma before the attribution. */
function contentBefore(index: TextIndex, bounds: Bounds, boundary: number): TokenRange | null {
  let end = boundary - 1;
  while (
    end >= bounds.lo &&
    (word(index, end) === ',' || word(index, end) === '—' || word(index, end) === '-')
  )
    end--;
  const first = afterOpeners(index, bounds.lo, end);
  return first <= end ? { first, last: end } : null;
}

/** Content after the cue: past the person addressed and a time or place phrase, to the end of the clause. */
function contentAfter(index: TextIndex, frame: Frame, bounds: Bounds): void {
  const { cue } = frame;
  let start = cue.last + 1;
  if (word(index, start) === ',') start++;
  if (ADDRESSED.has(cue.lemma)) {
    frame.addressee = phraseStartingAt(index, start, bounds.hi);
    if (frame.addressee) start = frame.addressee.last + 1;
  }
  for (let k = start; k < Math.min(start + 10, bounds.hi); k++) {
    if (word(index, k) === 'that' && pos(index, k) === 'SCONJ') {
      if (k > start) frame.adjunct = { first: start, last: k - 1 };
      start = k;
      break;
    }
    if (word(index, k) === ',' || pos(index, k) === 'VERB' || index.quotationOf[k] !== -1) break;
  }
  if (word(index, start) === ',' || word(index, start) === ':') start++;
  let end = withoutTerminal(index, start, bounds.hi);
  for (let k = start + 1; k < end; k++) {
    if (index.quotationOf[k] !== -1) continue;
    if (word(index, k) === ',' && ATTACHED.has(word(index, k + 1))) {
      end = k - 1;
      break;
    }
  }
  if (start <= end) frame.content.push({ first: start, last: end });
}

/** After a post-posed attribution: where/when words, then maybe more of the content ("A, he said, B."). */
function afterPostposed(index: TextIndex, frame: Frame, from: number, bounds: Bounds): void {
  let k = from;
  while (
    k <= bounds.hi &&
    word(index, k) !== ',' &&
    !TERMINAL.has(word(index, k)) &&
    !opensQuotation(index, k)
  )
    k++;
  if (k > from) frame.adjunct = { first: from, last: k - 1 };
  if (word(index, k) === ',') k++;
  if (k > bounds.hi || TERMINAL.has(word(index, k)) || ATTACHED.has(word(index, k))) return;
  const continues =
    opensQuotation(index, k) || (pos(index, k) !== 'CCONJ' && /^\p{Ll}/u.test(index.tokens[k]?.text ?? ''));
  if (!continues) return;
  const end = withoutTerminal(index, k, bounds.hi);
  if (k <= end) frame.content.push({ first: k, last: end });
}

function accordingFrame(index: TextIndex, frame: Frame, bounds: Bounds): Frame {
  const { cue } = frame;
  frame.source = subjectAfter(index, cue.last + 1, bounds.hi);
  const lead = afterOpeners(index, bounds.lo, cue.first);
  if (lead === cue.first && frame.source) {
    let start = frame.source.last + 1;
    if (word(index, start) === ',') start++;
    const end = withoutTerminal(index, start, bounds.hi);
    if (start <= end) frame.content.push({ first: start, last: end });
  } else {
    frame.postposed = true;
    const before = contentBefore(index, bounds, cue.first);
    if (before) frame.content.push(before);
  }
  return frame;
}

/** The frame a cue heads within its sentence; `previous` is the frame before it, if any. */
export function frameOf(index: TextIndex, cue: CueMatch, previous: Frame | undefined): Frame {
  const s = index.sentenceOf[cue.head] ?? 0;
  const bounds = boundsOf(index, s);
  const frame: Frame = {
    cue,
    sentence: s,
    source: null,
    sourceInherited: false,
    content: [],
    postposed: false,
    addressee: null,
    adjunct: null,
  };
  if (cue.lemma === 'according to') return accordingFrame(index, frame, bounds);
  const before = cue.first - 1;
  const inversion = before < bounds.lo || word(index, before) === ',' || closesQuotation(index, before);
  const inverted =
    inversion && !word(index, cue.head).endsWith('ing') ? subjectAfter(index, cue.last + 1, bounds.hi) : null;
  if (inverted && !startsContent(index, inverted.last + 1, bounds.hi) && before >= bounds.lo) {
    frame.source = inverted;
    frame.postposed = true;
    const content = contentBefore(index, bounds, cue.first);
    if (content) frame.content.push(content);
    afterPostposed(index, frame, inverted.last + 1, bounds);
    return frame;
  }
  frame.source = subjectBefore(index, cue.first, bounds.lo);
  if (!frame.source && previous && previous.sentence === s && previous.source) {
    // "X said A and added B", "X did A, saying B": the cue shares the subject of the clause it hangs on.
    frame.source = previous.source;
    frame.sourceInherited = true;
  } else if (!frame.source && word(index, before) === ',' && word(index, cue.head).endsWith('ing')) {
    frame.source = clauseSubject(index, bounds, before);
    frame.sourceInherited = frame.source !== null;
  }
  const boundary = frame.source && !frame.sourceInherited ? frame.source.first : cue.first;
  const leftMark =
    boundary - 1 >= bounds.lo && (word(index, boundary - 1) === ',' || closesQuotation(index, boundary - 1));
  const postposed =
    leftMark &&
    !word(index, cue.last).endsWith(':') &&
    !startsContent(index, cue.last + 1, bounds.hi) &&
    heldBefore(index, bounds.lo, boundary - 1);
  if (postposed) {
    frame.postposed = true;
    const content = contentBefore(index, bounds, boundary);
    if (content) frame.content.push(content);
    afterPostposed(index, frame, cue.last + 1, bounds);
    return frame;
  }
  contentAfter(index, frame, bounds);
  return frame;
}

/** Frames for every cue, in order; a cue may lend its source to the next one in its sentence. */
export function findFrames(index: TextIndex, cues: readonly CueMatch[]): Frame[] {
  const frames: Frame[] = [];
  for (const cue of cues) frames.push(frameOf(index, cue, frames.at(-1)));
  return frames;
}
