import type { Speaker } from '../model.ts';
import type { Store, StoredQuote } from '../store/store.ts';
import { claimClusterView } from './claims.ts';
import { FTM_COLUMNS } from './export-ftm-columns.ts';
import { type StatementView, withRepeats } from './quotes.ts';

/**
 * The export contract (DESIGN.md): field names other tools read. Change them only with a new contract.
 * Offsets are [start, end) in UTF-16 code units of the document's text.
 */
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

interface SpanRecord {
  start: number;
  end: number;
  text: string;
}

export interface SpeakerRecord {
  /** The entity's preferred name, or the unnamed description as written, or null. */
  name: string | null;
  /** The words in the text that stand for the speaker ("Karimi", "he", "the spokesman"). */
  mention: SpanRecord | null;
  entity: string | null;
}

export interface QuoteRecord {
  id: string;
  document: { id: string; source: string; title: string | null; published: string | null };
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: SpeakerRecord;
  cue: { text: string; lemma: string; start: number; end: number } | null;
  medium: { text: string; start: number; end: number; entity: string | null } | null;
  said_on: string | null;
  via: SpeakerRecord | null;
  confidence: number;
  /** Documents carrying the same words, each copy cluster and outlet counted once (1: this one only). */
  independent_sources: number;
}

export const EXPORT_KINDS = [
  'documents',
  'quotes',
  'entities',
  'mentions',
  'dates',
  'claims',
  'ftm',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Column order for flat formats; nested values are written as JSON text. */
export const EXPORT_COLUMNS: Record<ExportKind, string[]> = {
  documents: ['id', 'source', 'sha256', 'title', 'byline', 'published', 'language', 'text'],
  quotes: [
    'id',
    'document',
    'text',
    'start',
    'end',
    'kind',
    'speaker',
    'cue',
    'medium',
    'said_on',
    'via',
    'confidence',
    'independent_sources',
  ],
  entities: ['id', 'kind', 'name', 'aliases', 'documents', 'mentions'],
  mentions: ['document', 'text', 'start', 'end', 'kind', 'entity'],
  dates: ['document', 'text', 'start', 'end', 'value', 'precision', 'calendar', 'resolved'],
  claims: [
    'document',
    'text',
    'start',
    'end',
    'value',
    'value_max',
    'qualifier',
    'what',
    'cluster',
    'independent_sources',
  ],
  ftm: FTM_COLUMNS,
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

function speakerRecord(speaker: Speaker | null, entityName: string | null): SpeakerRecord {
  if (!speaker) return { name: null, mention: null, entity: null };
  const mention = speaker.span ? { ...speaker.span, text: speaker.text } : null;
  const name = entityName ?? (speaker.unnamed ? speaker.text : null);
  return { name, mention, entity: speaker.entityId };
}

export function quoteRecord(
  { quote, document, speakerEntity, repeats }: StatementView,
  id: string,
): QuoteRecord {
  const { cue, medium } = quote;
  return {
    id,
    document,
    text: quote.text,
    start: quote.span.start,
    end: quote.span.end,
    kind: quote.kind,
    speaker: speakerRecord(quote.speaker, speakerEntity?.name ?? null),
    cue: cue ? { text: cue.text, lemma: cue.lemma, ...cue.span } : null,
    medium: medium ? { text: medium.text, ...medium.span, entity: medium.entityId } : null,
    said_on: quote.saidOn?.value ?? null,
    via: quote.via ? speakerRecord(quote.via, null) : null,
    confidence: quote.confidence,
    independent_sources: repeats?.independence.sources ?? 1,
  };
}

/** Statements a page at a time, so "who repeats whom" is looked up once per page. */
async function* quoteRecords(store: Store): AsyncIterable<QuoteRecord> {
  let page: StoredQuote[] = [];
  const flush = async function* () {
    for (const view of await withRepeats(store, page)) yield quoteRecord(view, view.id);
    page = [];
  };
  for await (const stored of store.allQuotes()) {
    page.push(stored);
    if (page.length === 500) yield* flush();
  }
  yield* flush();
}

async function* entityRecords(store: Store): AsyncIterable<object> {
  for await (const e of store.allEntities()) {
    const aliases = [...e.aliases].sort((a, b) => b.count - a.count).map((a) => a.name);
    yield { id: e.id, kind: e.kind, name: e.name, aliases, documents: e.documents, mentions: e.mentions };
  }
}

async function* mentionRecords(store: Store): AsyncIterable<object> {
  for await (const { record: m, document } of store.allMentions()) {
    yield {
      document: { id: document.id, source: document.source },
      text: m.text,
      start: m.span.start,
      end: m.span.end,
      kind: m.kind,
      entity: m.entityId,
    };
  }
}

async function* dateRecords(store: Store): AsyncIterable<object> {
  for await (const { record: d, document } of store.allDates()) {
    yield {
      document: { id: document.id, source: document.source },
      text: d.text,
      start: d.span.start,
      end: d.span.end,
      value: d.value,
      precision: d.precision,
      calendar: d.calendar,
      resolved: d.resolved,
    };
  }
}

async function* claimRecords(store: Store): AsyncIterable<object> {
  const sourcesOf = new Map<string, number>();
  const independentSources = async (cluster: string | null) => {
    if (cluster === null) return 1;
    let sources = sourcesOf.get(cluster);
    if (sources === undefined) {
      sources = (await claimClusterView(store, cluster)).independence.sources;
      sourcesOf.set(cluster, sources);
    }
    return sources;
  };
  for await (const { record: c, document, cluster } of store.allClaims()) {
    yield {
      document: { id: document.id, source: document.source },
      text: c.text,
      start: c.span.start,
      end: c.span.end,
      value: c.value,
      value_max: c.valueMax,
      qualifier: c.qualifier,
      what: c.what,
      cluster,
      independent_sources: await independentSources(cluster),
    };
  }
}

export function exportRecords(store: Store, kind: ExportKind): AsyncIterable<object> {
  switch (kind) {
    case 'documents':
      return documentRecords(store);
    case 'quotes':
      return quoteRecords(store);
    case 'entities':
      return entityRecords(store);
    case 'mentions':
      return mentionRecords(store);
    case 'dates':
      return dateRecords(store);
    case 'claims':
      return claimRecords(store);
    case 'ftm':
      return ftmRecordsLoaded(store);
  }
}

/** FollowTheMoney's model is loaded by the export that needs it, not by every command that starts. */
async function* ftmRecordsLoaded(store: Store): AsyncIterable<object> {
  const { ftmRecords } = await import('./export-ftm.ts');
  yield* ftmRecords(store);
}
