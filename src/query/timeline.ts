import type { DatePrecision, DateRef, Entity, PartialDate, QuoteKind, Span } from '../model.ts';
import type { DocumentRef, Located, Page, Store } from '../store/store.ts';
import { NotFound } from './documents.ts';
import { entitiesNamed } from './entities.ts';
import { type StatementView, withRepeats } from './quotes.ts';
import { correctedFilter } from './statement-corrections.ts';

/**
 * The timeline: what the documents date (events) and when statements were made, in calendar order.
 * Both come from the store already sorted; a page of the timeline is the merge of the first
 * offset + limit of each, so no page reads the whole corpus.
 */

export type TimelineKind = 'date' | 'statement';

export interface TimelineEvent {
  kind: TimelineKind;
  /** When: a date the text gives, or when the words were said (else when their document was published). */
  when: PartialDate;
  document: DocumentRef;
  /** The date expression, or the quoted words, as printed. */
  span: Span;
  text: string;
  /** The sentence a date is mentioned in: what happened then, in the source's words. */
  sentence: { span: Span; text: string } | null;
  date: DateRef | null;
  statement: StatementView | null;
}

export interface TimelineQuery {
  /** Only what concerns this actor: its statements, and dates in sentences that name it. */
  entity?: string;
  /** ISO date prefixes, both ends included. */
  from?: string;
  to?: string;
  kinds?: readonly TimelineKind[];
}

export interface Timeline {
  total: number;
  events: TimelineEvent[];
  /** The entities the name was taken to mean (several when it fits several; all are shown). */
  entities: Entity[];
}

/** Pages deeper than this are refused: narrow the dates instead of reading the whole corpus. */
export const TIMELINE_DEPTH = 10_000;
/** An entity's dates are read from at most this many of the documents that name it, most recent first. */
const ENTITY_DOCUMENTS = 5_000;
const STATEMENT_KINDS: QuoteKind[] = ['direct', 'mixed', 'indirect'];

export class TimelineTooDeep extends Error {
  override readonly name = 'TimelineTooDeep';
}

export async function timeline(store: Store, query: TimelineQuery, page: Page): Promise<Timeline> {
  const depth = page.offset + page.limit;
  if (depth > TIMELINE_DEPTH)
    throw new TimelineTooDeep(
      `a timeline page ends at most ${TIMELINE_DEPTH} events in; narrow it with a date range`,
    );
  const kinds = new Set(query.kinds ?? ['date', 'statement']);
  const window: Page = { limit: depth, offset: 0 };
  const entities = query.entity ? await entitiesNamed(store, query.entity) : [];
  if (query.entity && entities.length === 0) throw new NotFound(`no entity named "${query.entity}"`);
  const entityIds = entities.map((e) => e.id);
  // People's fixes to a statement's speaker or kind decide whose timeline it is on.
  const statementFilter = await correctedFilter(store, {
    kinds: STATEMENT_KINDS,
    dated: true,
    ...(query.from ? { since: query.from } : {}),
    ...(query.to ? { until: query.to } : {}),
    ...(query.entity ? { speakerEntities: entityIds } : {}),
  });
  const [dated, statementTotal, statements] = await Promise.all([
    kinds.has('date')
      ? query.entity
        ? datesNaming(store, entityIds, query, window)
        : datesOfCorpus(store, query, window)
      : { total: 0, dates: [] },
    kinds.has('statement') ? store.countQuotes(statementFilter) : 0,
    kinds.has('statement') ? store.listQuotes(statementFilter, window) : [],
  ]);
  const merged = [
    ...dated.dates.map(dateEvent),
    ...(await withRepeats(store, statements)).map(statementEvent),
  ].sort(inCalendarOrder);
  const events = merged.slice(page.offset, depth);
  await addSentences(store, events);
  return { total: dated.total + statementTotal, events, entities };
}

async function datesOfCorpus(
  store: Store,
  query: TimelineQuery,
  window: Page,
): Promise<{ total: number; dates: Located<DateRef>[] }> {
  const filter = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  const [total, dates] = await Promise.all([store.countDates(filter), store.listDates(filter, window)]);
  return { total, dates };
}

/** Dates mentioned in a sentence that names one of the entities (every mention spelling counts). */
async function datesNaming(
  store: Store,
  entityIds: readonly string[],
  query: TimelineQuery,
  window: Page,
): Promise<{ total: number; dates: Located<DateRef>[] }> {
  const documentIds = new Set<string>();
  for (const id of entityIds) {
    for (const ref of await store.documentsNaming(id, { limit: ENTITY_DOCUMENTS, offset: 0 }))
      documentIds.add(ref.id);
  }
  const candidates = await store.listDates(
    {
      documentIds: [...documentIds],
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    },
    { limit: Number.MAX_SAFE_INTEGER, offset: 0 },
  );
  const wanted = new Set(entityIds);
  const byDocument = new Map<string, Located<DateRef>[]>();
  for (const candidate of candidates)
    byDocument.set(candidate.document.id, [...(byDocument.get(candidate.document.id) ?? []), candidate]);
  const kept: Located<DateRef>[] = [];
  for (const [documentId, dates] of byDocument) {
    const [annotations, stored] = await Promise.all([
      store.getAnnotations(documentId),
      store.getDocument(documentId),
    ]);
    if (!stored) continue;
    const sentences = stored.document.sentences;
    const naming = new Set(
      annotations.mentions
        .filter((m) => m.entityId !== null && wanted.has(m.entityId))
        .map((m) => sentenceIndex(sentences, m.span.start)),
    );
    kept.push(...dates.filter((d) => naming.has(sentenceIndex(sentences, d.record.span.start))));
  }
  kept.sort((a, b) => inCalendarOrder(dateEvent(a), dateEvent(b)));
  return { total: kept.length, dates: kept.slice(0, window.limit) };
}

function dateEvent({ record, document }: Located<DateRef>): TimelineEvent {
  return {
    kind: 'date',
    when: { value: record.value, precision: record.precision },
    document,
    span: record.span,
    text: record.text,
    sentence: null,
    date: record,
    statement: null,
  };
}

function statementEvent(statement: StatementView): TimelineEvent {
  const published = statement.document.published as string;
  const when = statement.quote.saidOn ?? { value: published, precision: precisionOf(published) };
  return {
    kind: 'statement',
    when,
    document: statement.document,
    span: statement.quote.span,
    text: statement.quote.text,
    sentence: null,
    date: null,
    statement,
  };
}

function precisionOf(isoPrefix: string): DatePrecision {
  return isoPrefix.length >= 10 ? 'day' : isoPrefix.length >= 7 ? 'month' : 'year';
}

/** Earlier first; a year before the days within it; then by document and place in it. */
function inCalendarOrder(a: TimelineEvent, b: TimelineEvent): number {
  if (a.when.value !== b.when.value) return a.when.value < b.when.value ? -1 : 1;
  if (a.document.id !== b.document.id) return a.document.id < b.document.id ? -1 : 1;
  return a.span.start - b.span.start;
}

/** The sentence holding `offset`, by binary search over sentences in text order; -1 if none. */
function sentenceIndex(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Span;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

async function addSentences(store: Store, events: TimelineEvent[]): Promise<void> {
  const documentIds = [...new Set(events.filter((e) => e.kind === 'date').map((e) => e.document.id))];
  const documents = await Promise.all(documentIds.map((id) => store.getDocument(id)));
  const byId = new Map(documents.flatMap((d) => (d ? [[d.document.id, d.document] as const] : [])));
  for (const event of events) {
    const document = event.kind === 'date' ? byId.get(event.document.id) : undefined;
    if (!document) continue;
    const sentence = document.sentences[sentenceIndex(document.sentences, event.span.start)];
    if (sentence)
      event.sentence = { span: sentence, text: document.text.slice(sentence.start, sentence.end) };
  }
}
