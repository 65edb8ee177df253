import type { Kysely } from 'kysely';
import type { DateRef } from '../model.ts';
import { dateFromRow } from './annotation-rows.ts';
import { documentRefOf, firstLocator } from './document-refs.ts';
import type { Tables } from './schema.ts';
import type { DateFilter, DateStore, Located, Page } from './store.ts';

/** The dates the documents mention, in the order of the calendar: what a timeline reads. */
export function dateStore(db: Kysely<Tables>): DateStore {
  function dateQuery(filter: DateFilter) {
    let query = db.selectFrom('dates').innerJoin('documents', 'documents.id', 'dates.document_id');
    if (filter.from) query = query.where('dates.value', '>=', filter.from);
    // An ISO prefix sorts before its own completions, so "to 2019" must let "2019-11-18" through.
    if (filter.to) query = query.where('dates.value', '<=', `${filter.to}\uffff`);
    if (filter.documentIds) query = query.where('dates.document_id', 'in', ['', ...filter.documentIds]);
    return query;
  }

  return {
    async listDates(filter: DateFilter, page: Page): Promise<Located<DateRef>[]> {
      const rows = await dateQuery(filter)
        .selectAll('dates')
        .select((eb) => ['documents.title', 'documents.published', firstLocator(eb)])
        .orderBy('dates.value')
        .orderBy('dates.document_id')
        .orderBy('dates.span_start')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return rows.map((row) => ({ record: dateFromRow(row), document: documentRefOf(row) }));
    },

    async countDates(filter: DateFilter): Promise<number> {
      const row = await dateQuery(filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
