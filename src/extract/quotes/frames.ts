import { FINDING, SIGNATURE } from './cue-lexicon.ts';
import { type CueMatch, isPassive, lineBreakBefore, signatureEnds } from './cues.ts';
import {
  afterPostposed,
  contentAfter,
  contentBefore,
  heldBefore,
  pastAttribution,
  pastClause,
  resumesContent,
  startsContent,
} from './frame-contents.ts';
import {
  afterOpeners,
  clauseSubject,
  coordinatedSubject,
  isMediumPhrase,
  subjectAfter,
  subjectBefore,
} from './frame-sources.ts';
import { phraseEndingAt, phraseStartingAt, type TokenRange } from './phrases.ts';
import { findingAt } from './poll-findings.ts';
import { closesQuotation, opensQuotation, posAt, quotationAt, type TextIndex, wordAt } from './text-index.ts';
import { ADDRESSED, TERMINAL } from './vocabulary.ts';

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
  /** What a relative pronoun source stands for: "Weaver" in "said Weaver, who said ...". */
  sourceAntecedent: TokenRange | null;
  /** Whether the source was taken from the clause the cue hangs on ("X did Y, saying ..."). */
  sourceInherited: boolean;
  content: TokenRange[];
  /** Whether the content comes before the cue ("..., X said"). */
  postposed: boolean;
  addressee: TokenRange | null;
  /** Words after the cue that say where or when, not what: "in a statement on Monday". */
  adjunct: TokenRange | null;
}

/** The tokens a frame may use: its sentence, widened to whole quotations. */
export interface Bounds {
  lo: number;
  hi: number;
}

/** How far a frame reaches from its cue, in tokens: enough for any sentence news prints. */
const REACH_BEFORE = 80;
const REACH_AFTER = 120;

/** Whether any token of `[lo, hi]` is quoted. */
function quotes(index: TextIndex, lo: number, hi: number): boolean {
  for (let k = lo; k <= hi; k++) if (index.quotationOf[k] !== -1) return true;
  return false;
}

/** Whether a verb stands in `[from, hi]`. */
function hasVerb(index: TextIndex, from: number, hi: number): boolean {
  for (let k = from; k <= hi; k++) {
    const pos = posAt(index, k);
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/**
 * Whether a cue's sentence from `lo` is nothing but the attribution: past the speaker of an inverted
 * cue (`asked one voter.`), or past the person addressed and where or when, only punctuation or a
 * phrase of place or manner, and no verb (`she asked him.` · `Rubio said in an interview.`); not when
 * the sentence reports words of its own (`He said he would stay.` · `She didn't concede defeat.`).
 */
function attributionAlone(index: TextIndex, cue: CueMatch, lo: number, hi: number): boolean {
  if (cue.first === lo) return !hasVerb(index, cue.last + 1, hi);
  const next = pastAttribution(index, cue, cue.last + 1, hi);
  const w = wordAt(index, next);
  if (next <= hi && !TERMINAL.has(w) && w !== ',' && posAt(index, next) !== 'ADP') return false;
  return !hasVerb(index, next, hi);
}

/**
 * The tokens a cue's frame may use: its sentence, widened to whole quotations where the sentence
 * splitter cut one, and back over a quotation that is the whole sentence before it in the paragraph
 * when this one is nothing but the attribution (`"Why?" she asked.` splits in two, but `Ana added,
 * "..."` and `Ana criticised the plan.` have words of their own); held within reach of the cue, so
 * that a text of one endless sentence costs no more than many short ones.
 */
export function boundsOf(index: TextIndex, cue: CueMatch): Bounds {
  const sentence = index.sentences[index.sentenceOf[cue.head] ?? -1];
  if (!sentence) return { lo: 0, hi: -1 };
  let lo = Math.max(sentence.firstToken, cue.first - REACH_BEFORE);
  let hi = Math.min(sentence.endToken - 1, cue.last + REACH_AFTER);
  const first = quotationAt(index, lo);
  if (first) lo = Math.min(lo, first.firstToken);
  const last = quotationAt(index, hi);
  if (last) hi = Math.max(hi, last.lastToken);
  const before = quotationAt(index, lo - 1);
  const previous = index.sentences[index.sentenceOf[lo - 1] ?? -1];
  const attributionFirst = !first && lo === sentence.firstToken;
  if (before && previous && attributionFirst && previous.paragraph === sentence.paragraph) {
    const alone = !quotes(index, lo, hi) && attributionAlone(index, cue, lo, hi);
    if (before.firstToken <= previous.firstToken && alone) lo = before.firstToken;
  }
  return { lo, hi };
}

/** A frame of `cue` in its sentence with no role drawn yet. */
export function emptyFrame(cue: CueMatch, sentence: number): Frame {
  return {
    cue,
    sentence,
    source: null,
    sourceAntecedent: null,
    sourceInherited: false,
    content: [],
    postposed: false,
    addressee: null,
    adjunct: null,
  };
}

function accordingFrame(index: TextIndex, frame: Frame, bounds: Bounds): Frame {
  const { cue } = frame;
  frame.source = subjectAfter(index, cue.last + 1, bounds.hi);
  const lead = afterOpeners(index, bounds.lo, cue.first);
  if (lead === cue.first && frame.source) {
    let start = frame.source.last + 1;
    if (wordAt(index, start) === ',') start++;
    const end = TERMINAL.has(wordAt(index, bounds.hi)) ? bounds.hi - 1 : bounds.hi;
    if (start <= end) frame.content.push({ first: start, last: end });
  } else {
    frame.postposed = true;
    const before = contentBefore(index, bounds, cue.first);
    if (before) frame.content.push(before);
  }
  return frame;
}

/**
 * The frame of a dash signing a quotation (`“...” ― Ana Ruiz`): the name to the end of its line (or
 * to the next quotation) is the source, and the quotation right before the dash on the same line is the content. When the quotation
 * stands in the paragraph before, the frame says nothing itself and the adjacent sieve takes it.
 */
function signatureFrame(index: TextIndex, frame: Frame): Frame {
  const { cue } = frame;
  const end = index.paragraphs[index.sentences[frame.sentence]?.paragraph ?? -1]?.end ?? 0;
  let last = cue.last;
  while ((index.tokens[last + 1]?.start ?? end) < end && !signatureEnds(index, last + 1)) last++;
  while (last > cue.last && TERMINAL.has(wordAt(index, last))) last--;
  if (last > cue.last) frame.source = { first: cue.last + 1, last };
  const quotation = quotationAt(index, cue.first - 1);
  if (quotation && !lineBreakBefore(index, cue.first)) {
    frame.content.push({ first: quotation.firstToken, last: quotation.lastToken });
    frame.postposed = true;
  }
  return frame;
}

/** Whether a frame's content comes before its attribution: `"...," X said` · `..., X told reporters.` */
function isPostposed(index: TextIndex, frame: Frame, bounds: Bounds, boundary: number): boolean {
  const { cue } = frame;
  const left = boundary - 1;
  if (left < bounds.lo || frame.sourceInherited || wordAt(index, cue.last) === ':') return false;
  const next = pastAttribution(index, cue, cue.last + 1, bounds.hi);
  // Right after a closing mark, the quotation is what was said, unless "that" or a quotation follows.
  if (closesQuotation(index, left)) return !(wordAt(index, next) === 'that' || opensQuotation(index, next));
  if (wordAt(index, left) !== ',' || startsContent(index, next, bounds.hi)) return false;
  // "Cost estimates, he added, were ...": the attribution stands inside the sentence it reports.
  const inside = wordAt(index, next) === ',' && resumesContent(index, next + 1, bounds.hi);
  return inside || heldBefore(index, bounds.lo, left);
}

/** Relative pronouns that stand for the speaker in "X, who said ...". */
const RELATIVE_SOURCES = new Set(['who', 'which', 'that']);
/** Words before a participle cue whose subject is the clause's: "in saying", "by noting", "after warning". */
const PARTICIPLE_LEADS = new Set([',', 'in', 'by', 'after', 'while', 'before', 'when', 'without', 'as']);

/** The source of a cue whose subject stands before it, or that it shares with the clause it hangs on. */
function sourceBefore(index: TextIndex, frame: Frame, bounds: Bounds, previous: Frame | undefined): void {
  const { cue } = frame;
  if (isPassive(index, cue)) return;

  const before = cue.first - 1;
  const w = wordAt(index, before);
  if (RELATIVE_SOURCES.has(w) && wordAt(index, before - 1) === ',') {
    // "..., said Weaver, who said business executives ...": the pronoun is the source as written.
    frame.source = { first: before, last: before };
    frame.sourceAntecedent = phraseEndingAt(index, before - 2, bounds.lo);
    return;
  }
  const left = subjectBefore(index, cue.first, bounds.lo);
  const participle = wordAt(index, cue.head).endsWith('ing');
  const carried = participle && (PARTICIPLE_LEADS.has(w) || (left !== null && isMediumPhrase(index, left)));
  if (left && !carried) {
    frame.source = left;
    return;
  }
  if (previous && previous.sentence === frame.sentence && previous.source && (carried || !left)) {
    // "X said A and added B", "X did A, saying B": the cue shares the subject of the clause it hangs on.
    frame.source = previous.source;
    frame.sourceInherited = true;
  } else if (carried) {
    frame.source = clauseSubject(index, bounds.lo, cue.first);
    frame.sourceInherited = frame.source !== null;
  } else if (!left) {
    frame.source = coordinatedSubject(index, bounds.lo, cue.first);
    frame.sourceInherited = frame.source !== null;
  }
}

/** Past "part of" and "in part" after a cue: in "reads part of the decree", the decree speaks. */
function partitive(index: TextIndex, at: number): number {
  if (wordAt(index, at) === 'part' && wordAt(index, at + 1) === 'of') return at + 2;
  if (wordAt(index, at) === 'in' && wordAt(index, at + 1) === 'part') return at + 2;
  return at;
}

/** The frame a cue heads within its sentence; `previous` is the frame before it, if any. */

export function frameOf(
  index: TextIndex,
  cue: CueMatch,
  previous: Frame | undefined,
  cueStarts: ReadonlySet<number>,
): Frame {
  const s = index.sentenceOf[cue.head] ?? 0;
  const bounds = boundsOf(index, cue);
  const frame = emptyFrame(cue, s);
  if (cue.lemma === 'according to') return accordingFrame(index, frame, bounds);
  if (cue.lemma === SIGNATURE) return signatureFrame(index, frame);
  if (cue.lemma === FINDING) {
    const finding = findingAt(index, cue.head);
    if (finding) {
      frame.source = finding.source;
      frame.content.push(finding.content);
    }
    return frame;
  }
  const before = cue.first - 1;
  const opening = cue.first === afterOpeners(index, bounds.lo, cue.first);
  const inversion =
    opening ||
    closesQuotation(index, before) ||
    (wordAt(index, before) === ',' && !subjectBefore(index, cue.first, bounds.lo));
  const inverted =
    inversion && !wordAt(index, cue.head).endsWith('ing')
      ? subjectAfter(index, partitive(index, cue.last + 1), bounds.hi)
      : null;
  if (inverted && opening) {
    // "Said Dorothy Poynter, who grew up with him: “...”": the words follow the speaker.
    frame.source = inverted;
    contentAfter(index, frame, bounds, cueStarts, pastClause(index, inverted.last + 1, bounds.hi));
    return frame;
  }
  const next = inverted ? pastAttribution(index, cue, inverted.last + 1, bounds.hi) : -1;
  if (inverted && !startsContent(index, next, bounds.hi)) {
    frame.source = inverted;
    frame.postposed = true;
    const content = contentBefore(index, bounds, cue.first);
    if (content) frame.content.push(content);
    afterPostposed(index, frame, inverted.last + 1, bounds);
    return frame;
  }
  sourceBefore(index, frame, bounds, previous);
  const boundary = frame.source && !frame.sourceInherited ? frame.source.first : cue.first;
  if (isPostposed(index, frame, bounds, boundary)) {
    frame.postposed = true;
    if (ADDRESSED.has(cue.lemma)) frame.addressee = phraseStartingAt(index, cue.last + 1, bounds.hi);
    const content = contentBefore(index, bounds, boundary);
    if (content) frame.content.push(content);
    afterPostposed(index, frame, cue.last + 1, bounds);
    return frame;
  }
  contentAfter(index, frame, bounds, cueStarts);
  return frame;
}

/** Frames for every cue, in order; a cue may lend its source to the next one in its sentence. */
export function findFrames(index: TextIndex, cues: readonly CueMatch[]): Frame[] {
  const cueStarts = new Set(cues.map((c) => c.first));
  const frames: Frame[] = [];
  for (const cue of cues) frames.push(frameOf(index, cue, frames.at(-1), cueStarts));
  return frames;
}
