import type { Store } from '../store/store.ts';

/** The export contract (DESIGN.md): field names other tools read. Change them only with a new contract. */
export interface DocumentRecord {
  id: string;
  source: string;
  sha256: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  text: string;
}

export const EXPORT_KINDS = ['documents'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Column order for flat formats. */
export const EXPORT_COLUMNS: Record<ExportKind, string[]> = {
  documents: ['id', 'source', 'sha256', 'title', 'byline', 'published', 'language', 'text'],
};

export async function* documentRecords(store: Store): AsyncIterable<DocumentRecord> {
  for await (const { document, source } of store.allDocuments()) {
    yield {
      id: document.id,
      source: source.sightings[0]?.locator ?? '',
      sha256: source.sha256,
      title: document.title,
      byline: document.byline,
      published: document.published?.value ?? null,
      language: document.language,
      text: document.text,
    };
  }
}

export function exportRecords(store: Store, kind: ExportKind): AsyncIterable<object> {
  switch (kind) {
    case 'documents':
      return documentRecords(store);
  }
}
