import {
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
} from 'kysely';

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
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${String((error as Error).message ?? error)}`);
  }
}
