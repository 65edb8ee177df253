import { disjointSets } from '../../extract/mentions/disjoint-sets.ts';
import { plainName } from '../../extract/mentions/person-name.ts';
import type { LocalEntity, MentionKind } from '../../model.ts';
import { canonicalSpelling, sameSpelling, skeletonOf } from './transliteration.ts';

/** Local entities found to be one actor: indices into the input, and the key the entity id derives from. */
export interface Group {
  kind: MentionKind;
  /** A spelling-invariant key: the same actor gets the same key on every run. */
  key: string;
  members: number[];
}

/** The canonical spelling of a whole name, its words joined: "Isfahan" and "Esfahan" share one. */
export function canonicalName(name: string): string {
  return plainName(name).split(' ').map(canonicalSpelling).join(' ');
}

/**
 * Groups local entities whose names are spellings of one another (same consonants, matching vowel
 * classes), blocking by consonant skeleton so that only names sharing one are ever compared.
 */
export function groupBySpelling(
  locals: readonly LocalEntity[],
  indices: readonly number[],
  kind: MentionKind,
  nameOf: (local: LocalEntity) => string = (local) => local.name,
): Group[] {
  const byCanonical = new Map<string, number[]>();
  for (const i of indices) {
    const local = locals[i];
    if (!local) continue;
    const canonical = canonicalName(nameOf(local)).replace(/ /g, '');
    const list = byCanonical.get(canonical) ?? [];
    list.push(i);
    byCanonical.set(canonical, list);
  }
  const spellings = [...byCanonical.keys()].sort();
  const sets = disjointSets(spellings.length);
  const blocks = new Map<string, number[]>();
  for (const [s, spelling] of spellings.entries()) {
    const skeleton = skeletonOf(spelling);
    const block = blocks.get(skeleton) ?? [];
    for (const other of block) if (sameSpelling(spellings[other] ?? '', spelling)) sets.union(other, s);
    block.push(s);
    blocks.set(skeleton, block);
  }
  const groups = new Map<number, Group>();
  for (const [s, spelling] of spellings.entries()) {
    const root = sets.find(s);
    const group = groups.get(root) ?? { kind, key: skeletonOf(spelling), members: [] };
    group.members.push(...(byCanonical.get(spelling) ?? []));
    groups.set(root, group);
  }
  return [...groups.values()];
}
