import { FINDING, isSpeechLemma, SIGNATURE } from '../cue-lexicon.ts';
import { type CueMatch, nameShaped } from '../cues.ts';
import { quotationsIn, wholeQuotation } from '../frame-statements.ts';
import { boundsOf, type Frame, frameOf } from '../frames.ts';
import { isPersonalPronoun, type TokenRange } from '../phrases.ts';
import { closesQuotation, opensQuotation, type TextIndex, wordAt } from '../text-index.ts';
import { withContentAfterMedium } from './content-after-medium.ts';
import { withLearnedEnd } from './content-end.ts';
import { detectCues } from './cue-tagger.ts';
import { hashString } from './hash.ts';
import { withJoinedPieces } from './joined-pieces.ts';
import type { QuoteModels } from './model-file.ts';
import { documentPositions } from './positions.ts';
import { withoutLeadBeforeQuotation } from './quoted-after-lead.ts';
import { tagRoles } from './role-tagger.ts';
import { withSourceEdges } from './source-edges.ts';

/** Marks of the rule cues for the cue detector's features: 1 at a cue's head, 2 elsewhere in it. */
export function ruleCueMarks(length: number, cues: readonly CueMatch[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const cue of cues) {
    for (let k = cue.first; k <= cue.last; k++) marks[k] = 2;
    marks[cue.head] = 1;
  }
  return marks;
}

/** Whether a sentence has words of its own outside quotation marks, where a cue could stand. */
function hasProse(index: TextIndex, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (index.quotationOf[k] === -1) return true;
  return false;
}

/**
 * Whether a source is a pronoun or a short phrase without a comma: a name with its title ("Mr Blair"),
 * or a plain description ("the Democratic nominee").
 */
function shortName(index: TextIndex, source: TokenRange): boolean {
  if (source.first === source.last && isPersonalPronoun(wordAt(index, source.first))) return true;
  if (source.last - source.first > 4) return false;
  for (let k = source.first; k <= source.last; k++) if (wordAt(index, k) === ',') return false;
  return true;
}

/**
 * Whether the rules' frame is the plainest of attributions, which they read as well as the model does:
 * a whole quotation with a pronoun or a short name next to the cue, after it (`"...," he said.` ·
 * `"...," said Mr Blair.`) or before it (`Ms Hewitt said: "..."`), a signature (`"..." — Ana Ruiz`), or
 * a poll's finding (`In a new poll, ...`).
 */
function plain(index: TextIndex, frame: Frame): boolean {
  const { cue, source, content } = frame;
  if (cue.lemma === SIGNATURE || cue.lemma === FINDING) return true;
  const only = content.length === 1 ? content[0] : undefined;
  if (!only || !source || !closesQuotation(index, only.last) || !opensQuotation(index, only.first))
    return false;
  const adjacent = source.last + 1 === cue.first || cue.last + 1 === source.first;
  const next = only.last < cue.first || only.first <= Math.max(cue.last, source.last) + 2;
  return adjacent && next && shortName(index, source);
}

/**
 * Whether the rules' frame is an attribution set inside the sentence it reports, between commas, with a
 * short name after the cue: `The vote, said Renk, was a farce.` The rules read it whole; the role
 * tagger, which rarely saw a one-word name there, took "Renk, was a farce" for what was said.
 */
function interrupting(index: TextIndex, frame: Frame): boolean {
  const { cue, source, content } = frame;
  if (!source || source.first !== cue.last + 1 || !shortName(index, source)) return false;
  if (wordAt(index, cue.first - 1) !== ',' || wordAt(index, source.last + 1) !== ',') return false;
  return content.some((r) => r.last < cue.first) && content.some((r) => r.first > source.last);
}

/**
 * The content of "warned the unions to stay calm" with the person addressed in it, as the rules draw it:
 * what was said is that the unions should stay calm. News corpora annotate it both ways.
 */
function withAddressee(index: TextIndex, frame: Frame): Frame {
  const first = frame.content[0];
  const addressee = frame.addressee;
  if (!first || !addressee || wordAt(index, first.first) !== 'to' || addressee.last + 1 !== first.first)
    return frame;
  if (addressee.first !== frame.cue.last + 1) return frame;
  return { ...frame, content: [{ first: addressee.first, last: first.last }, ...frame.content.slice(1)] };
}

/**
 * The tagged frame without the words fronted before its source when a quotation follows its cue:
 * in `In her letter, Ana wrote: “...”` the letter is where the words were written, not what was.
 */
function withoutFrontedWords(index: TextIndex, frame: Frame): Frame {
  const { source, cue, content } = frame;
  if (!source || !content.some((r) => r.last < source.first)) return frame;
  const kept = content.filter((r) => r.last >= source.first || quotationsIn(index, r).length > 0);
  if (kept.length === content.length) return frame;
  if (!content.some((r) => r.first > cue.last && wholeQuotation(index, r) !== null)) return frame;
  return { ...frame, content: kept, postposed: kept.length > 0 && (kept[0]?.last ?? 0) < cue.first };
}

/**
 * The tagged source run on over the capitalised words between it and the cue: a surname the
 * part-of-speech tagger reads as a verb ("Ada Quell wrote") is left out by the role tagger, which reads
 * the tag, while a name that runs up to the cue is never cut short.
 */
function withWholeName(index: TextIndex, frame: Frame): Frame {
  const { source, cue } = frame;
  if (!source || source.last >= cue.first || source.last + 1 === cue.first) return frame;
  for (let k = source.last + 1; k < cue.first; k++) if (!nameShaped(index, k)) return frame;
  return { ...frame, source: { first: source.first, last: cue.first - 1 }, sourceAntecedent: null };
}

/**
 * Frames found with the learned models: the cue detector weighs the candidate heads of every sentence
 * with words outside quotation marks (with the rules' cues among its evidence), and a lexicon verb of
 * speech whose words hold quoted ones is kept even when the detector doubts it (the rare verb of speech:
 * "his wife whispered: “...”", "she scoffed that the plan was “a fantasy”"). For each cue the rules draw a frame, and the role tagger redraws its
 * source and content unless the frame is a plain one.
 */
export function learnedFrames(index: TextIndex, models: QuoteModels, ruleCues: readonly CueMatch[]): Frame[] {
  const positions = documentPositions(index);
  const marks = ruleCueMarks(index.tokens.length, ruleCues);
  const detected: CueMatch[] = [];
  for (const { firstToken, endToken } of index.sentences) {
    if (hasProse(index, firstToken, endToken)) {
      const from = positions.at[firstToken] as number;
      const to = positions.at[endToken - 1] as number;
      for (const cue of detectCues(models.cues, index, positions, marks, from, to)) detected.push(cue);
    }
  }
  const heads = new Set(detected.map((c) => c.head));
  const ruleStarts = new Set(ruleCues.map((c) => c.first));
  const quoting = ruleCues.filter((cue) => {
    if (heads.has(cue.head)) return false;
    // A preposition is hardly ever a cue in the detector's training; the rules read a poll's finding alone.
    if (cue.lemma === FINDING) return true;
    if (!isSpeechLemma(cue.lemma)) return false;
    const frame = frameOf(index, cue, undefined, ruleStarts);
    return frame.content.some((range) => quotationsIn(index, range).length > 0);
  });
  const cues = [...detected, ...quoting].sort((a, b) => a.head - b.head);
  const cueStarts = new Set(cues.map((c) => c.first));
  const cueHeads = new Set(cues.map((c) => c.head));
  const rules: Frame[] = [];
  const frames: Frame[] = [];
  for (const cue of cues) {
    const rule = frameOf(index, cue, rules.at(-1), cueStarts);
    rules.push(rule);
    if (plain(index, rule) || interrupting(index, rule)) frames.push(rule);
    else {
      const tagged = tagRoles(models.roles, positions, rule, boundsOf(index, cue), hashString(cue.lemma));
      const named = withSourceEdges(index, withWholeName(index, tagged));
      const drawn = withoutFrontedWords(index, withAddressee(index, named));
      frames.push(
        withContentAfterMedium(index, withoutLeadBeforeQuotation(index, withJoinedPieces(index, drawn))),
      );
    }
  }
  return frames.map((frame) => withLearnedEnd(models.ends, index, frame, cueHeads));
}
