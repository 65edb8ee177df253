import { isSpeechLemma } from './cue-lexicon.ts';
import { cueAt, isPassive, lexiconCueAt } from './cues.ts';
import { subjectBefore } from './frame-sources.ts';
import { type Statement, wholeQuotation } from './frame-statements.ts';
import type { Frame } from './frames.ts';
import type { TokenRange } from './phrases.ts';
import { quotationRole, quotedWordCount } from './quotation-kinds.ts';
import { type IndexedQuotation, type TextIndex, tokenAt } from './text-index.ts';

/**
 * Relayed speech: words one speaker says another said. "Karimi recalled that the judge told him: “You
 * will hang.”" holds the judge's statement, relayed by Karimi; so does "“He told me ‘go home’,” she
 * said" for the words in single marks. The relayed statement is its speaker's, `via` the one who
 * reports it, found by the sieve `relayed`.
 */

/** Words that may stand between a reporting verb and the relayed speaker: "that, as her deputy ...". */
const OPENING = new Set(['that', ',', 'as']);

export interface Relayed {
  statement: Statement;
  /** The frame of the one who reports the words. */
  via: Frame;
}

function inside(range: TokenRange, token: number): boolean {
  return range.first <= token && token <= range.last;
}

/** Words a quotation must hold to be said, not a label, when it starts in lowercase. */
const SAID_AT_LEAST = 3;

/**
 * Whether a quotation is what the inner frame's speaker said: words as a sentence is quoted, or a phrase
 * of a few words that follows the cue and whom it addresses at once ("told him “the port is finished”"),
 * where a label would not stand.
 */
function spokenWords(index: TextIndex, inner: Frame, quotation: IndexedQuotation): boolean {
  const role = quotationRole(index, quotation);
  if (role === 'words') return true;
  if (role !== 'label') return false;
  const after = (inner.addressee?.last ?? inner.cue.last) + 1;
  return quotation.firstToken === after && quotedWordCount(index, quotation) >= SAID_AT_LEAST;
}

/**
 * Frames whose source opens another frame's content and whose own content is a whole quotation: in
 * "Karimi recalled that the judge told him: “You will hang.”", the judge's "told" opens what Karimi
 * "recalled". Any other frame inside a content is part of what is reported, not relayed speech.
 */
function nestedFrames(
  index: TextIndex,
  all: readonly Frame[],
  kept: ReadonlySet<Frame>,
  covering: ReadonlyMap<number, Frame[]>,
): Relayed[] {
  const relayed: Relayed[] = [];
  for (const inner of all) {
    const source = inner.source;
    if (kept.has(inner) || !source || !isSpeechLemma(inner.cue.lemma) || inner.content.length !== 1) continue;
    const quotation = wholeQuotation(index, inner.content[0] as TokenRange);
    if (!quotation || !spokenWords(index, inner, quotation)) continue;
    // The content opens with the inner source, past "that" and "as": "recalled that, as her deputy put it, ...".
    const opens = (range: TokenRange) => {
      let k = range.first;
      while (k < source.first && OPENING.has(index.words[k] ?? '')) k++;
      return k === source.first;
    };
    const outer = (covering.get(inner.cue.head) ?? []).find(
      (f) =>
        kept.has(f) &&
        isSpeechLemma(f.cue.lemma) &&
        f.content.some((r) => inside(r, inner.cue.head) && opens(r)),
    );
    if (!outer) continue;
    relayed.push({
      statement: { span: quotation.span, kind: 'direct', frame: inner, sieve: 'relayed', quotation },
      via: outer,
    });
  }
  return relayed;
}

/**
 * Words in single marks inside a quotation, right after a cue with its subject: "“He told me ‘go home’,”
 * she said" gives ‘go home’ to "He", relayed by the quotation's speaker.
 */
function quotedWithin(index: TextIndex, statement: Statement): Relayed[] {
  const { quotation, frame } = statement;
  if (!quotation || !frame) return [];
  const relayed: Relayed[] = [];
  for (const nested of quotation.nested) {
    if (nested.end - nested.start < 4) continue;
    const first = tokenAt(index.tokens, nested.start);

    const last = tokenAt(index.tokens, nested.end - 1);
    const cue = cueBefore(index, quotation, first);
    if (!cue) continue;
    const source = subjectBefore(index, cue.first, clauseStart(index, quotation.firstToken + 1, cue.first));
    if (!source) continue;
    const inner: Frame = {
      cue,
      sentence: index.sentenceOf[first] ?? frame.sentence,
      source,
      sourceAntecedent: null,
      sourceInherited: false,
      content: [{ first, last }],
      postposed: false,
      addressee: null,
      adjunct: null,
    };
    relayed.push({
      statement: { span: nested, kind: 'direct', frame: inner, sieve: 'relayed', quotation: null },
      via: frame,
    });
  }
  return relayed;
}

/** Where the clause holding token `at` starts inside a quotation: after its last full stop before `at`. */
function clauseStart(index: TextIndex, floor: number, at: number): number {
  for (let k = at - 1; k >= floor; k--) {
    const w = index.words[k];
    if (w === '.' || w === '?' || w === '!' || w === ':' || w === ';') return k + 1;
  }
  return floor;
}

/** A speech cue within three tokens before token `at`
, inside the quotation: "told me", "said,". */
function cueBefore(index: TextIndex, quotation: IndexedQuotation, at: number) {
  for (let k = at - 1; k >= Math.max(quotation.firstToken + 1, at - 3); k--) {
    const found = lexiconCueAt(index, k);
    if (!found || !isSpeechLemma(found.lemma)) continue;
    const cue = cueAt(index, k, found.lemma, found.length);
    return isPassive(index, cue) ? null : cue;
  }
  return null;
}

/** The relayed statements of a document, given all frames, the outermost ones, and the statements so far. */
export function relayedStatements(
  index: TextIndex,
  all: readonly Frame[],
  kept: readonly Frame[],
  statements: readonly Statement[],
  covering: ReadonlyMap<number, Frame[]>,
): Relayed[] {
  const nested = nestedFrames(index, all, new Set(kept), covering);
  return [...nested, ...statements.flatMap((s) => quotedWithin(index, s))];
}
