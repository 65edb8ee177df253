import type { Kysely } from 'kysely';
import { keysetBatches } from './keyset-batches.ts';
import type { AnnotationTable, Tables } from './schema.ts';

/** One column of every document's annotations row, in document order, a batch at a time. */
export function annotationsInOrder<Column extends 'locals' | 'roles' | 'signatures'>(
  db: Kysely<Tables>,
  column: Column,
): AsyncIterable<{ document_id: string } & Pick<AnnotationTable, Column>> {
  return keysetBatches(
    500,
    (after) =>
      db
        .selectFrom('annotations')
        .select(['document_id', column])
        .where('document_id', '>', after)
        .orderBy('document_id')
        .limit(500)
        .execute() as Promise<Array<{ document_id: string } & Pick<AnnotationTable, Column>>>,
    (row) => row.document_id,
  );
}
