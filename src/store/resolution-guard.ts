import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './schema.ts';
import type { ResolutionMark } from './store.ts';

/** Keeping concurrent corpus-wide resolutions from replacing a newer one with an older one. */

export async function resolutionMark(db: Kysely<Tables>): Promise<ResolutionMark> {
  const [documents, curations] = await Promise.all([
    db
      .selectFrom('documents')
      .select((eb) => eb.fn.max('seq').as('mark'))
      .executeTakeFirst(),
    db
      .selectFrom('curations')
      .select((eb) => [eb.fn.max('seq').as('made'), eb.fn.count('undone_at').as('undone')])
      .executeTakeFirst(),
  ]);
  // Curations are only added or marked undone, so their newest number plus the undone count only grows.
  return {
    documents: Number(documents?.mark ?? 0),
    curations: Number(curations?.made ?? 0) + Number(curations?.undone ?? 0),
  };
}

/**
 * Replaces a step's output in one transaction, unless a resolution that saw more of the ledger is
 * stored already. The step's row is written first: that takes the write lock (SQLite) or the row's
 * lock (PostgreSQL) until commit, so resolutions of one step commit one after another.
 */
export async function replaceResolved(
  db: Kysely<Tables>,
  step: string,
  mark: ResolutionMark,
  write: (trx: Transaction<Tables>) => Promise<void>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('resolutions')
      .values({ step, documents_mark: -1, curations_mark: -1 })
      .onConflict((c) => c.column('step').doUpdateSet((eb) => ({ step: eb.ref('excluded.step') })))
      .execute();
    const stored = await trx
      .selectFrom('resolutions')
      .select(['documents_mark', 'curations_mark'])
      .where('step', '=', step)
      .executeTakeFirstOrThrow();
    const documents = Number(stored.documents_mark);
    const curations = Number(stored.curations_mark);
    const newer =
      documents >= mark.documents &&
      curations >= mark.curations &&
      (documents > mark.documents || curations > mark.curations);
    if (newer) return false;
    await write(trx);
    await trx
      .updateTable('resolutions')
      .set({ documents_mark: mark.documents, curations_mark: mark.curations })
      .where('step', '=', step)
      .execute();
    return true;
  });
}
