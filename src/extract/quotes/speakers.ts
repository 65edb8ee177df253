import type { Mention, RoleFact, Span, Speaker } from '../../model.ts';
import { genderOfGivenName } from '../mentions/lexicon/names.ts';
import { FEMININE_TITLES, MASCULINE_TITLES, titleWordOf } from '../mentions/lexicon/titles.ts';
import { quantityOpener, type TokenRange } from './phrases.ts';
import { type TextIndex, tokenSpan } from './text-index.ts';

/**
 * Who a statement is attributed to, from the source as the text writes it: a name (linked to its
 * mention's chain), a pronoun or a description ("he", "the spokesman") resolved to the nearest
 * compatible person or body named before it, or an unnamed source ("a senior official at the interior
 * ministry"), kept exactly as written and never resolved to anyone.
 */

export type SpeakerForm = 'name' | 'pronoun' | 'description' | 'unnamed' | 'document';

export interface ResolvedSpeaker {
  speaker: Speaker;
  form: SpeakerForm;
  /** Whether a pronoun or description was resolved to a name by coreference. */
  resolved: boolean;
}

export interface SpeakerContext {
  index: TextIndex;
  /** The document's mentions, sorted by start. */
  mentions: readonly Mention[];
  roles: readonly RoleFact[];
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** First persons and "you" in prose speak for the writer or the reader, never for a named speaker. */
const UNRESOLVABLE = new Set(['i', 'we', 'you', 'me', 'us', 'it']);

/** What documents speak in a text: "reads part of the decree", "the letter says". */
const DOCUMENTS = new Set(
  `decree letter statement report ruling verdict order communique communiqué declaration memo memorandum
  resolution document filing complaint lawsuit indictment petition law bill bulletin notice announcement
  editorial article post tweet message email note study survey poll`.split(/\s+/),
);

/** Words that open a source the text does not name: "a senior official", "officials", "sources". */
const UNNAMED_OPENERS = new Set(
  `a an one two three four five several some many most few other others another certain various numerous
  unnamed anonymous`.split(/\s+/),
);
const UNNAMED_HEADS = new Set(
  `official officials source sources analyst analysts expert experts aide aides critic critics resident
  residents witness witnesses people person observer observers diplomat diplomats activist activists member
  members insider insiders lawmaker lawmakers`.split(/\s+/),
);

function textOf(index: TextIndex, span: Span): string {
  return index.text.slice(span.start, span.end);
}

/** The source's span without the commas and spaces news corpora leave at its edges, nor "part of". */
function trimmed(index: TextIndex, range: TokenRange): Span {
  let { first, last } = range;
  while (last > first && /^[,;:—–-]$/u.test(index.words[last] ?? '')) last--;
  if (index.words[first] === 'part' && index.words[first + 1] === 'of' && last > first + 1) first += 2;
  return tokenSpan(index, first, last);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The form of a source, read from its first and last words. */
function formOf(index: TextIndex, range: TokenRange): SpeakerForm {
  const firstWord = index.words[range.first] ?? '';
  if (range.first === range.last && (index.tokens[range.first]?.pos === 'PRON' || RELATIVES.has(firstWord))) {
    return 'pronoun';
  }
  let head = range.last;
  while (head > range.first && /^[,;:)—–-]$/u.test(index.words[head] ?? '')) head--;
  const headWord = index.words[head] ?? '';
  if (UNNAMED_OPENERS.has(firstWord) || (UNNAMED_HEADS.has(headWord) && firstWord !== 'the'))
    return 'unnamed';
  // "More than 1,200 dockworkers at the port", "300 residents": a count of people is no one's name.
  if (quantityOpener(index, range.first) > range.first || index.tokens[range.first]?.pos === 'NUM')
    return 'unnamed';
  if (firstWord === 'the' || firstWord === 'this') {
    const head = headOf(index, range);
    return head !== null && DOCUMENTS.has(index.words[head] ?? '') ? 'document' : 'description';
  }
  return 'name';
}

/** The description's head: the last noun or name before any "of"/"for"/"at"/"in" attachment or comma. */
function headOf(index: TextIndex, range: TokenRange): number | null {
  let head: number | null = null;
  for (let k = range.first; k <= range.last; k++) {
    const w = index.words[k] ?? '';
    if (w === 'of' || w === 'for' || w === 'at' || w === ',' || w === 'in') break;
    if (index.tokens[k]?.pos === 'NOUN' || index.tokens[k]?.pos === 'PROPN') head = k;
  }
  return head;
}

/**
 * The mention that names the speaker: the one holding the source's head ("The Fictional News Agency",
 * "Joel Pollak of Breitbart"), else a person named in it ("the chairman, John Podesta"). A body named
 * only in an attachment ("a spokesman for the ministry") does not name the speaker.
 */
function namingMention(index: TextIndex, mentions: readonly Mention[], range: TokenRange): Mention | null {
  const head = headOf(index, range);
  const at = head === null ? null : index.tokens[head];
  if (at) {
    const holding = mentions.find((m) => m.span.start <= at.start && at.end <= m.span.end);
    if (holding) return holding;
  }
  const span = tokenSpan(index, range.first, range.last);
  return (
    mentions.find((m) => m.kind === 'person' && overlaps(m.span, span) && !isPossessor(index, m)) ?? null
  );
}

/** "Drummond" in "Mr Drummond's aides": whose they are, not who speaks. */
function isPossessor(index: TextIndex, mention: Mention): boolean {
  return /^['’]s?\b/u.test(index.text.slice(mention.span.end, mention.span.end + 3));
}

/** What a mention's titles ("Mrs.") or given name ("Petra") say of a person's gender, if anything. */
function genderOf(mention: Mention): 'f' | 'm' | null {
  for (const word of mention.titles.flatMap((t) => t.split(/\s+/)).map(titleWordOf)) {
    if (FEMININE_TITLES.has(word)) return 'f';
    if (MASCULINE_TITLES.has(word)) return 'm';
  }
  return genderOfGivenName(mention.text.split(/\s+/)[0]?.toLowerCase());
}

/** Whether a mention can be what a pronoun stands for: "she" is never a man the text names as one. */
function compatible(pronoun: string, mention: Mention): boolean {
  if (PERSON_PRONOUNS.has(pronoun)) {
    const gender = mention.kind === 'person' ? genderOf(mention) : null;
    const wanted = pronoun === 'she' || pronoun === 'her' ? 'f' : 'm';
    return mention.kind === 'person' && (gender === null || gender === wanted);
  }
  if (GROUP_PRONOUNS.has(pronoun)) return mention.kind === 'organization';
  return mention.kind === 'person' || mention.kind === 'organization';
}

/**
 * The antecedent of a pronoun: the nearest compatible mention before it within the paragraph and the
 * two before, preferring the speaker of an earlier statement (the text is about who is speaking).
 */
function pronounAntecedent(
  context: SpeakerContext,
  pronoun: string,
  at: number,
  speakers: readonly Mention[],
): Mention | null {
  const { index, mentions } = context;
  const paragraph = paragraphIndex(index, at);
  const floor = index.paragraphs[Math.max(0, paragraph - 2)]?.start ?? 0;
  const candidates = mentions.filter(
    (m) => m.span.end <= at && m.span.start >= floor && compatible(pronoun, m),
  );
  const last = candidates.at(-1);
  if (!last) return null;
  const speaking = speakers.filter((s) => s.span.start >= floor && compatible(pronoun, s)).at(-1);
  // A pronoun goes with the last speaker when no other compatible name stands between them.
  if (speaking && !candidates.some((m) => m.span.start > speaking.span.end && m.chain !== speaking.chain))
    return speaking;
  return last;
}

function paragraphIndex(index: TextIndex, at: number): number {
  for (let p = index.paragraphs.length - 1; p >= 0; p--)
    if ((index.paragraphs[p]?.start ?? 0) <= at) return p;
  return 0;
}

/** Whether `text` holds a word that starts with `noun` ("Foreign Minister" holds "minister"). */
function holds(text: string, noun: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .some((word) => word.startsWith(noun));
}

/**
 * The antecedent of a description ("the minister", "the ministry"): the nearest mention before it whose
 * titles or role facts hold the description's head noun, or, for a body, whose name does.
 */
function descriptionAntecedent(context: SpeakerContext, noun: string, at: number): Mention | null {
  const { mentions, roles } = context;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || m.span.end > at) continue;
    if (m.titles.some((title) => holds(title, noun))) return m;
    if (roles.some((r) => r.chain === m.chain && r.span.end <= at && holds(r.text, noun))) return m;
    if (m.kind !== 'person' && holds(m.text, noun)) return m;
  }
  return null;
}

function speakerRecord(
  index: TextIndex,
  span: Span,
  antecedent: Mention | null,
  chain: number | null,
  unnamed: boolean,
): Speaker {
  return {
    span,
    text: textOf(index, span),
    antecedent: antecedent ? antecedent.span : null,
    chain,
    entityId: null,
    unnamed,
  };
}

/**
 * The speaker of a source range. `relative` is what a relative pronoun stands for ("Weaver" in
 * "said Weaver, who said ..."); `speakers` are the mentions named as speakers earlier in the document.
 */
export function resolveSpeaker(
  context: SpeakerContext,
  range: TokenRange,
  relative: TokenRange | null,
  speakers: readonly Mention[],
): ResolvedSpeaker {
  const { index, mentions } = context;
  const span = trimmed(index, range);
  const form = formOf(index, range);
  const named = form === 'pronoun' ? null : namingMention(index, mentions, range);
  if (named || form === 'name') {
    return {
      speaker: speakerRecord(index, span, null, named?.chain ?? null, false),
      form: 'name',
      resolved: false,
    };
  }
  if (form === 'unnamed' || form === 'document') {
    return { speaker: speakerRecord(index, span, null, null, form === 'unnamed'), form, resolved: false };
  }
  let antecedent: Mention | null = null;
  if (form === 'pronoun') {
    const word = index.words[range.first] ?? '';
    if (relative) {
      const target = trimmed(index, relative);
      antecedent = namingMention(index, mentions, relative);
      if (!antecedent) {
        const speaker = speakerRecord(index, span, null, null, false);
        speaker.antecedent = target;
        return { speaker, form, resolved: true };
      }
    } else if (!UNRESOLVABLE.has(word)) {
      antecedent = pronounAntecedent(context, word, span.start, speakers);
    }
  } else {
    const head = headOf(index, range);
    antecedent = head === null ? null : descriptionAntecedent(context, index.words[head] ?? '', span.start);
  }
  // A description no one named before ("the minister's spokesman") is an unnamed source, kept as written.
  const unnamed = form === 'description' && antecedent === null;
  return {
    speaker: speakerRecord(index, span, antecedent, antecedent?.chain ?? null, unnamed),
    form,
    resolved: antecedent !== null,
  };
}
