import type { Kysely, Migration } from 'kysely';
import type { Document, Sha256, Sighting, Source } from '../model.ts';
import { type IdentityColumn, migrate } from './migrations.ts';
import {
  documentFromRow,
  documentRow,
  publishedFromRow,
  sightingFromRow,
  sightingRow,
  sourceFromRows,
} from './rows.ts';
import type { Tables } from './schema.ts';
import type {
  DocumentSummary,
  KnownSource,
  NewSource,
  Page,
  SearchHit,
  Store,
  StoredDocument,
} from './store.ts';

/** What differs between engines: full-text search, and how the connection is closed. */
export interface EngineParts {
  engine: Store['engine'];
  identity: IdentityColumn;
  migrations: Record<string, Migration>;
  search(db: Kysely<Tables>, query: string, page: Page): Promise<SearchHit[]>;
}

/** The store written once in Kysely's query builder, for every engine. */
export async function kyselyStore(db: Kysely<Tables>, parts: EngineParts): Promise<Store> {
  await migrate(db as Kysely<unknown>, parts.identity, parts.migrations);

  async function sightingsOf(sha256: Sha256): Promise<Sighting[]> {
    const rows = await db
      .selectFrom('sightings')
      .selectAll()
      .where('sha256', '=', sha256)
      .orderBy('id')
      .execute();
    return rows.map(sightingFromRow);
  }

  async function sourceOf(sha256: Sha256): Promise<Source> {
    const row = await db
      .selectFrom('sources')
      .selectAll()
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    return sourceFromRows(row, await sightingsOf(sha256));
  }

  return {
    engine: parts.engine,

    async findSource(sha256: Sha256): Promise<KnownSource | undefined> {
      const row = await db
        .selectFrom('sources')
        .leftJoin('documents', 'documents.source_sha256', 'sources.sha256')
        .select([
          'sources.sha256',
          'sources.size',
          'sources.media_type',
          'documents.id',
          'documents.pipeline_version',
          'documents.title',
        ])
        .where('sources.sha256', '=', sha256)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        sha256: row.sha256,
        size: Number(row.size),
        mediaType: row.media_type,
        documentId: row.id,
        pipelineVersion: row.pipeline_version,
        title: row.title,
      };
    },

    async addSighting(sha256: Sha256, sighting: Sighting): Promise<void> {
      await db.insertInto('sightings').values(sightingRow(sha256, sighting)).execute();
    },

    async saveDocument(source: NewSource, sighting: Sighting | null, document: Document): Promise<void> {
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('sources')
          .values({
            sha256: source.sha256,
            size: source.size,
            media_type: source.mediaType,
            first_seen_at: sighting?.seenAt ?? now,
          })
          .onConflict((c) => c.column('sha256').doUpdateSet({ media_type: source.mediaType }))
          .execute();
        if (sighting)
          await trx.insertInto('sightings').values(sightingRow(source.sha256, sighting)).execute();
        await trx.deleteFrom('documents').where('source_sha256', '=', source.sha256).execute();
        await trx.insertInto('documents').values(documentRow(document, now)).execute();
      });
    },

    async getDocument(id: string): Promise<StoredDocument | undefined> {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return {
        document: documentFromRow(row),
        source: await sourceOf(row.source_sha256),
        processedAt: row.processed_at,
      };
    },

    async documentIdsStartingWith(prefix: string, limit: number): Promise<string[]> {
      // Ids are lowercase hex, so a range scan on the primary key finds the prefix without LIKE escaping.
      const rows = await db
        .selectFrom('documents')
        .select('id')
        .where('id', '>=', prefix)
        .where('id', '<', `${prefix}\uffff`)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },

    async listDocuments(page: Page): Promise<DocumentSummary[]> {
      const rows = await db
        .selectFrom('documents')
        .select((eb) => [
          'documents.id',
          'documents.title',
          'documents.byline',
          'documents.published',
          'documents.published_precision',
          'documents.published_from',
          'documents.language',
          'documents.source_sha256',
          'documents.processed_at',
          eb.fn<number>('length', ['documents.text']).as('characters'),
          eb
            .selectFrom('sightings')
            .select('sightings.locator')
            .whereRef('sightings.sha256', '=', 'documents.source_sha256')
            .orderBy('sightings.id')
            .limit(1)
            .as('source'),
        ])
        .orderBy('documents.processed_at')
        .orderBy('documents.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        byline: r.byline,
        published: publishedFromRow(r),
        language: r.language,
        source: r.source ?? '',
        sha256: r.source_sha256,
        characters: Number(r.characters),
        processedAt: r.processed_at,
      }));
    },

    async countDocuments(): Promise<number> {
      const row = await db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    search: (query: string, page: Page) => parts.search(db, query, page),

    async *allDocuments(batchSize = 500): AsyncIterable<StoredDocument> {
      const batches = keysetBatches(
        batchSize,
        (after) =>
          db
            .selectFrom('documents')
            .selectAll()
            .where('id', '>', after)
            .orderBy('id')
            .limit(batchSize)
            .execute(),
        (row) => row.id,
      );
      for await (const row of batches) {
        yield {
          document: documentFromRow(row),
          source: await sourceOf(row.source_sha256),
          processedAt: row.processed_at,
        };
      }
    },

    async *allSources(batchSize = 500): AsyncIterable<Source> {
      const batches = keysetBatches(
        batchSize,
        (after) =>
          db
            .selectFrom('sources')
            .selectAll()
            .where('sha256', '>', after)
            .orderBy('sha256')
            .limit(batchSize)
            .execute(),
        (row) => row.sha256,
      );
      for await (const row of batches) yield sourceFromRows(row, await sightingsOf(row.sha256));
    },

    close: () => db.destroy(),
  };
}

/** Rows in key order, fetched `batchSize` at a time after the last key seen, so memory stays bounded. */
async function* keysetBatches<Row>(
  batchSize: number,
  fetch: (after: string) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): AsyncIterable<Row> {
  for (let after = ''; ; ) {
    const rows = await fetch(after);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = keyOf(last);
  }
}
