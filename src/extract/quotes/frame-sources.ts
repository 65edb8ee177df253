import { isAppositive, phraseEndingAt, phraseStartingAt, type TokenRange } from './phrases.ts';
import { isQuoted, opensQuotation, posAt, type TextIndex, wordAt } from './text-index.ts';
import { ATTACHED, MEDIUM_NOUNS, OPENERS, TERMINAL, TIME_WORDS } from './vocabulary.ts';

/**
 * The source of a frame as the text writes it: the subject before the cue with its appositives ("Ali
 * Rezaei, 57, a spokesman for the ministry, said"), the speaker after an inverted cue ("said Ali
 * Rezaei, a spokesman for the ministry who spoke to reporters"), or the subject of the clause a
 * participle hangs on ("Rezaei criticised the ruling, saying ...").
 */

/** Participles that work as prepositions: "including Mr. Jebens" names more of the subject. */
const PREPOSITIONAL = new Set([
  'including',
  'according',
  'excluding',
  'regarding',
  'concerning',
  'following',
]);

/** Whether the words from `k` are a participle phrase: "speaking after the vote", "asked about the port". */
function participlePhrase(index: TextIndex, k: number): boolean {
  const w = wordAt(index, k);
  return posAt(index, k) === 'VERB' && (w.endsWith('ing') || w.endsWith('ed')) && !PREPOSITIONAL.has(w);
}

/**
 * The subject before a participle phrase that ends at `comma`; none when the phrase there is the object
 * of a preposition or a verb ("veterans interviewed at Trump rallies this week, ..."), not a subject.
 */
function subjectBeforeParticiple(index: TextIndex, comma: number, floor: number): TokenRange | null {
  const subject = subjectBefore(index, comma + 1, floor) ?? phraseEndingAt(index, comma - 1, floor);
  if (!subject) return null;
  const before = posAt(index, subject.first - 1);
  if (subject.first > floor && (before === 'ADP' || before === 'VERB')) return null;
  // The comma that opens the participle phrase is not the subject's.
  return { first: subject.first, last: subject.last === comma ? comma - 1 : subject.last };
}

/**
 * The subject before token `end` (excluded): a noun phrase, with the comma-delimited appositives between
 * it and the cue, which stay in the source with their closing comma, as news corpora annotate them. A
 * participle phrase set off by commas says how the words came out, not who said them, and is left out:
 * in "The mayor, speaking after the vote, said", the mayor speaks.
 */
export function subjectBefore(index: TextIndex, end: number, floor: number): TokenRange | null {
  let last = end - 1;
  if (wordAt(index, last) !== ',') return phraseEndingAt(index, last, floor);
  for (let hops = 0; hops < 3; hops++) {
    let comma = last - 1;
    while (comma > floor && wordAt(index, comma) !== ',') comma--;
    if (comma > floor && participlePhrase(index, comma + 1))
      return subjectBeforeParticiple(index, comma, floor);
    if (comma <= floor || !isAppositive(index, comma + 1, last - 1)) return null;
    const phrase = phraseEndingAt(index, comma - 1, floor);
    if (phrase) return { first: phrase.first, last: end - 1 };
    last = comma;
  }
  return null;
}

/** Whether the words from `k` say where or when, not who: "in a telephone interview", "on Monday". */
export function placeOrTime(index: TextIndex, k: number): boolean {
  if (TIME_WORDS.has(wordAt(index, k))) return true;
  if (posAt(index, k) !== 'ADP') return false;
  for (let i = k + 1; i <= k + 4; i++) {
    const w = wordAt(index, i);
    if (MEDIUM_NOUNS.has(w) || TIME_WORDS.has(w) || /^\d{4}$/.test(w)) return true;
    if (w === ',' || TERMINAL.has(w)) return false;
  }
  return false;
}

/**
 * Whether the word after a phrase makes it the subject of a clause, so that it is what was said and not
 * who said it ("..., including Pim Dahl, said the plan was unfair"): an auxiliary, or a verb in the
 * present's third person. A participle ("said a man held by police") may still describe a speaker.
 */
function subjectOfVerb(index: TextIndex, k: number): boolean {
  if (isQuoted(index, k)) return false;
  const p = posAt(index, k);
  return p === 'AUX' || (p === 'VERB' && /[^s]s$/.test(wordAt(index, k)));
}

/**
 * The speaker after an inverted cue, as far as the sentence's end, but not a clause after a comma
 * (", who ...", ", adding"), nor where or when the words were said ("in an interview on Monday").
 */
export function subjectAfter(index: TextIndex, start: number, hi: number): TokenRange | null {
  const phrase = phraseStartingAt(index, start, hi);
  if (!phrase || subjectOfVerb(index, phrase.last + 1)) return null;
  let last = phrase.last;
  for (let k = phrase.last + 1; k <= hi; k++) {
    const w = wordAt(index, k);
    if (TERMINAL.has(w) || opensQuotation(index, k) || w === ':' || w === ';' || isQuoted(index, k)) break;
    if (posAt(index, k) === 'ADP' && placeOrTime(index, k)) break;
    if (k === phrase.last + 1 && placeOrTime(index, k)) break;
    if (w === ',') {
      const next = wordAt(index, k + 1);
      const p = posAt(index, k + 1);
      if (
        ATTACHED.has(next) ||
        next.endsWith('ing') ||
        opensQuotation(index, k + 1) ||
        placeOrTime(index, k + 1)
      )
        break;
      // A verb after the comma goes on with the sentence the attribution broke ("The vote, said Renk, was a farce").
      if (p === 'ADP' || p === 'CCONJ' || p === 'SCONJ' || p === 'VERB' || p === 'AUX') break;
      continue;
    }
    last = k;
  }
  return { first: phrase.first, last };
}

/** A dateline opening a story: "TEHRAN, March 3 -", "WASHINGTON (Reuters) —", "(AP) —". */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,[^-—–\n]{1,30}?)?\s*)?(?:\([^)\n]{1,30}\)\s*)?[-—–]+\s/u;
/** A place or date in title case is a dateline when an agency's name in brackets follows it: "Washington (AFP) –". */
const AGENCY_DATELINE =
  /^[\p{Lu}\d][\p{L}\d.'’]*(?:[ ,]+[\p{Lu}\d][\p{L}\d.'’]*){0,3}\s*\([^)\n]{2,30}\)\s*[-—–]+\s/u;

/** The dateline opening `text`, if any; the second pattern is tried only where a bracket stands. */
function datelineOf(text: string): string | undefined {
  const dateline = DATELINE.exec(text)?.[0];
  if (dateline && /[\p{L})]/u.test(dateline)) return dateline;
  return text.includes('(') ? AGENCY_DATELINE.exec(text)?.[0] : undefined;
}

/** First token after sentence openers: a dateline, then "But", "And", "Still,". */
export function afterOpeners(index: TextIndex, first: number, limit: number): number {
  let i = first;
  const start = index.tokens[first]?.start ?? 0;
  const dateline = datelineOf(index.text.slice(start, start + 60));
  if (dateline) {
    const end = start + dateline.length;
    while (i < limit && (index.tokens[i]?.start ?? 0) < end) i++;
  }
  while (i < limit && OPENERS.has(wordAt(index, i))) {
    i++;
    if (wordAt(index, i) === ',') i++;
  }
  return i;
}

/** How far a fronted phrase may run before its comma: "Earlier this month, ...", "Even so, ...". */
const FRONTED_AT_MOST = 6;

/** Whether tokens `[from, to)` say when, with no verb: "Last week", "Earlier this month", "In 2019". */
function timePhrase(index: TextIndex, from: number, to: number): boolean {
  let time = false;
  for (let k = from; k < to; k++) {
    const pos = posAt(index, k);
    if (pos === 'VERB' || pos === 'AUX') return false;
    if (TIME_WORDS.has(wordAt(index, k)) || /^\d{4}$/.test(wordAt(index, k))) time = true;
  }
  return time;
}

/**
 * The first token of a clause's subject, past what may front it: a phrase of place or time or one
 * opened by a preposition, up to its comma ("On Monday, ...", "In a statement, ...", "Last week, ..."),
 * an adverbial with its comma ("Even so, ...") and adverbs before the subject ("And even the mayor ...").
 */
function subjectStart(index: TextIndex, lo: number, before: number): number {
  let start = afterOpeners(index, lo, before);
  for (let fronts = 0; fronts < 2 && start < before; fronts++) {
    let comma = start;
    while (comma < before && comma - start < FRONTED_AT_MOST && wordAt(index, comma) !== ',') comma++;
    const pos = posAt(index, start);
    const fronted = pos === 'ADP' || pos === 'SCONJ' || pos === 'ADV' || timePhrase(index, start, comma);
    if (fronted && wordAt(index, comma) === ',') start = comma + 1;
    else if (pos === 'ADV') {
      while (start < before && posAt(index, start) === 'ADV') start++;
    } else break;
  }
  return start;
}

/** The subject of the clause a participle hangs on: "X criticised Y, saying ...". */
export function clauseSubject(index: TextIndex, lo: number, before: number): TokenRange | null {
  const start = subjectStart(index, lo, before);
  const phrase = phraseStartingAt(index, start, before - 1);
  if (!phrase) return null;
  const next = posAt(index, phrase.last + 1);
  const verbal =
    next === 'VERB' || next === 'AUX' || next === 'ADV' || wordAt(index, phrase.last + 1) === ',';
  return verbal ? phrase : null;
}

/** Words that may stand between a conjunction and the verb it joins: "and then said", "but also said". */
const BEFORE_JOINED_VERB = new Set([
  'then',
  'also',
  'later',
  'again',
  'still',
  'finally',
  'eventually',
  'quickly',
  'immediately',
  'repeatedly',
  'now',
]);
const CONJUNCTIONS = new Set(['and', 'but', 'yet', 'or']);

/**
 * The subject a cue shares with the verb it is joined to: in "The judge rubbed his chin, and then said
 * ..." or "She paid off half of it, but said ...", the one who said is the clause's subject.
 */
export function coordinatedSubject(index: TextIndex, lo: number, cueFirst: number): TokenRange | null {
  let k = cueFirst - 1;
  let then = false;
  while (k > lo && BEFORE_JOINED_VERB.has(wordAt(index, k))) {
    if (wordAt(index, k) === 'then') then = true;
    k--;
  }
  // ", then says" joins as "and then" does.
  if (!CONJUNCTIONS.has(wordAt(index, k)) && !(then && wordAt(index, k) === ',')) return null;
  return clauseSubject(index, lo, k);
}

/** Whether a phrase is a statement, letter or post rather than a speaker: "released a statement saying". */
export function isMediumPhrase(index: TextIndex, phrase: TokenRange): boolean {
  return MEDIUM_NOUNS.has(wordAt(index, phrase.last));
}
