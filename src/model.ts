/**
 * The records every stage shares, declared in one place.
 *
 * Offsets are always `[start, end)` in UTF-16 code units of `Document.text` (what `String.prototype.slice`
 * takes). Dates are ISO strings; partial dates are ISO prefixes with a precision.
 */

/** Bumped whenever a stage would derive different records from the same bytes. */
export const PIPELINE_VERSION = '2026.11.1';

/** Lowercase hex SHA-256 of a source's raw bytes. */
export type Sha256 = string;

/** A half-open character range `[start, end)` in `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade';

/** A date known to some precision: `value` is an ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

/** One time a source was seen: where, when, and what the server said if it came over HTTP. */
export interface Sighting {
  /** The locator exactly as the user gave it: the path as typed, the URL, or `-` for standard input. */
  locator: string;
  /** ISO timestamp of the capture. */
  seenAt: string;
  /** For URLs: the URL after redirects. */
  finalUrl?: string;
  httpStatus?: number;
  headers?: Record<string, string>;
}

/** Preserved raw bytes, named by their hash, with every sighting. */
export interface Source {
  sha256: Sha256;
  size: number;
  mediaType: string;
  sightings: Sighting[];
}

export type RemovalReason =
  | 'boilerplate'
  | 'navigation'
  | 'date-bar'
  | 'image-file-name'
  | 'share-links'
  | 'comments'
  | 'bare-url'
  | 'duplicate-paragraph'
  | 'script'
  | 'title'
  | 'byline'
  | 'dateline';

/**
 * Text taken out of the source while cleaning it. The removed words are not in `Document.text`, so
 * the record keeps them verbatim and `at`, the offset in `Document.text` where they stood.
 */
export interface Removal {
  reason: RemovalReason;
  text: string;
  at: number;
}

/** Where a document's publication date was read from. */
export type PublishedFrom = 'meta' | 'json-ld' | 'time-element' | 'dateline' | 'url';

export interface PublishedDate extends PartialDate {
  from: PublishedFrom;
}

/** The clean text of one source and what is known about it. */
export interface Document {
  /** Derived from the source: the first 16 hex digits of its SHA-256. */
  id: string;
  sourceSha256: Sha256;
  pipelineVersion: string;
  /** The text handler that produced it, e.g. `html` or `plain`. */
  handler: string;
  title: string | null;
  byline: string | null;
  published: PublishedDate | null;
  /** BCP 47 primary tag when known (`en`, `fa`). */
  language: string | null;
  /** The encoding the bytes were decoded from. */
  encoding: string;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  removed: Removal[];
  /** Problems that did not stop the document, e.g. `invalid UTF-8: decoded as windows-1252`. */
  warnings: string[];
}

/** A token of `Document.text`; tokens are derived on demand from the text, not stored. */
export interface Token extends Span {
  text: string;
  /** Universal part-of-speech tag. */
  pos: string;
}

export function documentIdOf(sha256: Sha256): string {
  return sha256.slice(0, 16);
}
