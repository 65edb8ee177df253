import type { Medium, Mention, Span } from '../../model.ts';
import { isKnownPlace } from '../mentions/lexicon/gazetteer.ts';
import type { Frame } from './frames.ts';
import type { TokenRange } from './phrases.ts';
import { isQuoted, posAt, type TextIndex, tokenSpan, wordAt } from './text-index.ts';
import { MEDIUM_NOUNS, TERMINAL, TIME_WORDS } from './vocabulary.ts';

/**
 * Where the words were said or published, when the attribution says so: "in an interview with the state
 * broadcaster IRIB", "in a letter to the UN Secretary-General", "in a Friday prayer sermon in Qom",
 * "told Tasnim news agency", "said in a statement", "at a press conference", "in a speech on May 4".
 * The medium is the phrase after the preposition, up to a date; its outlet is the mention inside it.
 */

/** Prepositions that introduce a medium. */
const INTRODUCERS = new Set(['in', 'at', 'during', 'on', 'via', 'through', 'from']);
/** Nouns that make an addressee an outlet: "told Tasnim news agency", "told the state broadcaster". */
const OUTLETS = new Set(
  `agency broadcaster television tv radio newspaper daily weekly channel network magazine website outlet
  news programme program show podcast`.split(/\s+/),
);
/** Words after a medium that still belong to it: "an interview with X", "a letter to X", "a sermon in Qom". */
const ATTACHING = new Set(['with', 'to', 'in', 'of', 'for', 'at']);

/** Whether the words from `k` are a date or a time ("on May 4", "Monday"), which end a medium. */
function datePhrase(index: TextIndex, k: number): boolean {
  const w = wordAt(index, k);
  if (TIME_WORDS.has(w) || /^\d/.test(w)) return true;
  return (w === 'on' || w === 'last' || w === 'this' || w === 'next') && TIME_WORDS.has(wordAt(index, k + 1));
}

/** The medium phrase introduced at token `at` (a preposition), within `[at, end]`. */
function phraseAfter(index: TextIndex, at: number, end: number): TokenRange | null {
  let first = at + 1;
  if (first > end || isQuoted(index, first)) return null;
  let last = first - 1;
  let hasMedium = false;
  for (let k = first; k <= end; k++) {
    const w = wordAt(index, k);
    const p = posAt(index, k);
    if (
      TERMINAL.has(w) ||
      w === ',' ||
      w === ':' ||
      w === ';' ||
      isQuoted(index, k) ||
      p === 'VERB' ||
      p === 'AUX'
    )
      break;
    if (datePhrase(index, k) && hasMedium) break;
    if (p === 'ADP' && !(ATTACHING.has(w) && hasMedium)) break;
    if (MEDIUM_NOUNS.has(w) || OUTLETS.has(w)) hasMedium = true;
    last = k;
  }
  while (last >= first && posAt(index, last) === 'ADP') last--;
  if (wordAt(index, first) === 'the' && first === last) first = last + 1;
  return hasMedium && last >= first ? { first, last } : null;
}

/** The first medium phrase in tokens `[from, to]`. */
function mediumIn(index: TextIndex, from: number, to: number): TokenRange | null {
  for (let k = from; k <= to; k++) {
    if (isQuoted(index, k)) continue;
    if (INTRODUCERS.has(wordAt(index, k)) && posAt(index, k) === 'ADP') {
      const phrase = phraseAfter(index, k, to);
      if (phrase) return phrase;
    }
  }
  return null;
}

/**
 * Whether an addressee is where the words came out: an outlet ("told Tasnim news agency", "told IRIB",
 * a body's acronym) or an occasion ("told a press conference").
 */
function outletAddressee(index: TextIndex, addressee: TokenRange): boolean {
  for (let k = addressee.first; k <= addressee.last; k++) {
    if (OUTLETS.has(wordAt(index, k)) || MEDIUM_NOUNS.has(wordAt(index, k))) return true;
  }
  // A body's acronym alone or after "the": "told IRIB", "told the BBC".
  const text = index.tokens[addressee.last]?.text ?? '';
  const alone = addressee.first === addressee.last;
  const named = alone || (addressee.first + 1 === addressee.last && wordAt(index, addressee.first) === 'the');
  // A country's ("told the US") is whom the words were for, not where they came out.
  return named && /^\p{Lu}{2,6}$/u.test(text) && text !== 'I' && !isKnownPlace(text);
}

/** The tokens where a frame says how its words came out: around the cue, outside its content. */
function attributionTokens(index: TextIndex, frame: Frame): TokenRange[] {
  const regions: TokenRange[] = [];
  if (frame.adjunct) regions.push(frame.adjunct);
  const sentence = index.sentences[frame.sentence];
  if (sentence) {
    // A fronted phrase: "In an interview with IRIB, Karimi said ..."
    const start = sentence.firstToken;
    const before = Math.min(frame.cue.first, frame.source?.first ?? frame.cue.first) - 1;
    if (before >= start && posAt(index, start) === 'ADP') regions.push({ first: start, last: before });
  }
  const contentStart = Math.min(...frame.content.map((c) => c.first).filter((f) => f > frame.cue.last));
  if (Number.isFinite(contentStart) && contentStart - 1 > frame.cue.last) {
    regions.push({ first: frame.cue.last + 1, last: contentStart - 1 });
  }
  return regions;
}

function mentionInside(mentions: readonly Mention[], span: Span): Mention | null {
  const inside = mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end);
  return inside.find((m) => m.kind === 'organization') ?? inside[0] ?? null;
}

/** The medium of a frame's words, if its attribution names one. */
export function mediumOf(index: TextIndex, frame: Frame, mentions: readonly Mention[]): Medium | null {
  let range: TokenRange | null = null;
  for (const region of attributionTokens(index, frame)) {
    range = mediumIn(index, region.first, region.last);
    if (range) break;
  }
  if (!range && frame.addressee && outletAddressee(index, frame.addressee)) {
    // The addressee with what attaches to it: "a press conference in Tehran".
    const end = index.sentences[frame.sentence]?.endToken ?? frame.addressee.last + 1;
    range = phraseAfter(index, frame.addressee.first - 1, end - 1) ?? frame.addressee;
  }

  if (!range) return null;
  const span = tokenSpan(index, range.first, range.last);
  const outlet = mentionInside(mentions, span);
  return { span, text: index.text.slice(span.start, span.end), chain: outlet?.chain ?? null, entityId: null };
}
