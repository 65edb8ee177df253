import type { Generated } from 'kysely';

/** The tables as Kysely sees them; JSON columns hold text, encoded and decoded in `rows.ts`. */
export interface Tables {
  sources: SourceTable;
  sightings: SightingTable;
  documents: DocumentTable;
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
