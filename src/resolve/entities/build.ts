import { createHash } from 'node:crypto';
import type { Entity, LocalEntity, MentionKind, RoleFact } from '../../model.ts';
import { canonicalName, type Group } from './groups.ts';

/** Which entity one document's chain belongs to. */
export interface Assignment {
  documentId: string;
  chain: number;
  entityId: string;
}

export interface Resolution {
  entities: Entity[];
  /** One per local entity, in the order of the input. */
  assignments: Assignment[];
}

const ALL_CAPS = /^[^\p{Ll}]+$/u;

function wordCount(name: string): number {
  return name.split(/[\s-]+/).length;
}

export function hashed(kind: string, ...parts: string[]): string {
  return `${kind}-${createHash('sha256')
    .update(`${kind}\u0000${parts.join('\u0000')}`)
    .digest('hex')
    .slice(0, 12)}`;
}

/** Mention counts of every surface name of a group's members, most used first. */
export function aliasesOf(locals: readonly LocalEntity[], members: readonly number[]) {
  const counts = new Map<string, number>();
  for (const i of members)
    for (const n of locals[i]?.names ?? []) counts.set(n.name, (counts.get(n.name) ?? 0) + n.count);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The preferred name: the most complete of the members' best names (most words), then one not in
 * capitals (a dateline's "NEW YORK" is how a wire prints it, not its name), then the most used; ties
 * broken by the name itself so that runs agree.
 */
export function preferredName(
  locals: readonly LocalEntity[],
  members: readonly number[],
  counted = aliasesOf(locals, members),
): string {
  const aliases = new Map(counted.map((a) => [a.name, a.count]));
  const names = [...new Set(members.map((i) => locals[i]?.name ?? ''))].filter((n) => n !== '');
  names.sort(
    (a, b) =>
      wordCount(b) - wordCount(a) ||
      Number(ALL_CAPS.test(a)) - Number(ALL_CAPS.test(b)) ||
      (aliases.get(b) ?? 0) - (aliases.get(a) ?? 0) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return names[0] ?? '';
}

/** `documentId:chain` of a local entity or a role fact, padded so that keys sort by chain. */
function memberKey(item: { documentId: string; chain: number } | undefined): string {
  return item ? `${item.documentId}:${String(item.chain).padStart(6, '0')}` : '';
}

/**
 * Entity ids from content: the kind and the group's key. Groups that share a key (Karimi and Karami
 * have one skeleton) are told apart by their preferred name's canonical spelling, and failing that by
 * their first member, so the same corpus always gives the same ids.
 */
function idsOf(locals: readonly LocalEntity[], groups: readonly Group[], names: readonly string[]): string[] {
  const byKey = new Map<string, number[]>();
  for (const [g, group] of groups.entries()) {
    const key = `${group.kind}|${group.key}`;
    const list = byKey.get(key);
    if (list) list.push(g);
    else byKey.set(key, [g]);
  }
  const ids: string[] = new Array(groups.length).fill('');
  for (const list of byKey.values()) {
    const first = list[0];
    const group = first === undefined ? undefined : groups[first];
    if (!group || first === undefined) continue;
    if (list.length === 1) {
      ids[first] = hashed(group.kind, group.key);
      continue;
    }
    const spellings = new Map<string, number[]>();
    for (const g of list) {
      const spelling = canonicalName(names[g] ?? '');
      const same = spellings.get(spelling);
      if (same) same.push(g);
      else spellings.set(spelling, [g]);
    }
    for (const [spelling, same] of spellings) {
      for (const g of same) {
        const members = groups[g]?.members ?? [];
        const earliest = same.length === 1 ? '' : (members.map((i) => memberKey(locals[i])).sort()[0] ?? '');
        ids[g] = hashed(group.kind, group.key, spelling, earliest);
      }
    }
  }
  return ids;
}

/** A local entity's (or role fact's) document and chain as one string, to key maps and sets. */
export function chainKey(item: { documentId: string; chain: number }): string {
  return `${item.documentId}\u0000${item.chain}`;
}

/** Roles of each chain, to look up a group's roles without scanning them all. */
export function rolesByChain(roles: readonly RoleFact[]): Map<string, RoleFact[]> {
  const byChain = new Map<string, RoleFact[]>();
  for (const role of roles) {
    const key = chainKey(role);
    const list = byChain.get(key);
    if (list) list.push(role);
    else byChain.set(key, [role]);
  }
  return byChain;
}

/** The entity record of one group of local entities, with the given id, kind and preferred name. */
export function entityOf(
  locals: readonly LocalEntity[],
  members: readonly number[],
  head: { id: string; kind: MentionKind; name: string },
  roles: ReadonlyMap<string, RoleFact[]>,
  aliases = aliasesOf(locals, members),
): Entity {
  const found: RoleFact[] = [];
  if (roles.size > 0) {
    for (const i of members) {
      const local = locals[i];
      if (local) found.push(...(roles.get(chainKey(local)) ?? []));
    }
  }
  return {
    ...head,
    aliases,
    roles: found
      .map((r) => ({ text: r.text, documentId: r.documentId, span: r.span }))
      .sort((a, b) =>
        a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.span.start - b.span.start,
      ),
    documents: new Set(members.map((i) => locals[i]?.documentId)).size,
    mentions: aliases.reduce((sum, a) => sum + a.count, 0),
  };
}

export function byId(a: Entity, b: Entity): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Entity records and assignments for groups of local entities. */
export function buildResolution(
  locals: readonly LocalEntity[],
  groups: readonly Group[],
  roles: readonly RoleFact[] = [],
): Resolution {
  const aliases = groups.map((group) => aliasesOf(locals, group.members));
  const names = groups.map((group, g) => preferredName(locals, group.members, aliases[g]));
  const ids = idsOf(locals, groups, names);
  const groupOf = new Int32Array(locals.length).fill(-1);
  for (const [g, group] of groups.entries()) for (const i of group.members) groupOf[i] = g;
  const byChain = rolesByChain(roles);
  const entities = groups.map((group, g) =>
    entityOf(
      locals,
      group.members,
      { id: ids[g] ?? '', kind: group.kind, name: names[g] ?? '' },
      byChain,
      aliases[g],
    ),
  );
  const assignments = locals.map((local, i) => ({
    documentId: local.documentId,
    chain: local.chain,
    entityId: ids[groupOf[i] ?? -1] ?? '',
  }));
  return { entities: entities.sort(byId), assignments };
}
