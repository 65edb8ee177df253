/**
 * The records every stage shares, declared in one place.
 *
 * Offsets are always `[start, end)` in UTF-16 code units of `Document.text` (what `String.prototype.slice`
 * takes). Dates are ISO strings; partial dates are ISO prefixes with a precision.
 */

/** Bumped whenever a stage would derive different records from the same bytes. */
export const PIPELINE_VERSION = '2026.11.30.6';

/**
 * The version of a document whose text this pipeline derived without running the extract stage
 * (`attest add --no-extract`): preserved, cleaned and searchable, with its statements, actors, dates and
 * figures still to find. Any version but `PIPELINE_VERSION` is outdated, so the next `attest add` of its
 * source or `attest reprocess --outdated` derives it in full.
 */
export const TEXT_ONLY_VERSION = `${PIPELINE_VERSION}+text-only`;

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

/* ------------------------------------------------------------------------------------------------
 * What the extract stage finds inside one document. Every record carries its document and its span,
 * and `text` is always `document.text.slice(span.start, span.end)`.
 * ---------------------------------------------------------------------------------------------- */

/** A document with its tokens: what every extractor reads. Tokens come from segmentation, not stored. */
export interface AnalyzedDocument {
  document: Document;
  tokens: Token[];
}

export type MentionKind = 'person' | 'organization' | 'place' | 'event' | 'other';

/**
 * A name in the text. Titles and honorifics ("Ayatollah", "Dr.", "Foreign Minister") are outside the
 * span and kept in `titles`; a possessive ending ("'s") is outside it too.
 */
export interface Mention {
  documentId: string;
  span: Span;
  text: string;
  kind: MentionKind;
  titles: string[];
  /**
   * The mention's chain within its document: every mention of one actor in one document ("Mohammad
   * Javad Zarif", "Zarif", "Mr. Zarif", "the Agency") shares it. Numbered from 0 in order of first mention.
   */
  chain: number;
  /** The entity the chain resolves to across the corpus; null until the resolve stage has run. */
  entityId: string | null;
}

/**
 * What one document says one actor is: an appositive or predicative role ("a former assistant prosecutor
 * at Gohardasht prison"), or a title before the name ("Foreign Minister"), with where it says it.
 */
export interface RoleFact {
  documentId: string;
  chain: number;
  span: Span;
  text: string;
}

/**
 * One actor as one document knows it: the chain's best name, every surface name it used, its roles.
 * The resolve stage groups chains of many documents into entities.
 */
export interface LocalEntity {
  documentId: string;
  chain: number;
  kind: MentionKind;
  /** The most complete name the document gives ("Mohammad Javad Zarif"). */
  name: string;
  /** Every distinct name the document uses for it, with counts ("Zarif" × 4, "MJ Zarif" × 1). */
  names: Array<{ name: string; count: number }>;
  /** Acronyms the document ties to it ("IRIB" for "Islamic Republic of Iran Broadcasting"). */
  acronyms: string[];
  titles: string[];
  roles: string[];
}

/** How a statement is quoted; `scare` marks a few words used as a label ("rioters"), not a statement. */
export type QuoteKind = 'direct' | 'mixed' | 'indirect' | 'scare';

/** Who a statement is attributed to, as the text puts it. */
export interface Speaker {
  /**
   * The words that stand for the speaker in the text ("Karimi", "he", "the spokesman", "a senior
   * official at the interior ministry"); null when the speaker is only inferred from a neighbour.
   */
  span: Span | null;
  text: string;
  /** The name a pronoun or description was resolved to, in the same document. */
  antecedent: Span | null;
  /** The chain of the mention that names the speaker, when one does. */
  chain: number | null;
  entityId: string | null;
  /** An unnamed source kept exactly as written, never resolved to a name. */
  unnamed: boolean;
}

/** A speech or writing verb or phrase ("said", "told", "according to"), with its lemma ("say"). */
export interface Cue {
  span: Span;
  text: string;
  lemma: string;
}

/** Where the words were said or published ("an interview with the state broadcaster IRIB"). */
export interface Medium {
  span: Span;
  text: string;
  /** The outlet or body, when a mention names it. */
  chain: number | null;
  entityId: string | null;
}

/** Which attribution rule found the speaker, from the most to the least certain. */
export type Sieve =
  | 'same-sentence'
  | 'adjacent'
  | 'coreference'
  | 'continuation'
  | 'relayed'
  | 'unattributed';

/** A statement: the quoted or reported words, who said them, how, where and when. */
export interface Quote {
  documentId: string;
  span: Span;
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Cue | null;
  medium: Medium | null;
  /** When the text dates the words, resolved against the publication date where it is known. */
  saidOn: PartialDate | null;
  /** Who relays the words, for quotes within quotes ("X recalled that Y told him ..."). */
  via: Speaker | null;
  sieve: Sieve;
  /** 0..1: the chance that a statement like it is right, from the sieve and the evidence it used. */
  confidence: number;
}

export type Calendar = 'gregorian' | 'persian' | 'islamic';

/**
 * How a date got its value: written out in full (`explicit`), computed from the publication date
 * ("last week", `relative`), or completed from it ("November 18" takes the year, `inferred`).
 */
export type DateResolution = 'explicit' | 'relative' | 'inferred';

export interface DateRef extends PartialDate {
  documentId: string;
  span: Span;
  text: string;
  calendar: Calendar;
  resolved: DateResolution;
}

/** How a figure is hedged in the text. */
export type ClaimQualifier =
  | 'exact'
  | 'over'
  | 'more than'
  | 'at least'
  | 'up to'
  | 'nearly'
  | 'about'
  | 'an estimated'
  | 'range'
  | 'vague';

/** A numeric claim: a count of something, with its hedge. */
export interface Claim {
  documentId: string;
  span: Span;
  text: string;
  value: number;
  /** The upper bound of a range ("two or three weeks"), else null. */
  valueMax: number | null;
  qualifier: ClaimQualifier;
  /** The noun phrase counted ("protesters killed"), or null when the text does not say. */
  what: string | null;
}

/** Everything the extract stage finds in one document. */
export interface Annotations {
  mentions: Mention[];
  roles: RoleFact[];
  locals: LocalEntity[];
  quotes: Quote[];
  dates: DateRef[];
  claims: Claim[];
}

/* ------------------------------------------------------------------------------------------------
 * What the resolve stage finds across the corpus, and what people change on top of it.
 * ---------------------------------------------------------------------------------------------- */

/** One real-world actor, across spellings and documents. */
export interface Entity {
  /** Derived from the entity's key (kind and a transliteration-invariant form of its name). */
  id: string;
  kind: MentionKind;
  /** The preferred name, chosen by frequency and completeness (or set by a person). */
  name: string;
  aliases: Array<{ name: string; count: number }>;
  roles: Array<{ text: string; documentId: string; span: Span }>;
  documents: number;
  mentions: number;
}

/** A change a person made on top of extraction, kept as its own record so it survives reprocessing. */
export interface Curation {
  id: string;
  /** Who made it (a user name or token owner) and when (ISO timestamp). */
  by: string;
  at: string;
  reason: string | null;
  action: CurationAction;
  /** When the change was undone, and by whom; an undone curation is kept, not deleted. */
  undone: { by: string; at: string } | null;
}

export type CurationAction =
  | { type: 'merge'; entities: string[] }
  | { type: 'split'; entity: string; names: string[] }
  | { type: 'alias'; entity: string; alias: string }
  | { type: 'rename'; entity: string; name: string }
  | { type: 'kind'; entity: string; kind: MentionKind }
  | { type: 'speaker'; quote: string; entity: string | null; name: string | null }
  | { type: 'quote-kind'; quote: string; kind: QuoteKind };

/** Id of a record found in a document: the document and the span make it unique and stable. */
export function spanIdOf(documentId: string, span: Span): string {
  return `${documentId}:${span.start}-${span.end}`;
}
