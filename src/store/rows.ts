import type { DatePrecision, Document, PublishedDate, PublishedFrom, Sighting, Source } from '../model.ts';
import type { DocumentTable, SightingTable, SourceTable } from './schema.ts';

/** Conversions between records and rows, shared by every engine. */

export function documentRow(document: Document, processedAt: string): Omit<DocumentTable, 'seq'> {
  return {
    id: document.id,
    source_sha256: document.sourceSha256,
    pipeline_version: document.pipelineVersion,
    handler: document.handler,
    title: document.title,
    byline: document.byline,
    published: document.published?.value ?? null,
    published_precision: document.published?.precision ?? null,
    published_from: document.published?.from ?? null,
    language: document.language,
    encoding: document.encoding,
    text: document.text,
    paragraphs: JSON.stringify(document.paragraphs),
    sentences: JSON.stringify(document.sentences),
    removed: JSON.stringify(document.removed),
    warnings: JSON.stringify(document.warnings),
    processed_at: processedAt,
  };
}

export function documentFromRow(row: Omit<DocumentTable, 'seq'>): Document {
  return {
    id: row.id,
    sourceSha256: row.source_sha256,
    pipelineVersion: row.pipeline_version,
    handler: row.handler,
    title: row.title,
    byline: row.byline,
    published: publishedFromRow(row),
    language: row.language,
    encoding: row.encoding,
    text: row.text,
    paragraphs: JSON.parse(row.paragraphs),
    sentences: JSON.parse(row.sentences),
    removed: JSON.parse(row.removed),
    warnings: JSON.parse(row.warnings),
  };
}

export function publishedFromRow(
  row: Pick<DocumentTable, 'published' | 'published_precision' | 'published_from'>,
): PublishedDate | null {
  if (row.published === null) return null;
  return {
    value: row.published,
    precision: (row.published_precision ?? 'day') as DatePrecision,
    from: (row.published_from ?? 'meta') as PublishedFrom,
  };
}

export function sightingRow(sha256: string, sighting: Sighting): Omit<SightingTable, 'id'> {
  return {
    sha256,
    locator: sighting.locator,
    seen_at: sighting.seenAt,
    final_url: sighting.finalUrl ?? null,
    http_status: sighting.httpStatus ?? null,
    headers: sighting.headers ? JSON.stringify(sighting.headers) : null,
  };
}

export function sightingFromRow(row: Omit<SightingTable, 'id' | 'sha256'>): Sighting {
  const sighting: Sighting = { locator: row.locator, seenAt: row.seen_at };
  if (row.final_url !== null) sighting.finalUrl = row.final_url;
  if (row.http_status !== null) sighting.httpStatus = Number(row.http_status);
  if (row.headers !== null) sighting.headers = JSON.parse(row.headers);
  return sighting;
}

export function sourceFromRows(row: SourceTable, sightings: Sighting[]): Source {
  return { sha256: row.sha256, size: Number(row.size), mediaType: row.media_type, sightings };
}
