import type { Candidate } from './candidates.ts';
import { LOWERCASE_EVENT_HEADS } from './lexicon/heads.ts';
import { MONTHS_AND_DAYS } from './lexicon/not-names.ts';
import type { Word } from './words.ts';

/**
 * Names that are not runs of capitals: events named in lower case after a year ("the 2009 election
 * protests", "the November 2019 protests", "the Iran-Iraq war") and places named only in a compound
 * ("Tehran-based", "a London-based group").
 */

const YEAR = /^(?:1[5-9]|20)\d\d$/;
const BASED = /^(\p{Lu}[\p{L}'’.]*(?:[-‐ ]\p{Lu}[\p{L}'’.]*)*)[-‐‑]based$/u;
const PAIR = /^\p{Lu}[\p{L}]+[-‐‑]\p{Lu}[\p{L}]+$/u;

function event(words: readonly Word[], first: number, last: number): Candidate {
  const span = { start: words[first]?.start ?? 0, end: words[last]?.end ?? 0 };
  return { first, end: last + 1, span, kind: 'event', titles: [], titleSpan: null };
}

/** Index of the event head within two lower-case words after `from`, or -1. */
function headAfter(words: readonly Word[], from: number): number {
  for (let k = from; k < Math.min(words.length, from + 3); k++) {
    const word = words[k];
    if (!word || word.capitalized || !/^\p{Ll}/u.test(word.text)) return -1;
    if (LOWERCASE_EVENT_HEADS.has(word.key)) {
      let last = k;
      while (LOWERCASE_EVENT_HEADS.has(words[last + 1]?.key ?? '') && !words[last + 1]?.capitalized) last++;
      return last;
    }
    if (word.pos !== 'NOUN' && word.pos !== 'ADJ') return -1;
  }
  return -1;
}

function datedEvent(words: readonly Word[], i: number): Candidate | null {
  if (words[i]?.key !== 'the') return null;
  let first = i + 1;
  if (MONTHS_AND_DAYS.has(words[first]?.key ?? '') && words[first]?.capitalized) first++;
  if (!YEAR.test(words[first]?.text ?? '')) return null;
  const head = headAfter(words, first + 1);
  return head < 0 ? null : event(words, first === i + 1 ? first : i + 1, head);
}

function pairEvent(words: readonly Word[], i: number): Candidate | null {
  const word = words[i];
  if (!word || !PAIR.test(word.text)) return null;
  const head = words[i + 1];
  return head && !head.capitalized && LOWERCASE_EVENT_HEADS.has(head.key) ? event(words, i, i + 1) : null;
}

function basedPlace(words: readonly Word[], i: number): Candidate | null {
  const word = words[i];
  const match = word ? BASED.exec(word.text) : null;
  if (!word || !match?.[1]) return null;
  const span = { start: word.start, end: word.start + match[1].length };
  return { first: i, end: i + 1, span, kind: 'place', titles: [], titleSpan: null };
}

export function patternCandidates(words: readonly Word[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidate = datedEvent(words, i) ?? pairEvent(words, i) ?? basedPlace(words, i);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Run candidates and pattern candidates together; where they overlap the pattern wins. */
export function mergeCandidates(runs: readonly Candidate[], patterns: readonly Candidate[]): Candidate[] {
  const overlaps = (a: Candidate, b: Candidate) => a.span.start < b.span.end && b.span.start < a.span.end;
  const kept = runs.filter((run) => !patterns.some((p) => overlaps(run, p)));
  return [...kept, ...patterns].sort((a, b) => a.span.start - b.span.start);
}
