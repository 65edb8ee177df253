import { closesBracket, opensBracket, pairedBracket } from '../brackets.ts';
import { lineBreakBefore } from '../cues.ts';
import { afterOpeners } from '../frame-sources.ts';
import type { Frame } from '../frames.ts';
import type { TokenRange } from '../phrases.ts';
import { posAt, type TextIndex, wordAt } from '../text-index.ts';
import { TIME_WORDS } from '../vocabulary.ts';

/**
 * Edges of the source the role tagger draws, where news corpora draw them and a tagger reading
 * word by word does not: a speaker stands on one line (where a text keeps its line breaks), after any
 * dateline, without the words that say when the words were said, and with a clause about the speaker
 * whole or not at all.
 */

/** The part of `range` on the cue's line: a headline or a list number on the line before is no speaker. */
function onCueLine(index: TextIndex, range: TokenRange, cue: TokenRange): TokenRange {
  let { first, last } = range;
  if (last < cue.first) {
    for (let k = last; k > first; k--) {
      if (lineBreakBefore(index, k)) {
        first = k;
        break;
      }
    }
  } else {
    for (let k = first + 1; k <= last; k++) {
      if (lineBreakBefore(index, k)) {
        last = k - 1;
        break;
      }
    }
  }
  return { first, last };
}

/** Words that, before a word of time, make a phrase of time: "this week", "last month". */
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'past', 'earlier']);
/** A survey is known by when it was taken: "a poll last week" names the poll, not when it spoke. */
const DATED = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Whether token `k` is a word of time or a year: "Monday", "June", "2009". */
function timeWord(index: TextIndex, k: number): boolean {
  return TIME_WORDS.has(wordAt(index, k)) || /^\d{4}$/.test(wordAt(index, k));
}

/** Prepositions of a description, not of when the words were said: "ambassador from 2007 to 2013". */
const DESCRIBING = new Set(['of', 'from', 'since', 'until']);

/**
 * Whether the words from `k` say when: "on Monday", "in June", "during a Sunday", "this past week";
 * not a capitalised name ("CBS This Morning").
 */
function whenPhrase(index: TextIndex, k: number): boolean {
  const w = wordAt(index, k);
  if (posAt(index, k) === 'ADP' && !DESCRIBING.has(w)) {
    for (let i = k + 1; i <= k + 3; i++) if (timeWord(index, i)) return true;
    return false;
  }
  if (!TIME_DETERMINERS.has(w) || index.tokens[k]?.text !== w) return false;
  return timeWord(index, TIME_DETERMINERS.has(wordAt(index, k + 1)) ? k + 2 : k + 1);
}

/** Whether token `k` opens a clause inside a description: a verb, or "who", "which", "that". */
function clausal(index: TextIndex, k: number): boolean {
  const p = posAt(index, k);
  return p === 'VERB' || p === 'AUX' || ['who', 'which', 'that', 'whose'].includes(wordAt(index, k));
}

/**
 * A source before its cue without a trailing phrase of time: in "Ana Ruiz on Monday said" or "Ana
 * Ruiz, the mayor, this week said" the speaker is Ana Ruiz (and the mayor). A clause about the
 * speaker keeps its own time ("Ana, who left in June, said"), and a poll keeps its date.
 */
function withoutTrailingWhen(index: TextIndex, range: TokenRange, cue: TokenRange): TokenRange {
  if (range.last >= cue.first) return range;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (clausal(index, k)) return range;
    if (!whenPhrase(index, k)) continue;
    let last = k - 1;
    while (last > range.first && wordAt(index, last) === ',') last--;
    return DATED.has(wordAt(index, last)) ? range : { first: range.first, last };
  }
  return range;
}

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
/** Relative pronouns that open a clause about the speaker with no comma before them. */
const RESTRICTIVE = new Set(['who', 'that', 'which']);
/** Punctuation that closes a clause set off inside a source: "Ana, who left in June, said". */
const CLOSING = new Set([',', '-', '--', '–', '—']);
/** Punctuation that ends a clause about a speaker named after the cue. */
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '-', '--', '–', '—']);

/** The first relative pronoun after a comma in `[from, to]`, or -1. */
function relativeIn(index: TextIndex, from: number, to: number): number {
  for (let k = from; k <= to; k++)
    if (RELATIVES.has(wordAt(index, k)) && wordAt(index, k - 1) === ',') return k;
  return -1;
}

/**
 * A source before its cue with a relative clause about the speaker whole or not at all: the clause
 * is the source's when it runs to a comma or a dash right before the cue ("Ana, who left the council
 * in June, said"), and is left out otherwise, since a source never ends halfway through a clause.
 */
function withWholeClauseBefore(index: TextIndex, range: TokenRange, cue: TokenRange): TokenRange {
  if (range.last + 1 === cue.first) return range;
  let relative = -1;
  for (let k = range.first + 2; k <= range.last; k++) {
    if (RELATIVES.has(wordAt(index, k)) && wordAt(index, k - 1) === ',') relative = k;
  }
  if (relative < 0) return range;
  const before = { first: range.first, last: relative - 2 };
  if (!CLOSING.has(wordAt(index, cue.first - 1))) return before;
  for (let k = range.last + 1; k < cue.first - 1; k++) if (CLOSING.has(wordAt(index, k))) return before;
  return { first: range.first, last: cue.first - 2 };
}

/**
 * A source after its cue with the relative clause about the speaker that follows the name, to the
 * clause's end ("said Ana Ruiz, who left the council in June."): news corpora draw it so more often
 * than not, and the tagger, reading word by word, stops at the name or halfway. A clause that quotes
 * words is not the speaker's description, and is left out.
 */
function withWholeClauseAfter(index: TextIndex, range: TokenRange): TokenRange {
  const relative = relativeIn(index, range.first + 2, range.last + 2);
  if (relative < 0) return range;
  const sentence = index.sentences[index.sentenceOf[relative] ?? -1];
  const end = sentence ? sentence.endToken : relative + 1;
  let last = relative;
  while (last + 1 < end && !CLAUSE_END.has(wordAt(index, last + 1))) {
    if (index.quotationOf[last + 1] !== -1) return { first: range.first, last: relative - 2 };
    last++;
  }
  return { first: range.first, last };
}

/**
 * A source before its cue stopped inside a clause with no comma before it, whole to the cue when the
 * clause runs there unbroken but for its closing comma ("An aide who declined to be identified said",
 * "a Republican who has met him and been mentioned as a choice, said"), else without it.
 */
function withWholeRestrictiveClause(index: TextIndex, range: TokenRange, cue: TokenRange): TokenRange {
  const end = wordAt(index, cue.first - 1) === ',' ? cue.first - 2 : cue.first - 1;
  if (range.last >= end) return range;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (!RESTRICTIVE.has(wordAt(index, k)) || wordAt(index, k - 1) === ',') continue;
    for (let j = range.last + 1; j <= end; j++)
      if (posAt(index, j) === 'PUNCT') return { first: range.first, last: k - 1 };
    return { first: range.first, last: end };
  }
  return range;
}

/** A source with a relative clause about the speaker whole or not at all. */
function withWholeClause(index: TextIndex, range: TokenRange, cue: TokenRange): TokenRange {
  return range.first > cue.last
    ? withWholeClauseAfter(index, range)
    : withWholeRestrictiveClause(index, withWholeClauseBefore(index, range, cue), cue);
}

/** Whether tokens `a` and `a + 1` touch, with no space between them. */
function touching(index: TextIndex, a: number): boolean {
  const left = index.tokens[a];
  const right = index.tokens[a + 1];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** Whether token `k` is a hyphen inside a word: "Thirty-one", "Jean-Luc". */
function innerHyphen(index: TextIndex, k: number): boolean {
  return wordAt(index, k) === '-' && touching(index, k - 1) && touching(index, k);
}

/**
 * The range grown to whole hyphenated words: the tokenizer splits "Thirty-one percent" at the hyphen,
 * and a tagger reading token by token may start the speaker at "one".
 */
function wholeWords(index: TextIndex, range: TokenRange): TokenRange {
  let { first, last } = range;
  while (first >= 2 && innerHyphen(index, first - 1)) first -= 2;
  while (last + 2 < index.tokens.length && innerHyphen(index, last + 1)) last += 2;
  return { first, last };
}

/**
 * A source with its brackets whole or not at all: the tagger, reading word by word, may stop inside
 * them ("Governor Lena Ostrova (who"). A bracket left open takes in its partner when that closes
 * before the cue (or, after an inverted cue, before the sentence ends); otherwise the source stops
 * before it. A source that starts inside brackets starts after them. Null when nothing is left.
 */
function withWholeBrackets(index: TextIndex, range: TokenRange, cue: TokenRange): TokenRange | null {
  let { first, last } = range;
  const open: number[] = [];
  for (let k = first; k <= last; k++) {
    if (opensBracket(index, k)) open.push(k);
    else if (closesBracket(index, k)) {
      if (open.length > 0) open.pop();
      else first = k + 1;
    }
  }
  const outermost = open.find((k) => k >= first);
  if (outermost !== undefined) {
    const sentence = index.sentences[index.sentenceOf[last] ?? -1];
    const limit = last < cue.first ? cue.first - 1 : (sentence?.endToken ?? last + 1) - 1;
    const partner = pairedBracket(index, outermost, limit);
    last = partner >= 0 ? partner : outermost - 1;
    while (last >= first && wordAt(index, last) === ',') last--;
  }
  return first <= last ? { first, last } : null;
}

/**
 * The tagged source on its cue's line, past a dateline, without a trailing phrase of time, half a
 * clause or half a pair of brackets.
 */
export function withSourceEdges(index: TextIndex, frame: Frame): Frame {
  const { source: tagged, cue } = frame;
  if (!tagged) return frame;
  const source = wholeWords(index, tagged);
  const line = onCueLine(index, source, cue);
  const first = afterOpeners(index, line.first, line.last);
  const clauses = withWholeClause(index, withoutTrailingWhen(index, { first, last: line.last }, cue), cue);
  const drawn = withWholeBrackets(index, clauses, cue);
  if (drawn?.first === tagged.first && drawn.last === tagged.last) return frame;
  return { ...frame, source: drawn, sourceAntecedent: null, sourceInherited: false };
}
