import { disjointSets } from '../../extract/mentions/disjoint-sets.ts';
import { plainName } from '../../extract/mentions/person-name.ts';
import type { LocalEntity } from '../../model.ts';
import type { Group } from './groups.ts';
import { type OrganizationCluster, shortFormTargets } from './short-forms.ts';

/**
 * Organisations across documents: the same name (up to case, accents, "the" and plural endings) is
 * one organisation, and an acronym one or more documents define for it ("Islamic Republic of Iran
 * Broadcasting (IRIB)") brings in every document that uses the acronym alone. An acronym defined for
 * two different names is ambiguous, and its bare uses stay apart from both.
 */

const ACRONYM = /^[\p{Lu}\p{N}.&/-]{2,10}$/u;

/** An acronym as compared: its letters, in capitals ("U.N." is "UN"). */
function acronymKey(acronym: string): string {
  return acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/** Heads written either before "of" or after the rest: "Ministry of Intelligence", "Intelligence Ministry". */
const MOVABLE_HEADS = new Set(['ministry', 'department', 'university']);

/**
 * An organisation's name as compared: plain words, no "the", plural endings off ("Guards" is "guard"),
 * and "Ministry of X" written as "X ministry".
 */
export function organizationKey(name: string): string {
  const words = plainName(name)
    .split(' ')
    .filter((w, k) => !(k === 0 && w === 'the'))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  const [head, of, ...rest] = words;
  if (head && MOVABLE_HEADS.has(head) && of === 'of' && rest.length > 0)
    return [...rest.filter((w) => w !== 'the'), head].join(' ');
  return words.join(' ');
}

export function longNameOf(local: LocalEntity): string | null {
  return ACRONYM.test(local.name) ? null : local.name;
}

export function acronymsOf(local: LocalEntity): string[] {
  const names = local.names.map((n) => n.name).filter((name) => ACRONYM.test(name));
  return [...new Set([...local.acronyms, ...names].map(acronymKey))];
}

/** Share of words two names have in common, over the words of either. */
function overlap(a: string, b: string): number {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

function unionByKey(
  indices: readonly number[],
  keyOf: (i: number) => string | null,
  union: (a: number, b: number) => void,
): void {
  const first = new Map<string, number>();
  for (const i of indices) {
    const key = keyOf(i);
    if (key === null) continue;
    const same = first.get(key);
    if (same === undefined) first.set(key, i);
    else union(same, i);
  }
}

export function groupOrganizations(locals: readonly LocalEntity[], indices: readonly number[]): Group[] {
  const position = new Map(indices.map((i, k) => [i, k]));
  const sets = disjointSets(indices.length);
  const at = (i: number) => position.get(i) ?? 0;
  // Each local's compared name, computed once: the steps below ask for it again and again.
  const keys = indices.map((i) => {
    const local = locals[i];
    const long = local ? longNameOf(local) : null;
    return long === null ? null : organizationKey(long);
  });
  const keyOf = (i: number) => keys[at(i)] ?? null;
  unionByKey(indices, keyOf, (a, b) => sets.union(at(a), at(b)));

  // Which named organisations define each acronym.
  const definers = new Map<string, number[]>();
  for (const i of indices) {
    const local = locals[i];
    if (!local || keyOf(i) === null) continue;
    for (const acronym of acronymsOf(local)) {
      const list = definers.get(acronym);
      if (list) list.push(i);
      else definers.set(acronym, [i]);
    }
  }
  const owner = new Map<string, number>();
  for (const [acronym, list] of [...definers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const roots = [...new Set(list.map((i) => sets.find(at(i))))];
    const [first] = list;
    if (first === undefined) continue;
    // Two spellings of one long name ("Guard Corps", "Guards Corps") define the same acronym: one body.
    const alike = list.every((i) => overlap(keyOf(i) ?? '', keyOf(first) ?? '') >= 0.6);
    if (roots.length > 1 && !alike) continue;
    for (const i of list) sets.union(at(first), at(i));
    owner.set(acronym, first);
  }
  // Bare acronyms join their one owner; otherwise bare uses of one acronym group together.
  const bare = new Map<string, number>();
  for (const i of indices) {
    const local = locals[i];
    if (!local || keyOf(i) !== null) continue;
    const acronyms = acronymsOf(local);
    const owned = acronyms.map((a) => owner.get(a)).find((o) => o !== undefined);
    if (owned !== undefined) {
      sets.union(at(owned), at(i));
      continue;
    }
    for (const acronym of acronyms) {
      const same = bare.get(acronym);
      if (same === undefined) bare.set(acronym, i);
      else sets.union(at(same), at(i));
    }
  }
  joinShortForms(
    locals,
    indices,
    (i) => sets.find(at(i)),
    (a, b) => sets.union(at(a), at(b)),
  );
  const groups = new Map<number, Group>();
  for (const i of indices) {
    const root = sets.find(at(i));
    const group = groups.get(root) ?? { kind: 'organization', key: '', members: [] };
    group.members.push(i);
    groups.set(root, group);
  }
  const owned = new Map<number, string>();
  for (const [acronym, i] of owner) if (!owned.has(sets.find(at(i)))) owned.set(sets.find(at(i)), acronym);
  for (const [root, group] of groups) group.key = owned.get(root) ?? groupKey(locals, group.members);
  return [...groups.values()];
}

/** Unions each cluster that is a short form of exactly one other with it (see short-forms.ts). */
function joinShortForms(
  locals: readonly LocalEntity[],
  indices: readonly number[],
  find: (i: number) => number,
  union: (a: number, b: number) => void,
): void {
  const byRoot = new Map<number, number[]>();
  for (const i of indices) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  const members = [...byRoot.values()];
  const clusters: OrganizationCluster[] = members.map((list) => {
    const present = list.flatMap((i) => (locals[i] ? [locals[i]] : []));
    const longNames = present.flatMap((l) => {
      const long = longNameOf(l);
      return long === null ? [] : [organizationKey(long)];
    });
    return {
      aliases: [...new Set(present.flatMap((l) => l.names.map((n) => plainName(n.name))))],
      longKeys: [...new Set(longNames.filter((key) => key.includes(' ')))],
      acronyms: [...new Set(present.flatMap(acronymsOf))],
    };
  });
  for (const [c, target] of shortFormTargets(clusters)) {
    const a = members[c]?.[0];
    const b = members[target]?.[0];
    if (a !== undefined && b !== undefined) union(a, b);
  }
}

/**
 * The key of an organisation without an acronym of its own: its most used long name, or the acronym
 * it is known by. An organisation that owns an acronym is keyed by it, which outlasts spellings.
 */
function groupKey(locals: readonly LocalEntity[], members: readonly number[]): string {
  const counts = new Map<string, number>();
  for (const i of members) {
    const local = locals[i];
    if (!local) continue;
    const long = longNameOf(local);
    const key = long === null ? (acronymsOf(local)[0] ?? local.name) : organizationKey(long);
    counts.set(key, (counts.get(key) ?? 0) + (long === null ? 0 : 1) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
