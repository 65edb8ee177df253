import type { Document, PublishedDate, Sha256, Sighting, Source } from '../model.ts';

/**
 * The store port: every engine (SQLite embedded, PostgreSQL for teams) implements it, and nothing
 * outside `src/store/` knows which one it talks to.
 */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** What is known of a source: whether it has a document, and from which pipeline version. */
  findSource(sha256: Sha256): Promise<KnownSource | undefined>;
  /** One more place and time the same bytes were seen. */
  addSighting(sha256: Sha256, sighting: Sighting): Promise<void>;
  /**
   * In one transaction: the source (if new), its sighting (if given), and its document, replacing an
   * earlier document of the same source together with its search entry.
   */
  saveDocument(source: NewSource, sighting: Sighting | null, document: Document): Promise<void>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** Document ids starting with `prefix` (at most `limit`), for resolving what a user typed. */
  documentIdsStartingWith(prefix: string, limit: number): Promise<string[]>;
  listDocuments(page: Page): Promise<DocumentSummary[]>;
  countDocuments(): Promise<number>;
  search(query: string, page: Page): Promise<SearchHit[]>;
  /** Every document in id order, read in batches so memory stays bounded. */
  allDocuments(batchSize?: number): AsyncIterable<StoredDocument>;
  /** Every source with its sightings, in hash order. */
  allSources(batchSize?: number): AsyncIterable<Source>;
  close(): Promise<void>;
}

export interface NewSource {
  sha256: Sha256;
  size: number;
  mediaType: string;
}

export interface KnownSource extends NewSource {
  documentId: string | null;
  pipelineVersion: string | null;
  title: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface StoredDocument {
  document: Document;
  source: Source;
  processedAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  byline: string | null;
  published: PublishedDate | null;
  language: string | null;
  /** The locator of the first sighting, exactly as the user gave it. */
  source: string;
  sha256: Sha256;
  characters: number;
  processedAt: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: PublishedDate | null;
  source: string;
  /** Text around the match; matched words are wrapped in `SNIPPET_MARK.open` / `.close`. */
  snippet: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

/** Control characters, which cleaning removes from every document, mark matches inside snippets. */
export const SNIPPET_MARK = { open: '\u0002', close: '\u0003' } as const;

/** A search query the engine cannot run, with the reason for the user. */
export class InvalidQuery extends Error {
  override readonly name = 'InvalidQuery';
}

/** The database cannot be reached or opened; the message says why and never shows a password. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}
