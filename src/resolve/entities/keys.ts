import { initialsOf } from '../../extract/mentions/acronyms.ts';
import { countryNameOf } from '../../extract/mentions/lexicon/gazetteer.ts';
import { THING_WORDS } from '../../extract/mentions/lexicon/names.ts';
import { personNameOf, plainName } from '../../extract/mentions/person-name.ts';
import type { LocalEntity } from '../../model.ts';
import { canonicalName } from './groups.ts';
import { acronymsOf, longNameOf, organizationKey } from './organizations.ts';
import { deletionKeys } from './persons.ts';
import { headedParts, isHead } from './short-forms.ts';
import { canonicalSpelling, skeletonOf } from './transliteration.ts';

/**
 * The keys under which `resolveEntities` may compare a local entity with another. Every step of
 * resolution only looks at local entities that share a block or an id key, or where one looks up a
 * name the other is indexed by; each of those is a key here. So the local entities connected to new
 * documents through keys, taken to closure, can be resolved apart from the rest of the corpus and give
 * the entities a whole run would: that is what makes resolution incremental. A key missing here would
 * make an incremental run differ from a whole one; the tests compare the two.
 *
 * Three sorts, so that common names do not tie the corpus into one block:
 * - `k`: a block; every local entity with the key meets every other (surname skeletons, acronyms).
 * - `=k`: a name the entity is indexed by; it meets only those that look the name up.
 * - `?k`: a lookup; it meets only those indexed by the name (an untyped "Reuters" looking for the
 *   one body called that; two bodies that share a name do not meet through it).
 *
 * Bump the version when the keys, or what resolution compares, change: stored keys are then rebuilt.
 */
export const RESOLUTION_KEYS_VERSION = 1;

const indexed = (key: string) => `=${key}`;
const lookup = (key: string) => `?${key}`;

/** The keys a key meets: itself for a block, the lookups of an index entry, the index of a lookup. */
export function keysMeeting(key: string): string[] {
  if (key.startsWith('=')) return [`?${key.slice(1)}`];
  if (key.startsWith('?')) return [`=${key.slice(1)}`];
  return [key];
}

/** A person's name as `groupPeople` reads it: given names and surname in canonical spelling. */
export function personKeys(name: string): string[] {
  const parts = personNameOf(name);
  const given = parts.given.map(canonicalSpelling);
  const surname = skeletonOf(canonicalSpelling(parts.surname));
  const givenSkeleton = skeletonOf(given.join(''));
  // Spellings, partial names and leftovers are blocked by the surname's skeleton; a group's id comes
  // from the given names and surname of its most complete name ("James E." and "James" share one).
  const keys = [`ps:${surname}`, `pk:${`${givenSkeleton} ${surname}`.trim()}`];
  const full = given.length > 0 && !given.every((g) => g.length === 1);
  if (full && surname.length >= 3)
    for (const key of deletionKeys(surname)) keys.push(`pt:${givenSkeleton}|${key}`);
  return keys;
}

/** The key of a name as untyped entities and alias curations look it up. */
export const nameLookup = (name: string) => lookup(`nm:${plainName(name)}`);

/** Acronyms and long names an organisation is grouped by, and the short forms it is indexed or looked up by. */
function organizationKeys(local: LocalEntity): string[] {
  const acronyms = acronymsOf(local);
  const keys = acronyms.map((a) => `oa:${a}`);
  const long = longNameOf(local);
  const key = long === null ? null : organizationKey(long);
  if (key !== null) keys.push(`ok:${key}`);
  if (key === null || !key.includes(' ')) {
    // Without a name of several words it may be a short form, looking up the bodies it may stand for.
    for (const acronym of acronyms) keys.push(lookup(`si:${acronym}`));
    for (const { name } of local.names)
      if (!/\s/.test(plainName(name))) keys.push(lookup(`sa:${plainName(name)}`));
    return keys;
  }
  const first = key.split(' ')[0] ?? '';
  if (!THING_WORDS.has(first) && !isHead(first)) keys.push(indexed(`sa:${first}`));
  const initials = initialsOf(key);
  if (initials.length >= 3) keys.push(indexed(`si:${initials}`));
  keys.push(lookup(`sp:${key}`), ...headedParts(key).map((part) => indexed(`sp:${part}`)));
  return keys;
}

function spellingKey(prefix: string, name: string): string {
  return `${prefix}:${skeletonOf(canonicalName(name).replace(/ /g, ''))}`;
}

/**
 * A key as the ledger stores it: a 53-bit hash (two 32-bit FNV-1a with different seeds), which an
 * index compares faster than text. Two keys sharing a hash only make a part of the corpus read a
 * document it need not; what is connected is decided on the keys themselves.
 */
export function storedKey(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** The keys of a document's local entities, each once, as stored with the document. */
export function documentKeys(locals: readonly LocalEntity[]): number[] {
  return [...new Set(locals.flatMap(resolutionKeys).map(storedKey))];
}

export function resolutionKeys(local: LocalEntity): string[] {
  const keys: string[] = [];
  // Every name a body is known by: untyped entities and alias curations look it up (`nm`), and so do
  // short forms of organisations (`sa`, which also indexes the first word of a long name).
  const names = local.kind === 'person' ? [] : [local.name, ...local.names.map((n) => n.name)].map(plainName);
  for (const name of names) keys.push(indexed(`nm:${name}`));
  if (local.kind === 'organization') for (const name of names) keys.push(indexed(`sa:${name}`));
  if (local.kind === 'person') keys.push(...personKeys(local.name));
  else if (local.kind === 'organization') keys.push(...organizationKeys(local));
  else if (local.kind === 'place') keys.push(spellingKey('pl', countryNameOf(local.name)));
  else if (local.kind === 'event') keys.push(spellingKey('ev', local.name));
  else {
    keys.push(spellingKey('ot', local.name), nameLookup(local.name));
    // A single untyped word may be a person's surname.
    if (!/\s/.test(local.name)) keys.push(...personKeys(local.name));
  }
  return [...new Set(keys)];
}
