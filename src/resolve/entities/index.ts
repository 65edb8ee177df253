import { countryNameOf } from '../../extract/mentions/lexicon/gazetteer.ts';
import { plainName } from '../../extract/mentions/person-name.ts';
import type { LocalEntity, MentionKind, RoleFact } from '../../model.ts';
import { buildResolution, type Resolution } from './build.ts';
import { type Group, groupBySpelling } from './groups.ts';
import { groupOrganizations } from './organizations.ts';
import { groupPeople } from './persons.ts';

export type { Assignment, Resolution } from './build.ts';

/**
 * Corpus-wide resolution: every document's local entities grouped into one entity per actor. A pure
 * function of its input (the same locals give the same entities and ids), near-linear: names are
 * compared only within blocks that share a spelling-invariant key, never all pairs.
 *
 * Order: people, organisations (with acronyms), places (country names unified), events; then what a
 * document could not type ("other") joins the one entity whose name it is, or a person it fits as a
 * bare surname, or else groups with its own spellings.
 */
export function resolveEntities(locals: readonly LocalEntity[], roles: readonly RoleFact[] = []): Resolution {
  const byKind: Record<MentionKind, number[]> = {
    person: [],
    organization: [],
    place: [],
    event: [],
    other: [],
  };
  // In document and chain order, whatever the input's: where a step takes the first of several, the
  // same corpus read in another order (a part of it, incrementally) gives the same entities.
  const order = locals.map((_, i) => i).sort((a, b) => compareChains(locals[a], locals[b]));
  for (const i of order) {
    const local = locals[i];
    if (local) byKind[local.kind].push(i);
  }
  const lone = byKind.other.filter((i) => !/\s/.test(locals[i]?.name ?? ' '));
  const people = groupPeople(locals, byKind.person, lone);
  const groups: Group[] = [
    ...people.groups,
    ...groupOrganizations(locals, byKind.organization),
    ...groupBySpelling(locals, byKind.place, 'place', (local) => countryNameOf(local.name)),
    ...groupBySpelling(locals, byKind.event, 'event'),
  ];
  const unplacedLone = new Set(people.unplaced);
  const loneSet = new Set(lone);
  const rest = byKind.other.filter((i) => !loneSet.has(i) || unplacedLone.has(i));
  const named = joinByName(locals, groups, rest);
  groups.push(...groupBySpelling(locals, named.unplaced, 'other'));
  return buildResolution(locals, groups, roles);
}

function compareChains(a: LocalEntity | undefined, b: LocalEntity | undefined): number {
  const x = a?.documentId ?? '';
  const y = b?.documentId ?? '';
  return x < y ? -1 : x > y ? 1 : (a?.chain ?? 0) - (b?.chain ?? 0);
}

/** Local entities of unknown kind join the one typed entity that uses their exact name. */
function joinByName(
  locals: readonly LocalEntity[],
  groups: readonly Group[],
  indices: readonly number[],
): { unplaced: number[] } {
  const owners = new Map<string, Set<number>>();
  for (const [g, group] of groups.entries()) {
    if (group.kind === 'person') continue;
    for (const i of group.members) {
      for (const { name } of locals[i]?.names ?? []) {
        const key = plainName(name);
        const set = owners.get(key) ?? new Set();
        set.add(g);
        owners.set(key, set);
      }
    }
  }
  const unplaced: number[] = [];
  for (const i of indices) {
    const found = owners.get(plainName(locals[i]?.name ?? ''));
    const [owner] = found ?? [];
    if (found?.size === 1 && owner !== undefined) groups[owner]?.members.push(i);
    else unplaced.push(i);
  }
  return { unplaced };
}
