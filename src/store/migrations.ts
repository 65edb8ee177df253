import {
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
} from 'kysely';
import { StoreUnavailable } from './store.ts';

/**
 * Versioned migrations shared by every engine. Engine-specific parts (full-text search) are passed in
 * by the engine as extra migrations that run after the shared ones of the same version.
 */
function coreMigrations(identity: IdentityColumn): Record<string, Migration> {
  return {
    '0001_sources_and_documents': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('sources')
          .addColumn('sha256', 'text', (c) => c.primaryKey())
          .addColumn('size', 'bigint', (c) => c.notNull())
          .addColumn('media_type', 'text', (c) => c.notNull())
          .addColumn('first_seen_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sightings')
          .addColumn('id', identity.type, identity.build)
          .addColumn('sha256', 'text', (c) => c.notNull().references('sources.sha256'))
          .addColumn('locator', 'text', (c) => c.notNull())
          .addColumn('seen_at', 'text', (c) => c.notNull())
          .addColumn('final_url', 'text')
          .addColumn('http_status', 'integer')
          .addColumn('headers', 'text')
          .execute();
        await db.schema
          .createIndex('sightings_by_source')
          .on('sightings')
          .columns(['sha256', 'id'])
          .execute();
        await db.schema
          .createTable('documents')
          // A stable integer key lets the engine's full-text index refer to rows.
          .addColumn('seq', identity.type, identity.build)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('source_sha256', 'text', (c) => c.notNull().unique().references('sources.sha256'))
          .addColumn('pipeline_version', 'text', (c) => c.notNull())
          .addColumn('handler', 'text', (c) => c.notNull())
          .addColumn('title', 'text')
          .addColumn('byline', 'text')
          .addColumn('published', 'text')
          .addColumn('published_precision', 'text')
          .addColumn('published_from', 'text')
          .addColumn('language', 'text')
          .addColumn('encoding', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('paragraphs', 'text', (c) => c.notNull())
          .addColumn('sentences', 'text', (c) => c.notNull())
          .addColumn('removed', 'text', (c) => c.notNull())
          .addColumn('warnings', 'text', (c) => c.notNull())
          .addColumn('processed_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('documents_by_published').on('documents').column('published').execute();
      },
    },
    '0003_annotations_entities_curations': {
      async up(db: Kysely<unknown>) {
        // Everything found in a document goes with it: replacing or deleting a document cascades.
        const ofDocument = (c: ColumnDefinitionBuilder) =>
          c.notNull().references('documents.id').onDelete('cascade');
        await db.schema
          .createTable('annotations')
          .addColumn('document_id', 'text', (c) => ofDocument(c).primaryKey())
          .addColumn('mentions', 'text', (c) => c.notNull())
          .addColumn('roles', 'text', (c) => c.notNull())
          .addColumn('locals', 'text', (c) => c.notNull())
          .addColumn('signatures', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('memberships')
          .addColumn('document_id', 'text', ofDocument)
          .addColumn('chain', 'integer', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('memberships_key', ['document_id', 'chain'])
          .execute();
        await db.schema
          .createIndex('memberships_by_entity')
          .on('memberships')
          .columns(['entity_id', 'document_id'])
          .execute();
        await db.schema
          .createTable('quotes')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('document_id', 'text', ofDocument)
          .addColumn('span_start', 'integer', (c) => c.notNull())
          .addColumn('span_end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('speaker_chain', 'integer')
          .addColumn('speaker', 'text')
          .addColumn('cue', 'text')
          .addColumn('medium', 'text')
          .addColumn('said_on', 'text')
          .addColumn('said_on_precision', 'text')
          .addColumn('via', 'text')
          .addColumn('sieve', 'text', (c) => c.notNull())
          .addColumn('confidence', 'real', (c) => c.notNull())
          .addColumn('statement_key', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('quotes_by_statement').on('quotes').column('statement_key').execute();
        await db.schema
          .createIndex('quotes_by_document')
          .on('quotes')
          .columns(['document_id', 'span_start'])
          .execute();
        await db.schema
          .createTable('dates')
          .addColumn('document_id', 'text', ofDocument)
          .addColumn('span_start', 'integer', (c) => c.notNull())
          .addColumn('span_end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('precision', 'text', (c) => c.notNull())
          .addColumn('calendar', 'text', (c) => c.notNull())
          .addColumn('resolved', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('dates_key', ['document_id', 'span_start', 'span_end'])
          .execute();
        await db.schema.createIndex('dates_by_value').on('dates').column('value').execute();
        await db.schema
          .createTable('claims')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('document_id', 'text', ofDocument)
          .addColumn('span_start', 'integer', (c) => c.notNull())
          .addColumn('span_end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('value', 'double precision', (c) => c.notNull())
          .addColumn('value_max', 'double precision')
          .addColumn('qualifier', 'text', (c) => c.notNull())
          .addColumn('what', 'text')
          .execute();
        await db.schema
          .createIndex('claims_by_document')
          .on('claims')
          .columns(['document_id', 'span_start'])
          .execute();
        await db.schema
          .createTable('entities')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('aliases', 'text', (c) => c.notNull())
          .addColumn('roles', 'text', (c) => c.notNull())
          .addColumn('documents', 'integer', (c) => c.notNull())
          .addColumn('mentions', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('entities_by_mentions')
          .on('entities')
          .columns(['mentions', 'id'])
          .execute();
        await db.schema
          .createTable('entity_names')
          .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('entity_names_key', ['entity_id', 'name'])
          .execute();
        await db.schema.createIndex('entity_names_by_key').on('entity_names').column('key').execute();
        await db.schema
          .createTable('curations')
          .addColumn('seq', identity.type, identity.build)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('by', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('reason', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('undone_by', 'text')
          .addColumn('undone_at', 'text')
          .execute();
        await db.schema
          .createTable('copy_clusters')
          .addColumn('document_id', 'text', ofDocument)
          .addColumn('part', 'integer', (c) => c.notNull())
          .addColumn('cluster_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('copy_clusters_key', ['document_id', 'part'])
          .execute();
        await db.schema
          .createIndex('copy_clusters_by_cluster')
          .on('copy_clusters')
          .column('cluster_id')
          .execute();
        await db.schema
          .createTable('claim_clusters')
          .addColumn('claim_id', 'text', (c) => c.primaryKey().references('claims.id').onDelete('cascade'))
          .addColumn('cluster_id', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('claim_clusters_by_cluster')
          .on('claim_clusters')
          .column('cluster_id')
          .execute();
        await db.schema
          .createTable('resolutions')
          .addColumn('step', 'text', (c) => c.primaryKey())
          .addColumn('documents_mark', 'bigint', (c) => c.notNull())
          .addColumn('curations_mark', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
    '0005_incremental_entity_resolution': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('entity_keys')
          .addColumn('key', 'bigint', (c) => c.notNull())
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addPrimaryKeyConstraint('entity_keys_key', ['key', 'document_id'])
          .execute();
        await db.schema
          .createIndex('entity_keys_by_document')
          .on('entity_keys')
          .column('document_id')
          .execute();
        // No reference to documents: the id of a document replaced or deleted since says so.
        await db.schema
          .createTable('unresolved_documents')
          .addColumn('document_id', 'text', (c) => c.primaryKey())
          .addColumn('keys', 'text', (c) => c.notNull())
          .execute();
        // Existing ledgers start at version 0: their first resolution is whole, and stores the keys.
        await db.schema
          .alterTable('resolutions')
          .addColumn('keys_version', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
      },
    },
    // Every statements request counts the documents not extracted yet, and `reprocess --outdated`
    // picks them: without an index both read the whole table.
    '0006_documents_by_version': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createIndex('documents_by_version')
          .on('documents')
          .column('pipeline_version')
          .execute();
      },
    },
  };
}

/** How an engine declares an auto-numbered primary key. */
export interface IdentityColumn {
  type: 'integer' | 'bigint';
  build: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

/**
 * Runs the migrations not yet applied. `schema` names where the bookkeeping tables live on engines
 * with schemas; without it Kysely looks for them in every schema and may find another ledger's.
 */
export async function migrate(
  db: Kysely<unknown>,
  identity: IdentityColumn,
  engineMigrations: Record<string, Migration>,
  schema?: string,
): Promise<void> {
  const all = { ...coreMigrations(identity), ...engineMigrations };
  const provider: MigrationProvider = { getMigrations: async () => all };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const message = String((error as Error).message ?? error);
    // Kysely lists the tables of every schema to find its own; another ledger's schema dropped at that
    // moment fails the listing, though nothing of ours is wrong: look again.
    const otherSchemaGone = /^schema "([^"]+)" does not exist$/.exec(message);
    if (otherSchemaGone && otherSchemaGone[1] !== schema && attempt < 5) continue;
    const fromNewerVersion = /previously executed migration (\S+) is missing/.exec(message);
    if (fromNewerVersion) {
      throw new StoreUnavailable(
        `this ledger was written by a newer version of Attest (its schema has ${fromNewerVersion[1]}, ` +
          'which this version does not know): open it with that version or a later one',
      );
    }
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${message}`);
  }
}
