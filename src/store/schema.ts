import type { Generated } from 'kysely';

/** The tables as Kysely sees them; JSON columns hold text, encoded and decoded in `rows.ts`. */
export interface Tables {
  sources: SourceTable;
  sightings: SightingTable;
  documents: DocumentTable;
  annotations: AnnotationTable;
  locals: LocalTable;
  memberships: MembershipTable;
  quotes: QuoteTable;
  dates: DateTable;
  claims: ClaimTable;
  entities: EntityTable;
  entity_names: EntityNameTable;
  curations: CurationTable;
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

/** What a document's extraction found that is read a document at a time: mentions and role facts. */
export interface AnnotationTable {
  document_id: string;
  mentions: string;
  roles: string;
}

/** One actor as one document knows it (extraction output, replaced with its document). */
export interface LocalTable {
  document_id: string;
  chain: number;
  kind: string;
  name: string;
  names: string;
  acronyms: string;
  titles: string;
  roles: string;
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
