import type { Generated } from 'kysely';

/** The tables as Kysely sees them; JSON columns hold text, encoded and decoded in `rows.ts`. */
export interface Tables {
  sources: SourceTable;
  sightings: SightingTable;
  documents: DocumentTable;
  annotations: AnnotationTable;
  memberships: MembershipTable;
  quotes: QuoteTable;
  dates: DateTable;
  claims: ClaimTable;
  entities: EntityTable;
  entity_names: EntityNameTable;
  curations: CurationTable;
  copy_clusters: CopyClusterTable;
  claim_clusters: ClaimClusterTable;
  resolutions: ResolutionTable;
  entity_keys: EntityKeyTable;
  unresolved_documents: UnresolvedDocumentTable;
}

export interface SourceTable {
  sha256: string;
  size: number;
  media_type: string;
  first_seen_at: string;
}

export interface SightingTable {
  id: Generated<number>;
  sha256: string;
  locator: string;
  seen_at: string;
  final_url: string | null;
  http_status: number | null;
  headers: string | null;
}

export interface DocumentTable {
  seq: Generated<number>;
  id: string;
  source_sha256: string;
  pipeline_version: string;
  handler: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  published_precision: string | null;
  published_from: string | null;
  language: string | null;
  encoding: string;
  text: string;
  paragraphs: string;
  sentences: string;
  removed: string;
  warnings: string;
  processed_at: string;
}

/**
 * What a document's extraction found that is read a document at a time: mentions, role facts, local
 * actors (read whole by entity resolution) and MinHash signatures (read whole by copy detection), as JSON.
 * One row a document instead of one a record keeps ingest fast.
 */
export interface AnnotationTable {
  document_id: string;
  mentions: string;
  roles: string;
  locals: string;
  signatures: string;
}

/** Which entity each local actor belongs to: resolution output, replaced whole at each resolution. */
export interface MembershipTable {
  document_id: string;
  chain: number;
  entity_id: string;
}

export interface QuoteTable {
  id: string;
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  kind: string;
  /** The speaker's chain in its document, to find its entity; null for unnamed or unattributed. */
  speaker_chain: number | null;
  speaker: string | null;
  cue: string | null;
  medium: string | null;
  said_on: string | null;
  said_on_precision: string | null;
  via: string | null;
  sieve: string;
  confidence: number;
  /** The statement's words, normalised: the same words in other documents share it. */
  statement_key: string;
}

export interface DateTable {
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  value: string;
  precision: string;
  calendar: string;
  resolved: string;
}

export interface ClaimTable {
  id: string;
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  value: number;
  value_max: number | null;
  qualifier: string;
  what: string | null;
}

export interface EntityTable {
  id: string;
  kind: string;
  name: string;
  aliases: string;
  roles: string;
  documents: number;
  mentions: number;
}

/** Every name and alias of an entity under its spelling-invariant key, to find entities by name. */
export interface EntityNameTable {
  entity_id: string;
  name: string;
  key: string;
}

export interface CurationTable {
  seq: Generated<number>;
  id: string;
  by: string;
  at: string;
  reason: string | null;
  action: string;
  undone_by: string | null;
  undone_at: string | null;
}

/** Which cluster of copies a document (`part` -1) or paragraph belongs to: resolution output. */
export interface CopyClusterTable {
  document_id: string;
  part: number;
  cluster_id: string;
}

/** Which claim cluster each claim belongs to: resolution output. */
export interface ClaimClusterTable {
  claim_id: string;
  cluster_id: string;
}

/** What the last stored resolution of each corpus-wide step had seen (see `ResolutionMark`). */
export interface ResolutionTable {
  step: string;
  documents_mark: number;
  curations_mark: number;
  /** The version of the resolution keys stored in `entity_keys` (entities step only; 0 for none). */
  keys_version: Generated<number>;
}

/** A key under which a document's local entities may meet others' (see `resolve/entities/keys.ts`). */
export interface EntityKeyTable {
  /** The key's hash (`storedKey`). */
  key: number;
  document_id: string;
}

/**
 * Documents stored since entities were last resolved, for the next resolution to take in; the id `*`
 * says a document was replaced or deleted, which only a whole resolution takes in.
 */
export interface UnresolvedDocumentTable {
  document_id: string;
  /**
   * The keys of its local entities (a JSON array), indexed in `entity_keys` when it is resolved: in
   * one transaction then, where a few rows with each document would write all over the index.
   */
  keys: string;
}
