import { personNameOf, plainName } from '../../extract/mentions/person-name.ts';
import type { Entity } from '../../model.ts';
import { canonicalSpelling, sameSpelling, skeletonOf } from './transliteration.ts';

/**
 * Entities a person asks for by name, in any spelling: "Soleimani" finds Qasem Soleimani through
 * every alias, "Ghasem Suleimani" finds him too, and "IRGC" the Revolutionary Guards. For
 * `attest quotes --speaker X` and `attest entity show X`. Most mentioned first.
 */

/** Whether the words of `query` are, in spelling, the last words of `name` ("Soleimani" in "Qasem Soleimani"). */
function endsWithSpelling(name: string, query: readonly string[]): boolean {
  const person = personNameOf(name);
  const words = [...person.given, person.surname].map(canonicalSpelling);
  if (query.length === 0 || query.length > words.length) return false;
  const tail = words.slice(words.length - query.length);
  if (query.length > 1 && sameSpelling(query.join(''), tail.join(''))) return true;
  return query.every((word, k) => sameSpelling(word, tail[k] ?? ''));
}

export function findEntities(entities: readonly Entity[], query: string): Entity[] {
  const plain = plainName(query);
  const parts = personNameOf(query);
  const words = [...parts.given, parts.surname].filter((w) => w !== '').map(canonicalSpelling);
  const matches = entities.filter((entity) =>
    entity.aliases.some(
      (alias) =>
        plainName(alias.name) === plain || (entity.kind === 'person' && endsWithSpelling(alias.name, words)),
    ),
  );
  return matches.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

/**
 * The key a name is filed under so that a lookup finds it in any spelling: the consonant skeleton of its
 * last word, read as a surname ("Soleimani", "Suleimani" and "Qasem Soleimani" share one). Different people share keys;
 * `findEntities` tells them apart among the few candidates a key gives.
 */
export function nameKey(name: string): string {
  // The surname as a person's name is read: "Ahmadi-Nejad", "Ahmadi Nejad" and "al-Sistani" as written.
  return skeletonOf(canonicalSpelling(personNameOf(name).surname));
}
