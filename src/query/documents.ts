import { type Annotations, type Document, type Source, TEXT_ONLY_VERSION } from '../model.ts';
import type { DocumentSummary, Page, Store } from '../store/store.ts';

/** Read models for documents, shared by every front. */

export class NotFound extends Error {
  override readonly name = 'NotFound';
}

/**
 * Finds the document a user means by a full id or an unambiguous prefix of at least 4 characters
 * (ids are the first 16 hex digits of the source's SHA-256, so a source hash works too).
 */
export async function resolveDocumentId(store: Store, typed: string): Promise<string> {
  const wanted = typed.trim().toLowerCase().slice(0, 16);
  if (!/^[0-9a-f]{4,16}$/.test(wanted)) {
    throw new NotFound(`no document "${typed}": a document id is 4 to 16 hexadecimal digits`);
  }
  const ids = await store.documentIdsStartingWith(wanted, 6);
  if (ids.length === 0) throw new NotFound(`no document with an id starting "${wanted}"`);
  if (ids.length > 1 && !ids.includes(wanted)) {
    const shown = ids.slice(0, 5).join(', ');
    throw new NotFound(`"${wanted}" is ambiguous: ${shown}${ids.length > 5 ? ', …' : ''}; type more digits`);
  }
  return ids.includes(wanted) ? wanted : (ids[0] as string);
}

export interface DocumentView {
  document: Document;
  source: Source;
  processedAt: string;
}

export async function documentView(store: Store, typed: string): Promise<DocumentView> {
  const id = await resolveDocumentId(store, typed);
  const stored = await store.getDocument(id);
  if (!stored) throw new NotFound(`no document "${typed}"`);
  return stored;
}

export interface DocumentList {
  total: number;
  documents: DocumentSummary[];
}

export async function listDocuments(store: Store, page: Page): Promise<DocumentList> {
  const [total, documents] = await Promise.all([store.countDocuments(), store.listDocuments(page)]);
  return { total, documents };
}

export interface AnnotatedDocumentView extends DocumentView {
  /** Everything found in the document: mentions (with their entities), statements, dates, figures. */
  annotations: Annotations;
}

export async function annotatedDocumentView(store: Store, typed: string): Promise<AnnotatedDocumentView> {
  const view = await documentView(store, typed);
  return { ...view, annotations: await store.getAnnotations(view.document.id) };
}

/**
 * Documents (or the one asked for) added with `--no-extract` and never searched for statements, actors,
 * dates or figures: where they are, an empty answer does not mean there is nothing.
 */
export function notExtracted(store: Store, documentId?: string): Promise<number> {
  return store.countDocumentsOfVersion(TEXT_ONLY_VERSION, documentId);
}

/** What a front tells a user about `notExtracted` documents, or null when there are none. */
export function notExtractedNote(count: number): string | null {
  if (count === 0) return null;
  const documents = count === 1 ? '1 document was' : `${count} documents were`;
  return `${documents} added with --no-extract and not searched for statements, actors, dates, figures or copies yet: \`attest reprocess --outdated\` does it`;
}
