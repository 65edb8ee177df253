import type {
  Annotations,
  Claim,
  Curation,
  DateRef,
  Document,
  Entity,
  LocalEntity,
  Mention,
  MentionKind,
  PartialDate,
  PublishedDate,
  Quote,
  QuoteKind,
  RoleFact,
  Sha256,
  Sighting,
  Source,
} from '../model.ts';
import type { PartSignature } from '../resolve/copies/paragraphs.ts';

/**
 * The store port: every engine (SQLite embedded, PostgreSQL for teams) implements it, and nothing
 * outside `src/store/` knows which one it talks to.
 */
export interface Store extends AnnotationStore, DateStore, EntityStore, CurationStore, ClusterStore {
  readonly engine: 'sqlite' | 'postgres';
  /** What is known of a source: whether it has a document, and from which pipeline version. */
  findSource(sha256: Sha256): Promise<KnownSource | undefined>;
  /** Every known source with its document's id, title and pipeline version, by hash. */
  knownSources(): Promise<Map<Sha256, KnownSource>>;
  /** How many documents (or whether the one given) were derived by this pipeline version. */
  countDocumentsOfVersion(version: string, documentId?: string): Promise<number>;
  /** One more place and time the same bytes were seen. */
  addSighting(sha256: Sha256, sighting: Sighting): Promise<void>;
  /**
   * In one transaction: the source (if new), its sighting (if given), and its document, replacing an
   * earlier document of the same source together with its search entry.
   */
  saveDocument(source: NewSource, sighting: Sighting | null, document: Document): Promise<void>;
  /**
   * Many writes in one transaction, in order: each document whole (source, sighting, document, search
   * entry) or, if the transaction fails, none of them. Ingest commits in groups because a transaction
   * costs more than the rows in it.
   */
  saveBatch(writes: readonly StoreWrite[]): Promise<SavedBatch>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** Document ids starting with `prefix` (at most `limit`), for resolving what a user typed. */
  documentIdsStartingWith(prefix: string, limit: number): Promise<string[]>;
  listDocuments(page: Page): Promise<DocumentSummary[]>;
  countDocuments(): Promise<number>;
  search(query: string, page: Page, facets?: SearchFacets): Promise<SearchHit[]>;
  /** Every document in id order, read in batches so memory stays bounded. */
  allDocuments(batchSize?: number): AsyncIterable<StoredDocument>;
  /** Every source with its sightings, in hash order. */
  allSources(batchSize?: number): AsyncIterable<Source>;
  close(): Promise<void>;
}

export type StoreWrite =
  | {
      kind: 'document';
      source: NewSource;
      sighting: Sighting | null;
      document: Document;
      /** What extraction found in it; null when the document was stored without extraction. */
      annotations?: Annotations | null;
      /** MinHash signatures of the whole text (`part` -1) and of its long paragraphs. */
      signatures?: PartSignature[];
      /** The keys its local entities may meet others' by, for incremental resolution. */
      entityKeys?: number[];
      /**
       * Keep a document this pipeline version already derived from the same bytes (another process
       * stored it meanwhile): only the sighting is added. Reprocessing replaces it instead.
       */
      keepExisting?: boolean;
    }
  | { kind: 'sighting'; sha256: Sha256; sighting: Sighting };

export interface SavedBatch {
  /** Sources whose existing document was kept (see `keepExisting`): their write added a sighting only. */
  kept: Sha256[];
}

export type { PartSignature };

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

/** Narrowing a search: publication dates (ISO prefixes, both ends included), an outlet's domain, a speaker. */
export interface SearchFacets {
  from?: string;
  to?: string;
  /** A site's domain ("example.org"): documents seen at a URL on it or on its subdomains. */
  outlet?: string;
  /** Documents in which one of these entities is quoted. */
  speakerEntities?: string[];
}

/** Control characters, which cleaning removes from every document, mark matches inside snippets. */
export const SNIPPET_MARK = { open: '\u0002', close: '\u0003' } as const;

/** A search query the engine cannot run, with the reason for the user. */
export class InvalidQuery extends Error {
  override readonly name = 'InvalidQuery';
}

/** Where a record was found, as views and exports show it. */
export interface DocumentRef {
  id: string;
  /** The locator of the document's first sighting, exactly as the user gave it. */
  source: string;
  title: string | null;
  /** ISO date prefix, or null. */
  published: string | null;
}

/** A statement with its document and, once resolved, its speaker's entity. */
export interface StoredQuote {
  quote: Quote;
  document: DocumentRef;
  /** The entity of the speaker's chain, or null (unnamed, unattributed, or not resolved yet). */
  speakerEntity: { id: string; name: string } | null;
}

export interface QuoteFilter {
  /** Statements whose speaker belongs to one of these entities. */
  speakerEntities?: string[];
  documentId?: string;
  documentIds?: string[];
  /** ISO date prefixes; a statement's date is when it was said, else its document's publication date. */
  since?: string;
  until?: string;
  kinds?: QuoteKind[];
  /** Only statements with a date (when said, or when their document was published). */
  dated?: boolean;
  /** Statements whose words contain each of these (any case). */
  words?: string[];
  /** Statements in documents seen on this outlet (a domain, subdomains included). */
  outlet?: string;
  /** Statements at least this sure (0 to 1), and any a person corrected. */
  minConfidence?: number;
  /**
   * Statements whose speaker or kind a person set (by id): `in` ones fit `speakerEntities` or `kinds`
   * whatever extraction found, `out` ones do not.
   */
  corrected?: {
    speakerIn: string[];
    speakerOut: string[];
    kindIn: string[];
    kindOut: string[];
    /** Every statement a person corrected: its speaker or kind is a person's word, however unsure extraction was. */
    any: string[];
  };
}

export interface StatementOccurrence {
  key: string;
  quoteId: string;
  document: DocumentRef;
  /** When the words were said, if the text says. */
  saidOn: string | null;
  copyCluster: string | null;
  /** The URL the document was fetched from (the final one), for its outlet; null for files. */
  url: string | null;
}

/** Records found in a document, with the document they were found in. */
export interface Located<T> {
  record: T;
  document: DocumentRef;
}

/** Reading and exporting what extraction found; writing happens with the document (`saveBatch`). */
export interface AnnotationStore {
  /** Everything found in one document; mentions carry their entity once resolution has run. */
  getAnnotations(documentId: string): Promise<Annotations>;
  listQuotes(filter: QuoteFilter, page: Page): Promise<StoredQuote[]>;
  countQuotes(filter: QuoteFilter): Promise<number>;
  /** How many statements fit the filter in each month (when said, else when published); undated left out. */
  countQuotesByMonth(filter: QuoteFilter): Promise<Array<{ month: string; statements: number }>>;
  /**
   * Every statement whose words have one of these keys (see `statementKey`), with what corroboration
   * needs of its document: "who repeats whom".
   */
  statementOccurrences(keys: readonly string[]): Promise<StatementOccurrence[]>;
  /** Every statement, mention, date and claim, document by document, in bounded memory. */
  allQuotes(): AsyncIterable<StoredQuote>;
  allMentions(): AsyncIterable<Located<Mention>>;
  allDates(): AsyncIterable<Located<DateRef>>;
  /** Claims with the cluster each belongs to (null before resolution, or for a claim without one). */
  allClaims(): AsyncIterable<Located<Claim> & { cluster: string | null }>;
}

export interface DateFilter {
  /** ISO date prefixes, both ends included ("to 2019" includes 2019-12-31). */
  from?: string;
  to?: string;
  documentIds?: string[];
}

export interface DateStore {
  /** The dates documents mention, earliest first (a year before the days within it). */
  listDates(filter: DateFilter, page: Page): Promise<Located<DateRef>[]>;
  countDates(filter: DateFilter): Promise<number>;
}

/**
 * How much of the ledger a corpus-wide resolution has seen: the newest document and the curations
 * (both only ever grow). A resolution is written only if no stored one saw more, so when several
 * processes resolve at once, an older view never replaces a newer one.
 */
export interface ResolutionMark {
  documents: number;
  curations: number;
}

/** One local actor's place in an entity: resolution output. */
export interface Membership {
  documentId: string;
  chain: number;
  entityId: string;
}

/** What a resolution took in, its unresolved marks cleared when it is stored. */
export interface ResolvedDocuments {
  documents: readonly string[];
  /** Whether it took in that a document was replaced (a whole resolution). */
  replaced: boolean;
}

/**
 * A whole resolution's: the marks it took in, the version of the keys' definition it used, and, when
 * the stored keys were made by another version, every document's keys made again.
 */
export interface ResolvedCorpus extends ResolvedDocuments {
  keysVersion: number;
  rebuiltKeys: ReadonlyArray<{ documentId: string; key: number }> | null;
}

/** Where incremental entity resolution stands (see `resolve/entities/keys.ts`). */
export interface EntityResolutionState {
  /** The stored resolution: the curations it saw, and the version of the keys stored with it. */
  stored: { curationsMark: number; keysVersion: number } | null;
  /** Documents stored since. */
  documents: string[];
  /** Whether a document was replaced or deleted since. */
  replaced: boolean;
}

/**
 * Resolving part of the corpus: the local entities that share keys with new documents, found document
 * by document, and their entities replaced without touching the rest.
 */
export interface EntityScopeStore {
  entityResolutionState(): Promise<EntityResolutionState>;
  /** Documents whose local entities have one of these keys. */
  documentsWithKeys(keys: readonly number[]): Promise<string[]>;
  localsOfDocuments(documentIds: readonly string[]): Promise<LocalEntity[]>;
  roleFactsOfDocuments(documentIds: readonly string[]): Promise<RoleFact[]>;
  /** The local entities the stored resolution puts in these entities. */
  chainsOfEntities(entityIds: readonly string[]): Promise<Array<{ documentId: string; chain: number }>>;
  /**
   * Replaces the entities of the local entities in `scope` (which share no key with the rest of the
   * corpus) in one transaction. Refused, as `false`, when a newer resolution is stored, and as
   * `'overlap'` when a new entity's id is taken outside the scope, which only a whole resolution sorts out.
   */
  replaceEntitiesIn(
    scope: ReadonlyArray<{ documentId: string; chain: number }>,
    entities: readonly Entity[],
    memberships: readonly Membership[],
    keyOf: (name: string) => string,
    mark: ResolutionMark,
    resolved: ResolvedDocuments,
  ): Promise<boolean | 'overlap'>;
}

export interface EntityStore extends EntityScopeStore {
  /** What the ledger holds now, to stamp a resolution about to read it. */
  resolutionMark(): Promise<ResolutionMark>;
  /** Every local actor of the corpus, for resolution. */
  allLocals(): AsyncIterable<LocalEntity>;
  /** Every role the documents give their actors, for resolution. */
  allRoleFacts(): AsyncIterable<RoleFact>;
  /**
   * Replaces every entity and membership with a new resolution, in one transaction. `keyOf` gives each
   * name and alias the spelling-invariant key it is found by (`entitiesByKeys`).
   */
  replaceEntities(
    entities: readonly Entity[],
    memberships: readonly Membership[],
    keyOf: (name: string) => string,
    mark: ResolutionMark,
    resolved?: ResolvedCorpus,
  ): Promise<boolean>;
  getEntity(id: string): Promise<Entity | undefined>;
  /** Most mentioned first; all kinds unless one is given. */
  listEntities(page: Page, kind?: MentionKind): Promise<Entity[]>;
  countEntities(kind?: MentionKind): Promise<number>;
  /** Entities one of whose names has one of these keys, most mentioned first. */
  entitiesByKeys(keys: readonly string[]): Promise<Entity[]>;
  /** Entities named in the same documents as this one, with how many documents they share. */
  coMentioned(entityId: string, limit: number): Promise<Array<{ entity: Entity; documents: number }>>;
  /** Documents that name the entity, most recent first. */
  documentsNaming(entityId: string, page: Page): Promise<DocumentRef[]>;
  allEntities(): AsyncIterable<Entity>;
}

export interface CurationStore {
  addCuration(curation: Curation): Promise<void>;
  /** Every curation, in the order they were made, undone ones included. */
  listCurations(): Promise<Curation[]>;
  markUndone(id: string, by: string, at: string): Promise<void>;
}

/** A stored signature with its document. */
export interface DocumentPartSignature extends PartSignature {
  documentId: string;
}

/** A claim with its id and the date it is known by (its document's publication date). */
export interface DatedClaimRow {
  id: string;
  claim: Claim;
  date: PartialDate | null;
}

/** A claim in a cluster, with where it was found and what corroboration needs to know of its document. */
export interface ClusterMember {
  claimId: string;
  claim: Claim;
  document: DocumentRef;
  /** The document's cluster of copies, null when it has none. */
  copyCluster: string | null;
  /** The URL the document was fetched from (the final one), for its outlet; null for files. */
  url: string | null;
}

export interface ClaimClusterSummary {
  id: string;
  /** Claims in the cluster and documents they are in. */
  claims: number;
  documents: number;
  /** The cluster's earliest claim, as a sample of its wording. */
  first: { text: string; what: string | null; value: number; published: string | null };
}

/** Copies and claim clusters: resolution output, replaced whole at each resolution. */
export interface ClusterStore {
  allSignatures(): AsyncIterable<DocumentPartSignature>;
  /** Replaces the clusters of copies unless a newer resolution is stored; says whether it did. */
  replaceCopyClusters(
    members: ReadonlyArray<{ documentId: string; part: number; clusterId: string }>,
    mark: ResolutionMark,
  ): Promise<boolean>;
  allDatedClaims(): AsyncIterable<DatedClaimRow>;
  replaceClaimClusters(
    members: ReadonlyArray<{ claimId: string; clusterId: string }>,
    mark: ResolutionMark,
  ): Promise<boolean>;
  /** Clusters with claims in at least `minDocuments` documents, whose claims' words contain `text`. */
  listClaimClusters(
    filter: { text?: string; minDocuments?: number },
    page: Page,
  ): Promise<ClaimClusterSummary[]>;
  claimClusterMembers(clusterId: string): Promise<ClusterMember[]>;
  /** Documents in the same cluster of copies as this one (itself excluded). */
  copiesOf(documentId: string): Promise<DocumentRef[]>;
}

/** The database cannot be reached or opened; the message says why and never shows a password. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}
