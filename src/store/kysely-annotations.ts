import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Annotations, Claim, DateRef, Mention, RoleFact } from '../model.ts';
import {
  type AnnotationRows,
  claimFromRow,
  dateFromRow,
  localsFromRow,
  quoteFromRow,
} from './annotation-rows.ts';
import {
  type DocumentRefRow,
  documentRefColumns,
  documentRefOf,
  finalUrl,
  firstLocator,
} from './document-refs.ts';
import { keysetBatches } from './keyset-batches.ts';
import { rowInserter } from './row-inserter.ts';
import type { AnnotationTable, ClaimTable, DateTable, QuoteTable, Tables } from './schema.ts';
import { urlOnOutlet } from './search-facets.ts';
import type {
  AnnotationStore,
  DocumentRef,
  Located,
  Page,
  QuoteFilter,
  StatementOccurrence,
  StoredQuote,
} from './store.ts';

/** What extraction found, written with its document and read back for views and exports. */

const insert = {
  annotations: rowInserter<AnnotationTable>((db, rows) => db.insertInto('annotations').values(rows)),
  quotes: rowInserter<QuoteTable>((db, rows) => db.insertInto('quotes').values(rows)),
  dates: rowInserter<DateTable>((db, rows) => db.insertInto('dates').values(rows)),
  claims: rowInserter<ClaimTable>((db, rows) => db.insertInto('claims').values(rows)),
};

/** Inserts the annotations of documents just inserted (their earlier ones went with the old rows). */
export async function insertAnnotations(trx: Kysely<Tables>, all: readonly AnnotationRows[]): Promise<void> {
  await insert.annotations(
    trx,
    all.map((a) => a.annotation),
  );
  await insert.quotes(
    trx,
    all.flatMap((a) => a.quotes),
  );
  await insert.dates(
    trx,
    all.flatMap((a) => a.dates),
  );
  await insert.claims(
    trx,
    all.flatMap((a) => a.claims),
  );
}

type StoredMention = Omit<Mention, 'documentId' | 'entityId'>;

export function annotationStore(db: Kysely<Tables>): AnnotationStore {
  async function entitiesByChain(documentIds: readonly string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('memberships')
      .select(['document_id', 'chain', 'entity_id'])
      .where('document_id', 'in', documentIds)
      .execute();
    return new Map(rows.map((r) => [`${r.document_id} ${r.chain}`, r.entity_id]));
  }

  function quoteQuery(filter: QuoteFilter) {
    let query = db
      .selectFrom('quotes')
      .innerJoin('documents', 'documents.id', 'quotes.document_id')
      .leftJoin('memberships', (join) =>
        join
          .onRef('memberships.document_id', '=', 'quotes.document_id')
          .onRef('memberships.chain', '=', 'quotes.speaker_chain'),
      )
      .leftJoin('entities', 'entities.id', 'memberships.entity_id');
    if (filter.documentId) query = query.where('quotes.document_id', '=', filter.documentId);
    if (filter.documentIds) query = query.where('quotes.document_id', 'in', ['', ...filter.documentIds]);
    const fixed = filter.corrected;
    const ids = (list: readonly string[] | undefined) => ['', ...(list ?? [])];
    if (filter.speakerEntities) {
      const speakers = filter.speakerEntities;
      query = query.where((eb) =>
        eb.or([
          eb.and([
            eb('memberships.entity_id', 'in', ids(speakers)),
            eb('quotes.id', 'not in', ids(fixed?.speakerOut)),
          ]),
          eb('quotes.id', 'in', ids(fixed?.speakerIn)),
        ]),
      );
    }
    if (filter.kinds) {
      const kinds = filter.kinds;
      query = query.where((eb) =>
        eb.or([
          eb.and([eb('quotes.kind', 'in', kinds), eb('quotes.id', 'not in', ids(fixed?.kindOut))]),
          eb('quotes.id', 'in', ids(fixed?.kindIn)),
        ]),
      );
    }
    if (filter.minConfidence !== undefined) {
      const least = filter.minConfidence;
      query = query.where((eb) =>
        eb.or([eb('quotes.confidence', '>=', least), eb('quotes.id', 'in', ids(fixed?.any))]),
      );
    }
    for (const word of filter.words ?? []) {
      const pattern = `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // An explicit escape character: SQLite's LIKE has none by default, PostgreSQL's is the backslash.
      query = query.where(sql<boolean>`lower(quotes.text) like ${pattern} escape '\\'`);
    }
    if (filter.outlet) {
      const outlet = filter.outlet;
      query = query.where(
        sql<boolean>`exists (select 1 from sightings s where s.sha256 = documents.source_sha256 and
          (${urlOnOutlet(sql.ref('s.locator'), outlet)} or ${urlOnOutlet(sql.ref('s.final_url'), outlet)}))`,
      );
    }
    const dated = (eb: ExpressionBuilder<Tables, 'quotes' | 'documents'>) =>
      eb.fn.coalesce('quotes.said_on', 'documents.published');
    if (filter.dated) query = query.where((eb) => eb(dated(eb), 'is not', null));
    if (filter.since) query = query.where((eb) => eb(dated(eb), '>=', filter.since as string));
    // An ISO prefix sorts before its own completions, so "until 2019" must let "2019-11-18" through.
    if (filter.until) query = query.where((eb) => eb(dated(eb), '<=', `${filter.until}\uffff`));
    return query;
  }

  /** Statements in date order (when said, else when published), with their entities filled in. */
  async function listQuotes(filter: QuoteFilter, page: Page): Promise<StoredQuote[]> {
    const rows = await quoteQuery(filter)
      .selectAll('quotes')
      .select((eb) => [
        'documents.title',
        'documents.published',
        firstLocator(eb),
        'entities.id as entity_id',
        'entities.name as entity_name',
      ])
      // Undated last on every engine (SQLite and PostgreSQL sort nulls at opposite ends).
      .orderBy((eb) => eb(eb.fn.coalesce('quotes.said_on', 'documents.published'), 'is', null))
      .orderBy((eb) => eb.fn.coalesce('quotes.said_on', 'documents.published'))
      .orderBy('quotes.document_id')
      .orderBy('quotes.span_start')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const entities = await entitiesByChain([...new Set(rows.map((r) => r.document_id))]);
    const entityOf = (documentId: string, chain: number | null) =>
      chain === null ? null : (entities.get(`${documentId} ${chain}`) ?? null);
    return rows.map((row) => {
      const quote = quoteFromRow(row);
      for (const part of [quote.speaker, quote.via, quote.medium]) {
        if (part) part.entityId = entityOf(row.document_id, part.chain);
      }
      return {
        quote,
        document: documentRefOf(row),
        speakerEntity: row.entity_id && row.entity_name ? { id: row.entity_id, name: row.entity_name } : null,
      };
    });
  }

  const everyQuote: Page = { limit: Number.MAX_SAFE_INTEGER, offset: 0 };

  /** Rows of one table for a batch of documents, with each row's document, document by document. */
  async function* perDocument<T>(
    fetch: (documentIds: string[]) => Promise<T[]>,
    documentOf: (record: T) => string,
  ): AsyncIterable<{ record: T; document: DocumentRef }> {
    const batches = keysetBatches(
      500,
      (after) =>
        db
          .selectFrom('documents')
          .select(documentRefColumns)
          .where('documents.id', '>', after)
          .orderBy('documents.id')
          .limit(500)
          .execute(),
      (row) => row.document_id,
    );
    let refs: DocumentRefRow[] = [];
    const flush = async function* () {
      const byId = new Map(refs.map((r) => [r.document_id, documentRefOf(r)]));
      for (const record of await fetch(refs.map((r) => r.document_id))) {
        yield { record, document: byId.get(documentOf(record)) as DocumentRef };
      }
      refs = [];
    };
    for await (const ref of batches) {
      refs.push(ref);
      if (refs.length === 500) yield* flush();
    }
    yield* flush();
  }

  async function mentionsOf(documentIds: string[]): Promise<Mention[]> {
    if (documentIds.length === 0) return [];
    const [rows, entities] = await Promise.all([
      db
        .selectFrom('annotations')
        .select(['document_id', 'mentions'])
        .where('document_id', 'in', documentIds)
        .orderBy('document_id')
        .execute(),
      entitiesByChain(documentIds),
    ]);
    return rows.flatMap((row) =>
      (JSON.parse(row.mentions) as StoredMention[]).map((m) => ({
        ...m,
        documentId: row.document_id,
        entityId: entities.get(`${row.document_id} ${m.chain}`) ?? null,
      })),
    );
  }

  return {
    async getAnnotations(documentId: string): Promise<Annotations> {
      const [annotation, quotes, dates, claims, mentions] = await Promise.all([
        db.selectFrom('annotations').selectAll().where('document_id', '=', documentId).executeTakeFirst(),
        listQuotes({ documentId }, everyQuote),
        db
          .selectFrom('dates')
          .selectAll()
          .where('document_id', '=', documentId)
          .orderBy('span_start')
          .execute(),
        db
          .selectFrom('claims')
          .selectAll()
          .where('document_id', '=', documentId)
          .orderBy('span_start')
          .execute(),
        mentionsOf([documentId]),
      ]);
      const roles = annotation
        ? (JSON.parse(annotation.roles) as Array<Omit<RoleFact, 'documentId'>>).map((r) => ({
            ...r,
            documentId,
          }))
        : [];
      return {
        mentions,
        roles,
        locals: annotation ? localsFromRow(annotation) : [],
        quotes: quotes.map((q) => q.quote).sort((a, b) => a.span.start - b.span.start),
        dates: dates.map(dateFromRow),
        claims: claims.map(claimFromRow),
      };
    },

    listQuotes,

    async statementOccurrences(keys: readonly string[]): Promise<StatementOccurrence[]> {
      if (keys.length === 0) return [];
      const rows = await db
        .selectFrom('quotes')
        .innerJoin('documents', 'documents.id', 'quotes.document_id')
        .leftJoin('copy_clusters', (join) =>
          join
            .onRef('copy_clusters.document_id', '=', 'quotes.document_id')
            .on('copy_clusters.part', '=', -1),
        )
        .select((eb) => [
          'quotes.id',
          'quotes.statement_key',
          'quotes.said_on',
          'quotes.document_id',
          'documents.title',
          'documents.published',
          firstLocator(eb),
          'copy_clusters.cluster_id',
          finalUrl(eb),
        ])
        .where('quotes.statement_key', 'in', keys)
        .orderBy((eb) => eb(eb.fn.coalesce('quotes.said_on', 'documents.published'), 'is', null))
        .orderBy((eb) => eb.fn.coalesce('quotes.said_on', 'documents.published'))
        .orderBy('quotes.document_id')
        .orderBy('quotes.span_start')
        .execute();
      return rows.map((row) => ({
        key: row.statement_key,
        quoteId: row.id,
        document: documentRefOf(row),
        saidOn: row.said_on,
        copyCluster: row.cluster_id,
        url: row.url,
      }));
    },

    async countQuotes(filter: QuoteFilter): Promise<number> {
      const row = await quoteQuery(filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async countQuotesByMonth(filter: QuoteFilter) {
      // Written out without parameters, so that PostgreSQL sees the same expression in SELECT and GROUP BY.
      const month = sql<string>`substr(coalesce(quotes.said_on, documents.published), 1, 7)`;
      const rows = await quoteQuery(filter)
        .select((eb) => [month.as('month'), eb.fn.countAll<number>().as('n')])
        .where((eb) => eb(eb.fn.coalesce('quotes.said_on', 'documents.published'), 'is not', null))
        .groupBy(month)
        .orderBy(month)
        .execute();
      // A date known only to the year has no month: it is left out rather than put in January.
      return rows
        .filter((r) => /^\d{4}-\d{2}$/.test(r.month))
        .map((r) => ({ month: r.month, statements: Number(r.n) }));
    },

    async *allQuotes(): AsyncIterable<StoredQuote> {
      const inDocumentOrder = (a: StoredQuote, b: StoredQuote) =>
        a.document.id.localeCompare(b.document.id) || a.quote.span.start - b.quote.span.start;
      const ofDocuments = async (documentIds: string[]) =>
        documentIds.length === 0 ? [] : (await listQuotes({ documentIds }, everyQuote)).sort(inDocumentOrder);
      for await (const { record } of perDocument(ofDocuments, (q) => q.document.id)) yield record;
    },

    async *allMentions(): AsyncIterable<Located<Mention>> {
      yield* perDocument(mentionsOf, (m) => m.documentId);
    },

    async *allDates(): AsyncIterable<Located<DateRef>> {
      yield* perDocument(
        async (ids) =>
          ids.length === 0
            ? []
            : (
                await db
                  .selectFrom('dates')
                  .selectAll()
                  .where('document_id', 'in', ids)
                  .orderBy('document_id')
                  .orderBy('span_start')
                  .execute()
              ).map(dateFromRow),
        (d) => d.documentId,
      );
    },

    async *allClaims(): AsyncIterable<Located<Claim> & { cluster: string | null }> {
      const rowsOf = async (ids: string[]) =>
        ids.length === 0
          ? []
          : db
              .selectFrom('claims')
              .leftJoin('claim_clusters', 'claim_clusters.claim_id', 'claims.id')
              .selectAll('claims')
              .select('claim_clusters.cluster_id')
              .where('claims.document_id', 'in', ids)
              .orderBy('claims.document_id')
              .orderBy('claims.span_start')
              .execute();
      for await (const { record: row, document } of perDocument(rowsOf, (r) => r.document_id)) {
        yield { record: claimFromRow(row), document, cluster: row.cluster_id };
      }
    },
  };
}
