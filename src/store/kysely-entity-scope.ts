import type { Kysely } from 'kysely';
import type { LocalEntity, RoleFact } from '../model.ts';
import { localsFromRow, roleFactsFromRow } from './annotation-rows.ts';
import { insertEntityRecords } from './kysely-entities.ts';
import { replaceResolved } from './resolution-guard.ts';
import { rowInserter } from './row-inserter.ts';
import type { AnnotationTable, EntityKeyTable, Tables } from './schema.ts';
import type { EntityResolutionState, EntityScopeStore, ResolvedCorpus, ResolvedDocuments } from './store.ts';

/**
 * What incremental entity resolution reads and writes: which documents are not resolved yet, the keys
 * each document's local entities may meet others by, and the entities of one part of the corpus
 * replaced without touching the rest.
 */

/** Marks newly stored documents for the next resolution, with their keys; `replaced` says older ones went out. */
export async function markUnresolved(
  trx: Kysely<Tables>,
  documents: ReadonlyArray<{ documentId: string; keys: readonly number[] }>,
  replaced: boolean,
): Promise<void> {
  const rows = documents.map(({ documentId, keys }) => ({
    document_id: documentId,
    keys: JSON.stringify(keys),
  }));
  if (replaced) rows.push({ document_id: REPLACED, keys: '[]' });
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('unresolved_documents')
      .values(rows.slice(i, i + 500))
      .onConflict((c) => c.doNothing())
      .execute();
  }
}

/** The entry that says a document was replaced or deleted since the last resolution. */
export const REPLACED = '*';

// A document indexed before (its keys rebuilt meanwhile) keeps its rows.
const insertKeys = rowInserter<EntityKeyTable>((db, rows) =>
  db
    .insertInto('entity_keys')
    .values(rows)
    .onConflict((c) => c.doNothing()),
);

/** Runs `query` on the ids a few hundred at a time (engines limit a statement's parameters). */
async function inBatches<T, Id>(ids: readonly Id[], query: (batch: Id[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += 500)
    for (const row of await query(ids.slice(i, i + 500))) found.push(row);
  return found;
}

/** One column of these documents' annotations rows. */
function annotationsOf<Column extends 'locals' | 'roles'>(
  db: Kysely<Tables>,
  documentIds: readonly string[],
  column: Column,
) {
  return inBatches(documentIds, (batch) =>
    db.selectFrom('annotations').select(['document_id', column]).where('document_id', 'in', batch).execute(),
  ) as Promise<Array<{ document_id: string } & Pick<AnnotationTable, Column>>>;
}

/** Indexes the keys of the documents a resolution took in, and clears their unresolved marks. */
export async function takeIn(trx: Kysely<Tables>, resolved: ResolvedDocuments): Promise<void> {
  const marks = resolved.replaced ? [...resolved.documents, REPLACED] : resolved.documents;
  const rows = await inBatches(resolved.documents, (batch) =>
    trx
      .selectFrom('unresolved_documents')
      .select(['document_id', 'keys'])
      .where('document_id', 'in', batch)
      .execute(),
  );
  await insertKeys(
    trx,
    rows.flatMap((row) =>
      (JSON.parse(row.keys) as number[]).map((key) => ({ key, document_id: row.document_id })),
    ),
  );
  await inBatches(marks, (batch) =>
    trx.deleteFrom('unresolved_documents').where('document_id', 'in', batch).execute(),
  );
}

/** Records the version of the keys' definition, replacing every document's keys if they were rebuilt. */
export async function storeKeyVersion(trx: Kysely<Tables>, resolved: ResolvedCorpus): Promise<void> {
  if (resolved.rebuiltKeys) {
    await trx.deleteFrom('entity_keys').execute();
    await insertKeys(
      trx,
      resolved.rebuiltKeys.map(({ key, documentId }) => ({ key, document_id: documentId })),
    );
  }
  await trx
    .updateTable('resolutions')
    .set({ keys_version: resolved.keysVersion })
    .where('step', '=', 'entities')
    .execute();
}

export function entityScopeStore(db: Kysely<Tables>): EntityScopeStore {
  return {
    async entityResolutionState(): Promise<EntityResolutionState> {
      const row = await db
        .selectFrom('resolutions')
        .select(['curations_mark', 'keys_version'])
        .where('step', '=', 'entities')
        .executeTakeFirst();
      const unresolved = await db.selectFrom('unresolved_documents').select('document_id').execute();
      return {
        stored: row
          ? { curationsMark: Number(row.curations_mark), keysVersion: Number(row.keys_version) }
          : null,
        documents: unresolved.map((r) => r.document_id).filter((id) => id !== REPLACED),
        replaced: unresolved.some((r) => r.document_id === REPLACED),
      };
    },

    async documentsWithKeys(keys: readonly number[]): Promise<string[]> {
      const rows = await inBatches(keys, (batch) =>
        db.selectFrom('entity_keys').select('document_id').distinct().where('key', 'in', batch).execute(),
      );
      return [...new Set(rows.map((r) => r.document_id))];
    },

    async localsOfDocuments(documentIds: readonly string[]): Promise<LocalEntity[]> {
      return (await annotationsOf(db, documentIds, 'locals')).flatMap(localsFromRow);
    },

    async roleFactsOfDocuments(documentIds: readonly string[]): Promise<RoleFact[]> {
      return (await annotationsOf(db, documentIds, 'roles')).flatMap(roleFactsFromRow);
    },

    async chainsOfEntities(entityIds: readonly string[]) {
      const rows = await inBatches(entityIds, (batch) =>
        db
          .selectFrom('memberships')
          .select(['document_id', 'chain'])
          .where('entity_id', 'in', batch)
          .execute(),
      );
      return rows.map((r) => ({ documentId: r.document_id, chain: Number(r.chain) }));
    },

    replaceEntitiesIn(scope, entities, memberships, keyOf, mark, resolved) {
      const written = replaceResolved(db, 'entities', mark, async (trx) => {
        const inScope = new Set(scope.map((c) => `${c.documentId}\u0000${c.chain}`));
        const documents = [...new Set(scope.map((c) => c.documentId))];
        const rows = await inBatches(documents, (batch) =>
          trx
            .selectFrom('memberships')
            .select(['document_id', 'chain', 'entity_id'])
            .where('document_id', 'in', batch)
            .execute(),
        );
        const old = [
          ...new Set(
            rows.filter((r) => inScope.has(`${r.document_id}\u0000${r.chain}`)).map((r) => r.entity_id),
          ),
        ];
        await inBatches(old, (batch) =>
          trx.deleteFrom('memberships').where('entity_id', 'in', batch).execute(),
        );
        await inBatches(old, (batch) =>
          trx.deleteFrom('entity_names').where('entity_id', 'in', batch).execute(),
        );
        await inBatches(old, (batch) => trx.deleteFrom('entities').where('id', 'in', batch).execute());
        const taken = await inBatches(
          entities.map((e) => e.id),
          (batch) => trx.selectFrom('entities').select('id').where('id', 'in', batch).execute(),
        );
        // Thrown to roll the transaction back.
        if (taken.length > 0) throw new OverlapFound();
        await insertEntityRecords(trx, entities, memberships, keyOf);
        await takeIn(trx, resolved);
      });
      return written.catch((error: unknown) => {
        if (error instanceof OverlapFound) return 'overlap' as const;
        throw error;
      });
    },
  };
}

/** Rolls back a scoped replacement whose entities would collide with ones outside it. */
class OverlapFound extends Error {}
