import type { Kysely } from 'kysely';
import type { Curation, Entity, MentionKind } from '../model.ts';
import { localsFromRow, roleFactsFromRow } from './annotation-rows.ts';
import { annotationsInOrder } from './annotations-in-order.ts';
import { documentRefColumns, documentRefOf } from './document-refs.ts';
import { keysetBatches } from './keyset-batches.ts';
import { entityScopeStore, storeKeyVersion, takeIn } from './kysely-entity-scope.ts';
import { replaceResolved, resolutionMark } from './resolution-guard.ts';
import { rowInserter } from './row-inserter.ts';
import type { CurationTable, EntityNameTable, EntityTable, MembershipTable, Tables } from './schema.ts';
import type { CurationStore, EntityStore, Membership, Page } from './store.ts';

/** Entities (resolution output, replaced whole) and curations (people's changes, only ever appended). */

const insert = {
  entities: rowInserter<EntityTable>((db, rows) => db.insertInto('entities').values(rows)),
  names: rowInserter<EntityNameTable>((db, rows) => db.insertInto('entity_names').values(rows)),
  memberships: rowInserter<MembershipTable>((db, rows) => db.insertInto('memberships').values(rows)),
};

function entityRow(entity: Entity): EntityTable {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: JSON.stringify(entity.aliases),
    roles: JSON.stringify(entity.roles),
    documents: entity.documents,
    mentions: entity.mentions,
  };
}

function entityFromRow(row: EntityTable): Entity {
  return {
    id: row.id,
    kind: row.kind as MentionKind,
    name: row.name,
    aliases: JSON.parse(row.aliases),
    roles: JSON.parse(row.roles),
    documents: Number(row.documents),
    mentions: Number(row.mentions),
  };
}

/** Each distinct name of an entity (its preferred name and its aliases) with its key. */
function nameRows(entity: Entity, keyOf: (name: string) => string): EntityNameTable[] {
  const names = new Set([entity.name, ...entity.aliases.map((a) => a.name)]);
  return [...names].map((name) => ({ entity_id: entity.id, name, key: keyOf(name) }));
}

/** Entity records, their names with keys (`entitiesByKeys`) and the memberships of local entities. */
export async function insertEntityRecords(
  trx: Kysely<Tables>,
  entities: readonly Entity[],
  memberships: readonly Membership[],
  keyOf: (name: string) => string,
): Promise<void> {
  await insert.entities(trx, entities.map(entityRow));
  await insert.names(
    trx,
    entities.flatMap((e) => nameRows(e, keyOf)),
  );
  await insert.memberships(
    trx,
    memberships.map((m) => ({ document_id: m.documentId, chain: m.chain, entity_id: m.entityId })),
  );
}

export function entityStore(db: Kysely<Tables>): EntityStore {
  const byMentions = () => db.selectFrom('entities').selectAll().orderBy('mentions', 'desc').orderBy('id');

  return {
    ...entityScopeStore(db),

    async *allLocals() {
      for await (const row of annotationsInOrder(db, 'locals')) yield* localsFromRow(row);
    },

    async *allRoleFacts() {
      for await (const row of annotationsInOrder(db, 'roles')) yield* roleFactsFromRow(row);
    },

    resolutionMark: () => resolutionMark(db),

    replaceEntities(entities, memberships, keyOf, mark, resolved) {
      return replaceResolved(db, 'entities', mark, async (trx) => {
        await trx.deleteFrom('memberships').execute();
        await trx.deleteFrom('entity_names').execute();
        await trx.deleteFrom('entities').execute();
        await insertEntityRecords(trx, entities, memberships, keyOf);
        if (!resolved) return;
        await takeIn(trx, resolved);
        await storeKeyVersion(trx, resolved);
      });
    },

    async getEntity(id: string) {
      const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? entityFromRow(row) : undefined;
    },

    async listEntities(page: Page, kind?: MentionKind) {
      let query = byMentions();
      if (kind) query = query.where('kind', '=', kind);
      return (await query.limit(page.limit).offset(page.offset).execute()).map(entityFromRow);
    },

    async countEntities(kind?: MentionKind) {
      let query = db.selectFrom('entities');
      if (kind) query = query.where('kind', '=', kind);
      const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async entitiesByKeys(keys: readonly string[]) {
      if (keys.length === 0) return [];
      const rows = await byMentions()
        .where('id', 'in', (eb) => eb.selectFrom('entity_names').select('entity_id').where('key', 'in', keys))
        .execute();
      return rows.map(entityFromRow);
    },

    async coMentioned(entityId: string, limit: number) {
      const rows = await db
        .selectFrom('memberships as mine')
        .innerJoin('memberships as other', 'other.document_id', 'mine.document_id')
        .innerJoin('entities', 'entities.id', 'other.entity_id')
        .selectAll('entities')
        .select((eb) => eb.fn.count<number>('other.document_id').distinct().as('shared'))
        .where('mine.entity_id', '=', entityId)
        .where('other.entity_id', '!=', entityId)
        .groupBy(['entities.id', 'entities.kind', 'entities.name', 'entities.aliases', 'entities.roles'])
        .groupBy(['entities.documents', 'entities.mentions'])
        .orderBy('shared', 'desc')
        .orderBy('entities.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ entity: entityFromRow(row), documents: Number(row.shared) }));
    },

    async documentsNaming(entityId: string, page: Page) {
      const rows = await db
        .selectFrom('documents')
        .select(documentRefColumns)
        .where('documents.id', 'in', (eb) =>
          eb
            .selectFrom('memberships')
            .select('memberships.document_id')
            .where('memberships.entity_id', '=', entityId),
        )
        .orderBy((eb) => eb('documents.published', 'is', null))
        .orderBy('documents.published', 'desc')
        .orderBy('documents.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return rows.map(documentRefOf);
    },

    async *allEntities() {
      const batches = keysetBatches(
        1000,
        (after) =>
          db.selectFrom('entities').selectAll().where('id', '>', after).orderBy('id').limit(1000).execute(),
        (row) => row.id,
      );
      for await (const row of batches) yield entityFromRow(row);
    },
  };
}

function curationFromRow(row: Omit<CurationTable, 'seq'>): Curation {
  return {
    id: row.id,
    by: row.by,
    at: row.at,
    reason: row.reason,
    action: JSON.parse(row.action),
    undone: row.undone_by && row.undone_at ? { by: row.undone_by, at: row.undone_at } : null,
  };
}

export function curationStore(db: Kysely<Tables>): CurationStore {
  return {
    async addCuration(curation: Curation) {
      await db
        .insertInto('curations')
        .values({
          id: curation.id,
          by: curation.by,
          at: curation.at,
          reason: curation.reason,
          action: JSON.stringify(curation.action),
          undone_by: curation.undone?.by ?? null,
          undone_at: curation.undone?.at ?? null,
        })
        .execute();
    },

    async listCurations() {
      return (await db.selectFrom('curations').selectAll().orderBy('seq').execute()).map(curationFromRow);
    },

    async markUndone(id: string, by: string, at: string) {
      // An undo is recorded once: undoing an undone curation changes nothing.
      await db
        .updateTable('curations')
        .set({ undone_by: by, undone_at: at })
        .where('id', '=', id)
        .where('undone_at', 'is', null)
        .execute();
    },
  };
}
