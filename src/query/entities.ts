import type { Curation, Entity, MentionKind } from '../model.ts';
import { findEntities, nameKey } from '../resolve/entities/lookup.ts';
import type { DocumentRef, Page, Store } from '../store/store.ts';
import { NotFound } from './documents.ts';
import { correctedFilter } from './statement-corrections.ts';

/** Read models for entities: finding one by any spelling, and what the ledger knows of it. */

const ENTITY_ID = /^(person|organization|place|event|other)-[0-9a-f]{12}$/;

/** Entities a name means, in any spelling or by surname, most mentioned first; an id gives its entity. */
export async function entitiesNamed(store: Store, name: string): Promise<Entity[]> {
  const typed = name.trim();
  if (ENTITY_ID.test(typed)) {
    const entity = await store.getEntity(typed);
    return entity ? [entity] : [];
  }
  return findEntities(await store.entitiesByKeys([nameKey(typed)]), typed);
}

/** The one entity a user means; a name that fits several is an error listing them, never a guess. */
export async function resolveEntity(store: Store, name: string): Promise<Entity> {
  const found = await entitiesNamed(store, name);
  const [first, ...others] = found;
  if (!first) throw new NotFound(`no entity named "${name}"`);
  if (others.length > 0) {
    const listed = found
      .slice(0, 8)
      .map((e) => `${e.id} (${e.name}, ${e.mentions} mentions)`)
      .join('; ');
    throw new NotFound(`"${name}" names ${found.length} entities: ${listed}; give an id`);
  }
  return first;
}

export interface EntityView {
  entity: Entity;
  statements: number;
  coMentioned: Array<{ entity: Entity; documents: number }>;
  documents: DocumentRef[];
}

export async function entityView(store: Store, name: string): Promise<EntityView> {
  const entity = await resolveEntity(store, name);
  const [statements, coMentioned, documents] = await Promise.all([
    correctedFilter(store, { speakerEntities: [entity.id] }).then((filter) => store.countQuotes(filter)),
    store.coMentioned(entity.id, 10),
    store.documentsNaming(entity.id, { limit: 10, offset: 0 }),
  ]);
  return { entity, statements, coMentioned, documents };
}

export async function listEntities(
  store: Store,
  page: Page,
  kind?: MentionKind,
): Promise<{ total: number; entities: Entity[] }> {
  const [total, entities] = await Promise.all([store.countEntities(kind), store.listEntities(page, kind)]);
  return { total, entities };
}

/** Every change people made, oldest first, undone ones included. */
export function curationHistory(store: Store): Promise<Curation[]> {
  return store.listCurations();
}
