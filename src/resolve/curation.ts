import { plainName } from '../extract/mentions/person-name.ts';
import type { Curation, Entity, LocalEntity, MentionKind, RoleFact } from '../model.ts';
import { byId, entityOf, hashed, preferredName, type Resolution, rolesByChain } from './entities/build.ts';

/**
 * People's corrections applied on top of a resolution, in the order given, so that they survive
 * every new resolution run: `merge` joins entities under the first one's id; `split` takes the local
 * entities whose best name is one of the names out into an entity of their own; `alias` adds a name
 * and brings in the local entities known by it; `rename` and `kind` set the name and the kind.
 * Undone curations are skipped; statement curations (`speaker`, `quote-kind`) are not about entities.
 */
export interface CuratedResolution extends Resolution {
  /** Curations that name an entity the resolution no longer has: kept, reported, not applied. */
  unapplied: string[];
}

interface State {
  members: Map<string, number[]>;
  kinds: Map<string, MentionKind>;
  names: Map<string, string>;
  extraAliases: Map<string, string[]>;
  /** Where a merged entity's id now points. */
  merged: Map<string, string>;
  touched: Set<string>;
}

function current(state: State, id: string): string {
  let at = id;
  for (let hops = 0; hops < 1000; hops++) {
    const next = state.merged.get(at);
    if (next === undefined) return at;
    at = next;
  }
  return at;
}

function moveWhere(state: State, to: string, test: (i: number) => boolean): void {
  const target = state.members.get(to) ?? [];
  for (const [id, list] of state.members) {
    if (id === to) continue;
    const moving = list.filter(test);
    if (moving.length === 0) continue;
    state.members.set(
      id,
      list.filter((i) => !test(i)),
    );
    target.push(...moving);
    state.touched.add(id);
  }
  state.members.set(to, target);
  state.touched.add(to);
}

/** Applies one curation; false when an entity it names is gone. */
function apply(state: State, locals: readonly LocalEntity[], curation: Curation): boolean {
  const { action } = curation;
  if (action.type === 'speaker' || action.type === 'quote-kind') return true;
  if (action.type === 'merge') {
    const [first, ...rest] = action.entities.map((id) => current(state, id));
    if (first === undefined || !state.members.has(first)) return false;
    const target = state.members.get(first) ?? [];
    for (const id of rest) {
      const list = state.members.get(id);
      if (!list || id === first) continue;
      target.push(...list);
      state.members.delete(id);
      state.merged.set(id, first);
    }
    state.touched.add(first);
    return rest.every((id) => id === first || state.merged.has(id));
  }
  const id = current(state, action.entity);
  const list = state.members.get(id);
  if (!list) return false;
  if (action.type === 'split') {
    const names = new Set(action.names.map(plainName));
    const moving = list.filter((i) => names.has(plainName(locals[i]?.name ?? '')));
    if (moving.length === 0) return false;
    const splitId = hashed(state.kinds.get(id) ?? 'other', 'split', id, ...[...names].sort());
    state.members.set(
      id,
      list.filter((i) => !moving.includes(i)),
    );
    state.members.set(splitId, moving);
    state.kinds.set(splitId, state.kinds.get(id) ?? 'other');
    state.touched.add(id).add(splitId);
    return true;
  }
  if (action.type === 'alias') {
    const alias = plainName(action.alias);
    moveWhere(state, id, (i) => plainName(locals[i]?.name ?? '') === alias);
    state.extraAliases.set(id, [...(state.extraAliases.get(id) ?? []), action.alias]);
    return true;
  }
  if (action.type === 'rename') state.names.set(id, action.name);
  else state.kinds.set(id, action.kind);
  state.touched.add(id);
  return true;
}

function withExtraAliases(entity: Entity, extra: readonly string[]): Entity {
  const known = new Set(entity.aliases.map((a) => plainName(a.name)));
  const added = extra.filter((name) => !known.has(plainName(name))).map((name) => ({ name, count: 0 }));
  return added.length === 0 ? entity : { ...entity, aliases: [...entity.aliases, ...added] };
}

export function applyCurations(
  locals: readonly LocalEntity[],
  resolution: Resolution,
  curations: readonly Curation[],
  roles: readonly RoleFact[] = [],
): CuratedResolution {
  const state: State = {
    members: new Map(resolution.entities.map((e) => [e.id, []])),
    kinds: new Map(resolution.entities.map((e) => [e.id, e.kind])),
    names: new Map(),
    extraAliases: new Map(),
    merged: new Map(),
    touched: new Set(),
  };
  for (const [i, assignment] of resolution.assignments.entries())
    state.members.get(assignment.entityId)?.push(i);
  const unapplied = curations.filter((c) => c.undone === null && !apply(state, locals, c)).map((c) => c.id);

  const before = new Map(resolution.entities.map((e) => [e.id, e]));
  const byChain = rolesByChain(roles);
  const entities: Entity[] = [];
  const entityIdOf = new Array<string>(locals.length);
  for (const [id, members] of state.members) {
    for (const i of members) entityIdOf[i] = id;
    if (members.length === 0) continue;
    const kind = state.kinds.get(id) ?? 'other';
    const unchanged = !state.touched.has(id) ? before.get(id) : undefined;
    const name = state.names.get(id) ?? unchanged?.name ?? preferredName(locals, members);
    const entity = unchanged ?? entityOf(locals, members, { id, kind, name }, byChain);
    entities.push(withExtraAliases({ ...entity, kind, name }, state.extraAliases.get(id) ?? []));
  }
  const assignments = resolution.assignments.map((a, i) => ({ ...a, entityId: entityIdOf[i] ?? a.entityId }));
  return { entities: entities.sort(byId), assignments, unapplied };
}
