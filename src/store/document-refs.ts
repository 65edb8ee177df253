import type { ExpressionBuilder } from 'kysely';
import type { Tables } from './schema.ts';
import type { DocumentRef } from './store.ts';

/** How records found in a document name their document in views and exports. */

/** The locator of a document's first sighting, as a subquery. */
export function firstLocator(eb: ExpressionBuilder<Tables, 'documents'>) {
  return eb
    .selectFrom('sightings')
    .select('sightings.locator')
    .whereRef('sightings.sha256', '=', 'documents.source_sha256')
    .orderBy('sightings.id')
    .limit(1)
    .as('source');
}

/** The columns a `DocumentRefRow` is read from, for a query over `documents`. */
export function documentRefColumns(eb: ExpressionBuilder<Tables, 'documents'>) {
  return ['documents.id as document_id', 'documents.title', 'documents.published', firstLocator(eb)] as const;
}

export interface DocumentRefRow {
  document_id: string;
  title: string | null;
  published: string | null;
  source: string | null;
}

export function documentRefOf(row: DocumentRefRow): DocumentRef {
  return { id: row.document_id, source: row.source ?? '', title: row.title, published: row.published };
}

/** The final URL of the first sighting that came over HTTP, as a subquery: where an outlet is read from. */
export function finalUrl(eb: ExpressionBuilder<Tables, 'documents'>) {
  return eb
    .selectFrom('sightings')
    .select('sightings.final_url')
    .whereRef('sightings.sha256', '=', 'documents.source_sha256')
    .where('sightings.final_url', 'is not', null)
    .orderBy('sightings.id')
    .limit(1)
    .as('url');
}
