import type { MentionKind } from '../../model.ts';
import { isKnownPlace } from './lexicon/gazetteer.ts';
import {
  EVENT_CONTEXT,
  EVENT_HEADS,
  HEADS_BEFORE_OF,
  NAME_CONNECTORS,
  NEWS_OUTLETS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
} from './lexicon/heads.ts';
import { GIVEN_NAMES, SPEECH_VERBS, THING_WORDS } from './lexicon/names.ts';
import { DEMONYMS, FUNCTION_WORDS } from './lexicon/not-names.ts';
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_QUALIFIERS } from './lexicon/titles.ts';
import type { Word } from './words.ts';

/**
 * What kind of actor a name is, from its own words (head words, the gazetteer, given names) and the
 * words around it (a title before it, "said" after it, "in" before it, "during the" before an event).
 * Returns null for what is not a name at all: a lone nationality, a title with no name after it.
 */

export interface KindEvidence {
  /** The name's words, titles already taken off. */
  name: readonly Word[];
  hasTitles: boolean;
  before: Word | undefined;
  /** The word before `before`, for "during the X". */
  beforeThat: Word | undefined;
  after: Word | undefined;
  /** The word after `after`, for "the Trade and Industry Secretary". */
  afterThat: Word | undefined;
  /** An appositive after the name holds a person's title: "Golestaani, the energy minister, said". */
  titledAppositive: boolean;
}

/** Words an appositive may start with before its title: "the", "a", "Iran's", "its former". */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/**
 * Whether the words after a name are an appositive naming a person's office: a comma, then at most
 * six words up to the next comma or the sentence's end, one of which is a title head.
 */
export function hasTitledAppositive(words: readonly Word[], after: number): boolean {
  if (words[after]?.text !== ',' || !APPOSITIVE_OPENERS.has(words[after + 1]?.key ?? '')) return false;
  const sentence = words[after]?.sentence;
  for (let k = after + 2; k < after + 8; k++) {
    const word = words[k];
    if (!word || word.sentence !== sentence || word.text === ',') return false;
    if (TITLE_HEADS.has(word.key) && !word.capitalized) return true;
  }
  return false;
}

/** A plural common noun: "Critics", "Officials", "Authorities" (and not "Abbas" or "Younes"). */
const PLURAL = /\p{L}{2}(?:[^aeiosu\W]s|ies)$/u;

/** "IRGC", "HRANA", "U.N.": short all-capital words, read as acronyms. */
export function isAcronym(word: Word): boolean {
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  return word.allCaps && letters.length >= 2 && letters.length <= 7;
}

function isTitleWord(key: string): boolean {
  return TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || TITLE_QUALIFIERS.has(key);
}

/** A word that is a title by itself ("President", "Ayatollah", "former"), not a name alone. */
function isTitleAlone(key: string): boolean {
  return TITLE_HEADS.has(key) || TITLE_QUALIFIERS.has(key);
}

function headKind(name: readonly Word[], evidence: KindEvidence): MentionKind | null {
  // The head of "Ministry of Culture" or "Department for Trade" stands before its complement.
  const of = name.findIndex((w) => w.key === 'of' || w.key === 'for');
  const head = (of > 0 ? name[of - 1] : name.at(-1))?.key ?? '';
  if (PLACE_HEADS.has(head) && !ORGANIZATION_HEADS.has(head)) return 'place';
  if (head === 'movement' || head === 'spring')
    return EVENT_CONTEXT.has(evidence.beforeThat?.key ?? '') || EVENT_CONTEXT.has(evidence.before?.key ?? '')
      ? 'event'
      : 'organization';
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  if (EVENT_HEADS.has(head)) return 'event';
  const last = name.at(-1)?.key ?? '';
  if (ORGANIZATION_HEADS.has(last)) return 'organization';
  // "Bank Melli", "University Hospital": a head that can stand first.
  const first = name[0]?.key ?? '';
  if (name.length > 1 && HEADS_BEFORE_OF.has(first) && ORGANIZATION_HEADS.has(first)) return 'organization';
  if (EVENT_HEADS.has(last)) return 'event';
  if (PLACE_HEADS.has(last)) return 'place';
  return null;
}

function singleWordKind(word: Word, evidence: KindEvidence): MentionKind | null {
  if (word.text.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (isAcronym(word)) return isKnownPlace(word.text) ? 'place' : 'organization';
  if (DEMONYMS.has(word.key) || FUNCTION_WORDS.has(word.key) || isTitleAlone(word.key)) return null;
  // "Branch 15", "Article 500": a label before a number, not a name.
  if (evidence.after?.pos === 'NUM') return null;
  if (evidence.hasTitles) return 'person';
  if (isKnownPlace(word.text)) return 'place';
  const head = headKind([word], evidence);
  if (head) return head;
  // "the Basij", "the Majlis": a person is not named with an article; a body is. But "the Trade" in
  // "the Trade and Industry Secretary" is a piece of a longer name that was not read whole.
  if (evidence.before?.key === 'the') {
    const continues = NAME_CONNECTORS.has(evidence.after?.key ?? '') && evidence.afterThat?.capitalized;
    if (continues) return null;
    // "the Tomlinson report": a name used as a modifier may be a person's; the chain decides.
    const modifies = evidence.after && !evidence.after.capitalized && evidence.after.pos === 'NOUN';
    return modifies ? 'other' : 'organization';
  }
  // "Karimi said" is a person; "Critics said", at the start of a sentence, a plural noun.
  const plural = word.opensSentence && PLURAL.test(word.text);
  if (SPEECH_VERBS.has(evidence.after?.key ?? '') && !plural) return 'person';
  if (evidence.titledAppositive && !plural) return 'person';
  if (GIVEN_NAMES.has(word.key)) return 'person';
  if (PLACE_PREPOSITIONS.has(evidence.before?.key ?? '') && evidence.after?.pos !== 'PART') return 'place';
  return 'other';
}

export function kindOf(evidence: KindEvidence): MentionKind | null {
  const { name } = evidence;
  const [first] = name;
  if (!first) return null;
  if (NEWS_OUTLETS.has(name.map((w) => w.key).join(' '))) return 'organization';
  if (name.length === 1) return singleWordKind(first, evidence);
  // "Supreme Leader", "Iranian President": a title with no name after it.
  const titleOnly = name.every((w) => isTitleWord(w.key) || DEMONYMS.has(w.key));
  if (titleOnly && TITLE_HEADS.has(name.at(-1)?.key ?? '')) return null;
  const head = headKind(name, evidence);
  if (head) return head;
  if (isKnownPlace(name.map((w) => w.text).join(' '))) return 'place';
  if (evidence.hasTitles || GIVEN_NAMES.has(first.key)) return 'person';
  if (name.some((w) => THING_WORDS.has(w.key) || isTitleWord(w.key) || w.allCaps)) return 'other';
  if (SPEECH_VERBS.has(evidence.after?.key ?? '') || (name.length <= 4 && looksPersian(name)))
    return 'person';
  if (evidence.titledAppositive) return 'person';
  // "The head of the transport office, Petra Halvorsen-Lind, told the council": a name set off by
  // commas before a verb of speech.
  if (
    evidence.before?.key === ',' &&
    evidence.after?.key === ',' &&
    SPEECH_VERBS.has(evidence.afterThat?.key ?? '')
  )
    return 'person';
  return 'other';
}

/** Endings of Persian and Arabic surnames and given names: "Tavassoli", "Larijanpour", "Nasrollah". */
const PERSIAN_SURNAME =
  /(?:[^aeiou]i|[ae]i|ee|ie|[iy]an|zadeh|zade|pour|poor|nejad|nezhad|far|vand|lou|loo|ollah|allah)$/;
const PERSIAN_GIVEN = /^(?:abdo?l|abo?l|gholam|mir|seyy?ed|sayy?id)|(?:ollah|allah|reza|hossein|ali)$/;

/** Whether a name reads as a Persian or Arabic person's, which most of this corpus's names are. */
function looksPersian(name: readonly Word[]): boolean {
  const first = name[0]?.key ?? '';
  const last = name.at(-1)?.key ?? '';
  // "Striking Brazilian": a demonym ends like "Karimian" but names no one.
  if (DEMONYMS.has(last)) return false;
  return PERSIAN_SURNAME.test(last) || PERSIAN_GIVEN.test(first) || /^(?:al|el)-/.test(last);
}
