import type { MentionKind, Span } from '../../model.ts';
import { hasTitledAppositive, isAcronym, kindOf } from './kinds.ts';
import { isKnownPlace } from './lexicon/gazetteer.ts';
import { EVENT_HEADS, ORGANIZATION_HEADS, PLACE_HEADS } from './lexicon/heads.ts';
import { GIVEN_NAMES } from './lexicon/names.ts';
import { DEMONYMS } from './lexicon/not-names.ts';
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_QUALIFIERS } from './lexicon/titles.ts';
import { type Run, runsOf } from './runs.ts';
import type { Word } from './words.ts';

/**
 * Names found in the text before any chaining: each a run of capitalised words with the titles before
 * it taken off ("Foreign Minister", "Ayatollah", "Mr."), typed, and with the span of the title phrase
 * ("the country's former Justice Minister") kept for the role fact.
 */
export interface Candidate {
  /** Word indices `[first, end)` of the name itself. */
  first: number;
  end: number;
  span: Span;
  kind: MentionKind;
  /** Titles as printed, without qualifiers: ["Foreign Minister"]. */
  titles: string[];
  /** The title phrase with its qualifiers and possessor, for a role fact; null without a title. */
  titleSpan: Span | null;
}

function isTitleWord(word: Word | undefined): boolean {
  return !!word && (TITLE_HEADS.has(word.key) || TITLE_MODIFIERS.has(word.key));
}

function endsInHead(words: readonly Word[], run: Run): boolean {
  const last = words[run.end - 1]?.key ?? '';
  return ORGANIZATION_HEADS.has(last) || EVENT_HEADS.has(last) || PLACE_HEADS.has(last);
}

/**
 * Where the name starts once the titles at the front of the run are off. Titles are taken off only if
 * they hold a head word and a name is left that is not an organisation's ("Justice Ministry" stays).
 */
function nameStart(words: readonly Word[], run: Run): number {
  if (endsInHead(words, run)) return run.first;
  let start = run.first;
  while (start < run.end - 1 && DEMONYMS.has(words[start]?.key ?? '')) start++;
  let t = start;
  let hasHead = false;
  while (t < run.end - 1 && (isTitleWord(words[t]) || TITLE_QUALIFIERS.has(words[t]?.key ?? ''))) {
    if (TITLE_HEADS.has(words[t]?.key ?? '')) hasHead = true;
    t++;
  }
  if (hasHead) return t;
  if (start > run.first && t === start) return start;
  const afterTitle = titleInside(words, run);
  if (afterTitle > run.first) return afterTitle;
  // "Reformist Nader Salimi" at the start of a sentence: the word before a given name qualifies it.
  const opener = words[run.first];
  const next = words[run.first + 1];
  if (opener?.opensSentence && next && run.end - run.first >= 3 && GIVEN_NAMES.has(next.key)) {
    if (!GIVEN_NAMES.has(opener.key) && !isKnownPlace(opener.text)) return run.first + 1;
  }
  return run.first;
}

/**
 * Where the name starts after a title whose first words are not title words ("Treasury Secretary James
 * Baker", "Work Secretary Alan Johnson"): after the last title head followed by two or more name words.
 */
function titleInside(words: readonly Word[], run: Run): number {
  for (let h = run.end - 3; h >= run.first; h--) {
    if (!TITLE_HEADS.has(words[h]?.key ?? '')) continue;
    for (let k = h + 1; k < run.end; k++) if (isTitleWord(words[k])) return run.first;
    return h + 1;
  }
  return run.first;
}

/**
 * Start of the lower-case title words just before the run ("former foreign minister"), or of the
 * qualifiers alone ("former") when the run itself starts with a title. A capital word joins only at
 * the start of a sentence ("Human rights lawyer Shirin Mokhtari").
 */
function lowerTitleStart(words: readonly Word[], first: number, runHasTitle: boolean): number {
  let t = first;
  const sentence = words[first]?.sentence;
  while (t > 0) {
    const previous = words[t - 1];
    if (!previous || previous.sentence !== sentence || (previous.capitalized && !previous.opensSentence))
      break;
    if (!isTitleWord(previous) && !TITLE_QUALIFIERS.has(previous.key)) break;
    t--;
  }
  let hasHead = runHasTitle;
  for (let k = t; k < first; k++) if (TITLE_HEADS.has(words[k]?.key ?? '')) hasHead = true;
  return hasHead ? t : first;
}

/** Titles as printed: the title words from the first head or modifier, qualifiers left out. */
function titlesOf(text: string, words: readonly Word[], from: number, to: number): string[] {
  let start = from;
  while (
    start < to &&
    (TITLE_QUALIFIERS.has(words[start]?.key ?? '') || DEMONYMS.has(words[start]?.key ?? ''))
  )
    start++;
  const firstWord = words[start];
  const lastWord = words[to - 1];
  if (start >= to || !firstWord || !lastWord) return [];
  return [text.slice(firstWord.start, lastWord.end)];
}

/** The role phrase reaches back over a possessor ("Iran's", "the country's") and a leading "the". */
function roleStart(words: readonly Word[], from: number): number {
  let start = from;
  const possessive = words[start - 1];
  if (possessive?.pos === 'PART' && /^['’]s$/.test(possessive.text)) {
    start -= 2;
    while (start > 0 && words[start - 1]?.capitalized && words[start - 1]?.pos === 'PROPN') start--;
  }
  if (words[start - 1]?.key === 'the') start--;
  return Math.max(0, start);
}

/** Whether a run of capitals is a heading or dateline written all in capitals ("LOS ANGELES, Feb 26"). */
function isCapsHeading(words: readonly Word[], run: Run): boolean {
  let caps = 0;
  for (let k = run.first; k < run.end; k++) if (words[k]?.allCaps) caps++;
  const only = words[run.first];
  if (run.end - run.first === 1 && only) return only.allCaps && !isAcronym(only);
  return caps >= 2;
}

function runText(text: string, words: readonly Word[], first: number, end: number): string {
  return text.slice(words[first]?.start ?? 0, words[end - 1]?.end ?? 0);
}

function candidateOf(text: string, words: readonly Word[], run: Run): Candidate | null {
  if (isCapsHeading(words, run)) {
    const name = runText(text, words, run.first, run.end);
    if (!isKnownPlace(name)) return null;
    const span = { start: words[run.first]?.start ?? 0, end: words[run.end - 1]?.end ?? 0 };
    return { first: run.first, end: run.end, span, kind: 'place', titles: [], titleSpan: null };
  }
  const first = nameStart(words, run);
  // The title phrase: lower-case title words before the run, then the titles at its front.
  const titleFrom = lowerTitleStart(words, run.first, first > run.first);
  const titleTo = first;
  const titles = titleFrom < titleTo ? titlesOf(text, words, titleFrom, titleTo) : [];
  const kind = kindOf({
    name: words.slice(first, run.end),
    hasTitles: titles.length > 0,
    before: words[first - 1],
    beforeThat: words[first - 2],
    after: words[run.end],
    afterThat: words[run.end + 1],
    titledAppositive: hasTitledAppositive(words, run.end),
  });
  if (!kind) return null;
  const keepTitles = kind === 'person' && titles.length > 0;
  const from = roleStart(words, titleFrom);
  const span = { start: words[first]?.start ?? 0, end: words[run.end - 1]?.end ?? 0 };
  return {
    first,
    end: run.end,
    span,
    kind,
    titles: keepTitles ? titles : [],
    titleSpan: keepTitles ? { start: words[from]?.start ?? 0, end: words[titleTo - 1]?.end ?? 0 } : null,
  };
}

/**
 * wink leaves "'s" on a word before punctuation ("than Mr Blunkett's."). It is a possessive, and off
 * the span, when the text also writes the word without it; "Macy's" and "Standard & Poor's" keep theirs.
 */
function withoutPossessive(text: string, candidate: Candidate, capitalized: ReadonlySet<string>): void {
  const name = text.slice(candidate.span.start, candidate.span.end);
  if (!/\p{L}['’]s$/u.test(name)) return;
  const lastWord = name.slice(0, -2).split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (capitalized.has(lastWord))
    candidate.span = { start: candidate.span.start, end: candidate.span.end - 2 };
}

/** Paragraphs set as headings: short, no closing punctuation, most words capitalised. */
function headingParagraphs(words: readonly Word[]): Set<number> {
  const headings = new Set<number>();
  let k = 0;
  while (k < words.length) {
    const paragraph = words[k]?.paragraph;
    let capitalized = 0;
    let lower = 0;
    let last = words[k];
    for (; k < words.length && words[k]?.paragraph === paragraph; k++) {
      const word = words[k];
      if (!word) continue;
      const code = word.text.charCodeAt(0);
      if (word.capitalized) capitalized++;
      else if ((code >= 97 && code <= 122) || (code > 127 && /^\p{Ll}/u.test(word.text))) lower++;
      last = word;
    }
    const total = capitalized + lower;
    const closed = /[.!?"”’:]$/.test(last?.text ?? '');
    if (paragraph !== undefined && !closed && total >= 2 && total <= 20 && capitalized >= 0.6 * total)
      headings.add(paragraph);
  }
  return headings;
}

/**
 * Every name candidate of the document. In a heading set in title case, where every word has a
 * capital, only names the body also uses are kept.
 */
export function candidatesOf(
  text: string,
  words: readonly Word[],
  vocabulary: ReadonlySet<string>,
): Candidate[] {
  const headings = headingParagraphs(words);
  const body: Candidate[] = [];
  const inHeadings: Candidate[] = [];
  const capitalized = new Set(words.filter((w) => w.capitalized).map((w) => w.key));
  for (const run of runsOf(words, vocabulary)) {
    const candidate = candidateOf(text, words, run);
    if (!candidate) continue;
    withoutPossessive(text, candidate, capitalized);
    if (headings.has(words[run.first]?.paragraph ?? -1)) inHeadings.push(candidate);
    else body.push(candidate);
  }
  const known = new Set(body.map((c) => text.slice(c.span.start, c.span.end).toLowerCase()));
  const kept = inHeadings.filter((c) => known.has(text.slice(c.span.start, c.span.end).toLowerCase()));
  return withOrganizationsInRoles(
    text,
    [...body, ...kept].sort((a, b) => a.span.start - b.span.start),
  );
}

/**
 * A title right after an organisation's name is that organisation's title: the role of "Scottish
 * Conservative Party leader David McLetchie" is "Scottish Conservative Party leader".
 */
function withOrganizationsInRoles(text: string, candidates: Candidate[]): Candidate[] {
  for (const [i, c] of candidates.entries()) {
    const before = candidates[i - 1];
    if (!c.titleSpan || before?.kind !== 'organization') continue;
    if (text.slice(before.span.end, c.titleSpan.start).trim() === '' && before.span.end <= c.titleSpan.start)
      c.titleSpan = { start: before.span.start, end: c.titleSpan.end };
  }
  return candidates;
}
