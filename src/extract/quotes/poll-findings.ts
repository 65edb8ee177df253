import { cueLemmaOfLowercase } from './cue-lexicon.ts';
import type { TokenRange } from './phrases.ts';
import { isQuoted, posAt, type TextIndex, wordAt } from './text-index.ts';
import { TERMINAL } from './vocabulary.ts';

/**
 * What a poll finds, as news reports it: "In a new Fox News poll released Thursday, Ana Ruiz leads by
 * six points." The poll is the source, "In" the cue, and the clause after the comma what it found. A
 * poll at the end of a sentence ("Ruiz leads in the polls") is left alone: there the phrase is as often
 * a setting as a source.
 */

/** Nouns that make the phrase after a sentence's opening "In" a poll. */
const POLLS = new Set(['poll', 'polls', 'survey', 'surveys', 'poll’s', "poll's"]);
/** Words that may open a sentence before its "In": "But in the latest poll, ...". */
const OPENERS = new Set(['but', 'and', 'yet', 'still', 'meanwhile', ',']);
/** How many words a poll's phrase may have: "the latest NBC News/Wall Street Journal poll released Monday". */
const POLL_WORDS = 14;

export interface Finding {
  source: TokenRange;
  content: TokenRange;
}

function opensSentence(index: TextIndex, i: number): boolean {
  const first = index.sentences[index.sentenceOf[i] ?? -1]?.firstToken ?? i;
  for (let k = first; k < i; k++) if (!OPENERS.has(wordAt(index, k))) return false;
  return true;
}

/**
 * Whether a range is a clause of the poll's own: it has a verb (not a list of figures), and no verb of
 * speech or thought, whose subject would be the source ("In the poll, most voters said ...").
 */
function findingClause(index: TextIndex, range: TokenRange): boolean {
  let verb = false;
  for (let k = range.first; k <= range.last; k++) {
    const tag = posAt(index, k);
    if (tag === 'VERB' && cueLemmaOfLowercase(wordAt(index, k))) return false;
    if (tag === 'VERB' || tag === 'AUX') verb = true;
  }
  return verb;
}

/** Whether a range of up to `POLL_WORDS` words names a poll and holds no quotation or clause break. */
function pollPhrase(index: TextIndex, range: TokenRange): boolean {
  if (range.last < range.first || range.last - range.first >= POLL_WORDS) return false;
  let poll = false;
  for (let k = range.first; k <= range.last; k++) {
    const w = wordAt(index, k);
    if (isQuoted(index, k) || TERMINAL.has(w) || w === ':' || w === ';') return false;
    if (POLLS.has(w)) poll = true;
  }
  return poll;
}

/** The last token of a sentence before its closing punctuation. */
function lastWord(index: TextIndex, i: number): number {
  const sentence = index.sentences[index.sentenceOf[i] ?? -1];
  let last = (sentence?.endToken ?? i + 1) - 1;
  while (last > i && TERMINAL.has(wordAt(index, last))) last--;
  return last;
}

/** The poll and its finding when token `i` is the "In" opening "In <a poll>, <clause>", else null. */
export function findingAt(index: TextIndex, i: number): Finding | null {
  if (wordAt(index, i) !== 'in' || !opensSentence(index, i)) return null;
  const last = lastWord(index, i);
  let comma = i + 1;
  while (comma <= Math.min(last, i + POLL_WORDS + 1) && wordAt(index, comma) !== ',') comma++;
  const source = { first: i + 1, last: comma - 1 };
  const content = { first: comma + 1, last };
  if (wordAt(index, comma) !== ',' || !pollPhrase(index, source) || !findingClause(index, content))
    return null;
  return { source, content };
}
