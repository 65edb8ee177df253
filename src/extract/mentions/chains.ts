import type { MentionKind } from '../../model.ts';
import { initialsOf, type Tie } from './acronyms.ts';
import type { Candidate } from './candidates.ts';
import { disjointSets } from './disjoint-sets.ts';
import { isAcronym } from './kinds.ts';
import { isKnownPlace } from './lexicon/gazetteer.ts';
import { ORGANIZATION_HEADS } from './lexicon/heads.ts';
import { genderOfGivenName, THING_WORDS } from './lexicon/names.ts';
import { FEMININE_TITLES, MASCULINE_TITLES, titleWordOf } from './lexicon/titles.ts';
import { personNameOf, plainName } from './person-name.ts';
import type { Word } from './words.ts';

/**
 * Chains of mentions within one document: every candidate that names the same actor gets the same
 * chain number. Full names group by their exact form; a surname alone, or a title and a surname,
 * joins the one full name it fits; when two people fit (a father and a son), it joins the one the
 * text has just been talking about, and otherwise stays in a chain of its own rather than guess.
 */
export interface Chained {
  /** Each candidate's chain, numbered from 0 in order of first mention; -1 for a dropped candidate. */
  chains: number[];
  /** Each chain's kind. */
  kinds: MentionKind[];
}

interface Context {
  text: string;
  words: readonly Word[];
  candidates: readonly Candidate[];
  /** Each candidate's kind, as chaining learns more about it. */
  kinds: MentionKind[];
}

function nameOf({ text, candidates }: Context, i: number): string {
  const c = candidates[i];
  return c ? text.slice(c.span.start, c.span.end) : '';
}

function wordCount({ candidates }: Context, i: number): number {
  const c = candidates[i];
  return c ? c.end - c.first : 0;
}

type Gender = 'f' | 'm' | null;

function genderOf(titles: readonly string[]): Gender {
  for (const title of titles) {
    for (const word of title.split(/\s+/)) {
      const key = titleWordOf(word);
      if (FEMININE_TITLES.has(key)) return 'f';
      if (MASCULINE_TITLES.has(key)) return 'm';
    }
  }
  return null;
}

interface Person {
  root: number;
  surname: string;
  given: string;
  gender: Gender;
  lastSentence: number;
}

/** Whether a single word may stand for the full name `person`: its surname, or its first given name. */
function fits(word: string, gender: Gender, person: Person): boolean {
  if (gender && person.gender && gender !== person.gender) return false;
  return person.surname === word || person.given === word;
}

/** Groups full names; returns the people of the document, with their last sentence so far. */
/**
 * A full name of unknown kind is a person's when the text calls its surname a person elsewhere
 * ("Tahmineh Ostad ... Ostad said", "Ms. Ostad").
 */
function upgradeNamedPeople(context: Context): void {
  const personWords = new Set<string>();
  for (const [i, c] of context.candidates.entries()) {
    if (context.kinds[i] === 'person' && wordCount(context, i) === 1)
      personWords.add(context.words[c.first]?.key ?? '');
  }
  for (const [i, c] of context.candidates.entries()) {
    if (context.kinds[i] !== 'other' || wordCount(context, i) < 2) continue;
    if (personWords.has(context.words[c.end - 1]?.key ?? '')) context.kinds[i] = 'person';
  }
}

function groupFullNames(context: Context, sets: ReturnType<typeof disjointSets>): Map<number, Person> {
  const byName = new Map<string, number>();
  const people = new Map<number, Person>();
  upgradeNamedPeople(context);
  context.candidates.forEach((_, i) => {
    if (context.kinds[i] !== 'person' || wordCount(context, i) < 2) return;
    const key = plainName(nameOf(context, i));
    const same = byName.get(key);
    if (same === undefined) byName.set(key, i);
    else sets.union(same, i);
  });
  for (const [, i] of byName) {
    const parts = personNameOf(nameOf(context, i));
    const gender = genderOf(context.candidates[i]?.titles ?? []) ?? genderOfGivenName(parts.given[0]);
    people.set(i, { root: i, surname: parts.surname, given: parts.given[0] ?? '', gender, lastSentence: -1 });
  }
  return people;
}

/**
 * The one person a lone word can mean, by fit and then by recency (this or the last sentence); null
 * when none fits, 'ambiguous' when several do and the text has not just named one of them.
 */
function personFor(
  word: string,
  gender: Gender,
  sentence: number,
  people: Iterable<Person>,
): Person | 'ambiguous' | null {
  const fitting = [...people].filter((p) => fits(word, gender, p));
  if (fitting.length <= 1) return fitting[0] ?? null;
  const recent = fitting.filter((p) => p.lastSentence >= sentence - 1);
  return recent.length === 1 ? (recent[0] ?? null) : 'ambiguous';
}

/**
 * Joins lone words to the full name they stand for; returns the candidates it joined. A lone word
 * that fits several people is a person too, left in a chain of its own.
 */
function attachSingles(
  context: Context,
  sets: ReturnType<typeof disjointSets>,
  people: Map<number, Person>,
): Set<number> {
  const attached = new Set<number>();
  for (const [i, c] of context.candidates.entries()) {
    const sentence = context.words[c.first]?.sentence ?? 0;
    if (wordCount(context, i) >= 2) {
      if (context.kinds[i] !== 'person') continue;
      const root = [...people.values()].find((p) => sets.find(p.root) === sets.find(i));
      if (root) root.lastSentence = sentence;
      continue;
    }
    const word = context.words[c.first];
    const eligible =
      c.kind === 'person' || c.kind === 'other' || (c.kind === 'place' && !isKnownPlace(nameOf(context, i)));
    if (!word || isAcronym(word) || !eligible) continue;
    const person = personFor(
      personNameOf(nameOf(context, i)).surname,
      genderOf(c.titles),
      sentence,
      people.values(),
    );
    if (person === 'ambiguous') context.kinds[i] = 'person';
    if (!person || person === 'ambiguous') continue;
    sets.union(person.root, i);
    attached.add(i);
    person.lastSentence = sentence;
  }
  return attached;
}

/** Whether a lone word is a short form of a longer organisation name: "the Agency", "the Basij". */
function shortFormOf(context: Context, i: number, organizations: readonly number[]): number | null {
  const c = context.candidates[i];
  if (!c || wordCount(context, i) !== 1) return null;
  const word = context.words[c.first];
  if (!word || context.words[c.first - 1]?.key !== 'the') return null;
  const matches = organizations.filter((o) => {
    const org = context.candidates[o];
    const first = org ? context.words[org.first] : undefined;
    const last = org ? context.words[org.end - 1] : undefined;
    if (!org || o === i || org.end - org.first < 2) return false;
    if (last?.key === word.key && ORGANIZATION_HEADS.has(word.key)) return true;
    return first?.key === word.key && !THING_WORDS.has(word.key);
  });
  // Several mentions of one organisation are one match: count the names, not the mentions.
  const names = new Set(matches.map((o) => plainName(nameOf(context, o))));
  return names.size === 1 ? (matches[0] ?? null) : null;
}

/**
 * Candidates of the same kind and the same plain name are one actor; full names are grouped already,
 * and a lone word joined to a full name is not grouped again with the lone words left apart.
 */
function groupByName(
  context: Context,
  sets: ReturnType<typeof disjointSets>,
  skip: ReadonlySet<number>,
): void {
  const byName = new Map<string, number>();
  for (const [i, c] of context.candidates.entries()) {
    const kind = context.kinds[i] ?? c.kind;
    if (skip.has(i) || (kind === 'person' && wordCount(context, i) >= 2)) continue;
    // Lone surnames left apart group by surname and by what their titles say: "Mrs." is not "Mr.".
    const name =
      kind === 'person'
        ? `${personNameOf(nameOf(context, i)).surname}|${genderOf(c.titles) ?? ''}`
        : plainName(nameOf(context, i));
    const key = `${kind}|${name}`;
    const same = byName.get(key);
    if (same === undefined) byName.set(key, i);
    else sets.union(same, i);
  }
}

const KIND_STRENGTH: Record<MentionKind, number> = {
  person: 4,
  organization: 3,
  event: 2,
  place: 1,
  other: 0,
};

export function chainsOf(
  text: string,
  words: readonly Word[],
  candidates: readonly Candidate[],
  ties: readonly Tie[],
): Chained {
  const context: Context = { text, words, candidates, kinds: candidates.map((c) => c.kind) };
  const sets = disjointSets(candidates.length);
  for (const tie of ties) sets.union(tie.a, tie.b);
  const people = groupFullNames(context, sets);
  const skip = attachSingles(context, sets, people);
  const organizations = candidates.flatMap((c, i) => (c.kind === 'organization' ? [i] : []));
  const dropped = new Set<number>();
  for (const [i, c] of candidates.entries()) {
    if (skip.has(i) || c.kind === 'person' || wordCount(context, i) !== 1) continue;
    if (context.words[c.first - 1]?.key !== 'the') continue;
    const full = shortFormOf(context, i, organizations);
    if (full !== null) {
      sets.union(full, i);
      skip.add(i);
    } else if (ORGANIZATION_HEADS.has(words[c.first]?.key ?? '')) {
      dropped.add(i);
      skip.add(i);
    }
  }
  for (const [acronym, full] of initialsWithin(context, ties)) {
    sets.union(full, acronym);
    skip.add(acronym);
  }
  for (const i of unsupportedOpeners(context, skip, ties)) dropped.add(i);
  groupByName(context, sets, skip);
  return numberChains(context, sets, dropped);
}

/**
 * An acronym the document never defines, whose letters start the words of exactly one organisation
 * it names ("the European Union ... the EU"): within one document that is the one it means.
 */
function initialsWithin(context: Context, ties: readonly Tie[]): Array<[number, number]> {
  const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
  const organizations = context.candidates.flatMap((c, i) =>
    context.kinds[i] === 'organization' && c.end - c.first >= 2 ? [i] : [],
  );
  const pairs: Array<[number, number]> = [];
  for (const [i, c] of context.candidates.entries()) {
    const word = context.words[c.first];
    if (!word || c.end - c.first !== 1 || !isAcronym(word) || tied.has(i)) continue;
    const letters = word.text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    const fits = organizations.filter((o) => initialsOf(nameOf(context, o)) === letters);
    const names = new Set(fits.map((o) => plainName(nameOf(context, o))));
    const [first] = fits;
    if (names.size === 1 && first !== undefined) pairs.push([i, first]);
  }
  return pairs;
}

/**
 * A lone word of unknown kind at the start of a sentence has its capital from its place ("Earlier,",
 * "Officials said", "Fictional report"), unless the text also capitalises it inside a sentence or ties
 * it to a name. Some of these are names the text never repeats; a missed name is better than a
 * sentence's first word taken for one.
 */
function unsupportedOpeners(context: Context, skip: Set<number>, ties: readonly Tie[]): number[] {
  const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
  const inside = new Set<string>();
  for (const c of context.candidates) {
    const word = context.words[c.first];
    if (word && !word.opensSentence) inside.add(word.key);
  }
  const found: number[] = [];
  for (const [i, c] of context.candidates.entries()) {
    const word = context.words[c.first];
    if (!word?.opensSentence || context.kinds[i] !== 'other' || wordCount(context, i) !== 1) continue;
    if (skip.has(i) || tied.has(i) || inside.has(word.key)) continue;
    found.push(i);
    skip.add(i);
  }
  return found;
}

/** Numbers chains in order of first mention and gives each the kind of its strongest member. */
function numberChains(
  context: Context,
  sets: ReturnType<typeof disjointSets>,
  dropped: Set<number>,
): Chained {
  const numberOf = new Map<number, number>();
  const kinds: MentionKind[] = [];
  const chains = context.candidates.map((c, i) => {
    if (dropped.has(i)) return -1;
    const kind = context.kinds[i] ?? c.kind;
    const root = sets.find(i);
    let chain = numberOf.get(root);
    if (chain === undefined) {
      chain = kinds.length;
      numberOf.set(root, chain);
      kinds.push(kind);
    }
    const current = kinds[chain] ?? 'other';
    if (KIND_STRENGTH[kind] > KIND_STRENGTH[current]) kinds[chain] = kind;
    return chain;
  });
  return { chains, kinds };
}
