import type { Kysely, Migration } from 'kysely';
import type { Document, Sha256, Sighting, Source } from '../model.ts';
import { type AnnotationRows, annotationRows } from './annotation-rows.ts';
import { keysetBatches } from './keyset-batches.ts';
import { annotationStore, insertAnnotations } from './kysely-annotations.ts';
import { clusterStore } from './kysely-clusters.ts';
import { dateStore } from './kysely-dates.ts';
import { curationStore, entityStore } from './kysely-entities.ts';
import { markUnresolved } from './kysely-entity-scope.ts';
import { type IdentityColumn, migrate } from './migrations.ts';
import { rowInserter } from './row-inserter.ts';
import {
  documentFromRow,
  documentRow,
  publishedFromRow,
  sightingFromRow,
  sightingRow,
  sourceFromRows,
} from './rows.ts';
import type { DocumentTable, SightingTable, SourceTable, Tables } from './schema.ts';
import type {
  DocumentSummary,
  KnownSource,
  NewSource,
  Page,
  SavedBatch,
  SearchFacets,
  SearchHit,
  Store,
  StoredDocument,
  StoreWrite,
} from './store.ts';

/** What differs between engines: identity columns, their own migrations, and full-text search. */
export interface EngineParts {
  engine: Store['engine'];
  identity: IdentityColumn;
  migrations: Record<string, Migration>;
  /** The schema the tables live in, on engines that have schemas. */
  schema?: string;
  search(db: Kysely<Tables>, query: string, page: Page, facets: SearchFacets): Promise<SearchHit[]>;
}

/** The store written once in Kysely's query builder, for every engine. */
export async function kyselyStore(db: Kysely<Tables>, parts: EngineParts): Promise<Store> {
  await migrate(db as Kysely<unknown>, parts.identity, parts.migrations, parts.schema);

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

  function knownSourceQuery() {
    return db
      .selectFrom('sources')
      .leftJoin('documents', 'documents.source_sha256', 'sources.sha256')
      .select([
        'sources.sha256',
        'sources.size',
        'sources.media_type',
        'documents.id',
        'documents.pipeline_version',
        'documents.title',
      ]);
  }

  async function saveBatch(writes: readonly StoreWrite[]): Promise<SavedBatch> {
    if (writes.length === 0) return { kept: [] };
    const now = new Date().toISOString();
    return db.transaction().execute(async (trx) => {
      // Sources first: the upsert locks each source's row until commit, so writers of the same bytes
      // (two processes adding one folder) take turns, and the second sees the first one's document.
      await insertSources(
        trx,
        writes.flatMap((w) =>
          w.kind === 'document'
            ? [
                {
                  sha256: w.source.sha256,
                  size: w.source.size,
                  media_type: w.source.mediaType,
                  first_seen_at: w.sighting?.seenAt ?? now,
                },
              ]
            : [],
        ),
      );
      const kept = await alreadyDerived(trx, writes);
      const sightings: Array<Omit<SightingTable, 'id'>> = [];
      const documents: Array<Omit<DocumentTable, 'seq'>> = [];
      const annotations: AnnotationRows[] = [];
      const unresolved: Array<{ documentId: string; keys: readonly number[] }> = [];
      for (const write of writes) {
        if (write.kind === 'sighting') {
          sightings.push(sightingRow(write.sha256, write.sighting));
          continue;
        }
        const { source, sighting, document } = write;
        if (sighting) sightings.push(sightingRow(source.sha256, sighting));
        if (kept.has(source.sha256)) continue;
        documents.push(documentRow(document, now));
        unresolved.push({ documentId: document.id, keys: write.entityKeys ?? [] });
        if (write.annotations)
          annotations.push(annotationRows(document.id, write.annotations, write.signatures));
      }
      await insertSightings(trx, sightings);
      // Replaced documents go out (with everything found in them), the new ones come in.
      const replaced = documents.map((d) => d.source_sha256);
      let deleted = 0n;
      for (let i = 0; i < replaced.length; i += 500) {
        const [result] = await trx
          .deleteFrom('documents')
          .where('source_sha256', 'in', replaced.slice(i, i + 500))
          .execute();
        deleted += result?.numDeletedRows ?? 0n;
      }
      await insertDocuments(trx, documents);
      await insertAnnotations(trx, annotations);
      await markUnresolved(trx, unresolved, deleted > 0n);
      return { kept: [...kept] };
    });
  }

  /** Sources among `writes` (those that keep an existing document) already derived by the same version. */
  async function alreadyDerived(trx: Kysely<Tables>, writes: readonly StoreWrite[]): Promise<Set<Sha256>> {
    const candidates = writes.flatMap((w) => (w.kind === 'document' && w.keepExisting ? [w] : []));
    if (candidates.length === 0) return new Set();
    const rows = await trx
      .selectFrom('documents')
      .select(['source_sha256', 'pipeline_version'])
      .where(
        'source_sha256',
        'in',
        candidates.map((w) => w.source.sha256),
      )
      .execute();
    const version = new Map(rows.map((r) => [r.source_sha256, r.pipeline_version]));
    return new Set(
      candidates
        .filter((w) => version.get(w.source.sha256) === w.document.pipelineVersion)
        .map((w) => w.source.sha256),
    );
  }

  return {
    ...annotationStore(db),
    ...dateStore(db),
    ...entityStore(db),
    ...curationStore(db),
    ...clusterStore(db),
    engine: parts.engine,

    async findSource(sha256: Sha256): Promise<KnownSource | undefined> {
      const [row] = await knownSourceQuery().where('sources.sha256', '=', sha256).execute();
      return row ? knownSourceFromRow(row) : undefined;
    },

    async countDocumentsOfVersion(version: string, documentId?: string): Promise<number> {
      let query = db.selectFrom('documents').where('pipeline_version', '=', version);
      if (documentId !== undefined) query = query.where('id', '=', documentId);
      const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async knownSources(): Promise<Map<Sha256, KnownSource>> {
      const rows = await knownSourceQuery().execute();
      return new Map(rows.map((row) => [row.sha256, knownSourceFromRow(row)]));
    },

    async addSighting(sha256: Sha256, sighting: Sighting): Promise<void> {
      await db.insertInto('sightings').values(sightingRow(sha256, sighting)).execute();
    },

    saveDocument: async (source: NewSource, sighting: Sighting | null, document: Document) => {
      await saveBatch([{ kind: 'document', source, sighting, document }]);
    },

    saveBatch,

    async getDocument(id: string): Promise<StoredDocument | undefined> {
      const row = await db
        .selectFrom('documents')
        .select(DOCUMENT_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        document: documentFromRow(row),
        source: await sourceOf(row.source_sha256),
        processedAt: row.processed_at,
      };
    },

    async documentIdsStartingWith(prefix: string, limit: number): Promise<string[]> {
      // Ids are lowercase hex: a range scan on the key finds a prefix without LIKE, whose escaping and
      // index use differ by engine. The range ends at the next hex string, not at prefix + U+FFFF,
      // which some PostgreSQL collations ignore when comparing.
      if (!HEX.test(prefix)) return [];
      const end = nextHex(prefix);
      let query = db.selectFrom('documents').select('id').where('id', '>=', prefix);
      if (end !== undefined) query = query.where('id', '<', end);
      const rows = await query.orderBy('id').limit(limit).execute();
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

    search: (query: string, page: Page, facets: SearchFacets = {}) => parts.search(db, query, page, facets),

    async *allDocuments(batchSize = 500): AsyncIterable<StoredDocument> {
      const batches = keysetBatches(
        batchSize,
        (after) =>
          db
            .selectFrom('documents')
            .select(DOCUMENT_COLUMNS)
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

const insertSources = rowInserter<SourceTable>((db, rows) =>
  db
    .insertInto('sources')
    .values(rows)
    // A source seen before keeps its first sighting time; only what it is read as may change.
    .onConflict((c) =>
      c.column('sha256').doUpdateSet((eb) => ({ media_type: eb.ref('excluded.media_type') })),
    ),
);

const insertSightings = rowInserter<Omit<SightingTable, 'id'>>((db, rows) =>
  db.insertInto('sightings').values(rows),
);

const insertDocuments = rowInserter<Omit<DocumentTable, 'seq'>>((db, rows) =>
  db.insertInto('documents').values(rows),
);

function knownSourceFromRow(row: {
  sha256: string;
  size: number;
  media_type: string;
  id: string | null;
  pipeline_version: string | null;
  title: string | null;
}): KnownSource {
  return {
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type,
    documentId: row.id,
    pipelineVersion: row.pipeline_version,
    title: row.title,
  };
}

/** Every column of a document, and not the engine's own (PostgreSQL's search vector is as large as the text). */
const DOCUMENT_COLUMNS = [
  'id',
  'source_sha256',
  'pipeline_version',
  'handler',
  'title',
  'byline',
  'published',
  'published_precision',
  'published_from',
  'language',
  'encoding',
  'text',
  'paragraphs',
  'sentences',
  'removed',
  'warnings',
  'processed_at',
] as const satisfies ReadonlyArray<keyof DocumentTable>;

const HEX = /^[0-9a-f]*$/;

/** The first hex string of the same length after `prefix`, or none after `ff…f`. */
function nextHex(prefix: string): string | undefined {
  const last = prefix.search(/[0-9a-e]f*$/);
  if (last < 0) return undefined;
  return prefix.slice(0, last) + (Number.parseInt(prefix[last] as string, 16) + 1).toString(16);
}
