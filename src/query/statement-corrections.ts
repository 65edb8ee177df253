import type { Curation, CurationAction, QuoteKind, Speaker } from '../model.ts';
import type { QuoteFilter, Store } from '../store/store.ts';
import { NotFound } from './documents.ts';
import { resolveEntity } from './entities.ts';
import type { StatementView } from './quotes.ts';

/**
 * People's fixes to statements (`speaker` and `quote-kind` curations), applied over what extraction
 * found each time statements are read, so that they survive reprocessing and an undo takes them away.
 */

type SpeakerFix = Extract<CurationAction, { type: 'speaker' }>;
type KindFix = Extract<CurationAction, { type: 'quote-kind' }>;

export interface StatementFixes {
  speaker: Map<string, { curation: string; action: SpeakerFix }>;
  kind: Map<string, { curation: string; action: KindFix }>;
}

/** The fixes in force, the latest for each statement winning. */
export function statementFixes(curations: readonly Curation[]): StatementFixes {
  const fixes: StatementFixes = { speaker: new Map(), kind: new Map() };
  for (const c of curations) {
    if (c.undone) continue;
    if (c.action.type === 'speaker') fixes.speaker.set(c.action.quote, { curation: c.id, action: c.action });
    if (c.action.type === 'quote-kind') fixes.kind.set(c.action.quote, { curation: c.id, action: c.action });
  }
  return fixes;
}

/**
 * A filter that respects people's fixes: a statement whose speaker was set to one of the speakers
 * asked for is in, one set to someone else is out; the same for kinds; and a statement a person
 * corrected passes any confidence asked for.
 */
export function withFixesIn(filter: QuoteFilter, fixes: StatementFixes): QuoteFilter {
  if (fixes.speaker.size === 0 && fixes.kind.size === 0) return filter;
  const corrected = {
    speakerIn: [] as string[],
    speakerOut: [] as string[],
    kindIn: [] as string[],
    kindOut: [] as string[],
    any: [...new Set([...fixes.speaker.keys(), ...fixes.kind.keys()])],
  };
  const speakers = new Set(filter.speakerEntities ?? []);
  for (const [quote, { action }] of fixes.speaker)
    (action.entity !== null && speakers.has(action.entity) ? corrected.speakerIn : corrected.speakerOut).push(
      quote,
    );
  const kinds = new Set(filter.kinds ?? []);
  for (const [quote, { action }] of fixes.kind)
    (kinds.has(action.kind) ? corrected.kindIn : corrected.kindOut).push(quote);
  return { ...filter, corrected };
}

/** The same filter, respecting the fixes in force now. */
export async function correctedFilter(store: Store, filter: QuoteFilter): Promise<QuoteFilter> {
  if (!filter.speakerEntities && !filter.kinds && filter.minConfidence === undefined) return filter;
  return withFixesIn(filter, statementFixes(await store.listCurations()));
}

function fixedSpeaker(action: SpeakerFix): Speaker | null {
  if (action.entity === null && action.name === null) return null;
  return {
    span: null,
    text: action.name ?? '',
    antecedent: null,
    chain: null,
    entityId: action.entity,
    unnamed: action.entity === null,
  };
}

/** Statements as people corrected them; each says which curations changed it. */
export async function withStatementFixes(store: Store, views: StatementView[]): Promise<StatementView[]> {
  const fixes = statementFixes(await store.listCurations());
  if (fixes.speaker.size === 0 && fixes.kind.size === 0) return views;
  const names = new Map<string, string>();
  for (const { action } of fixes.speaker.values()) {
    if (action.entity && views.some((v) => v.id === action.quote)) {
      names.set(action.entity, (await store.getEntity(action.entity))?.name ?? action.name ?? action.entity);
    }
  }
  return views.map((view) => {
    const speakerFix = fixes.speaker.get(view.id);
    const kindFix = fixes.kind.get(view.id);
    if (!speakerFix && !kindFix) return view;
    const quote = { ...view.quote };
    let { speakerEntity } = view;
    if (speakerFix) {
      quote.speaker = fixedSpeaker(speakerFix.action);
      const entity = speakerFix.action.entity;
      speakerEntity = entity ? { id: entity, name: names.get(entity) ?? entity } : null;
    }
    if (kindFix) quote.kind = kindFix.action.kind;
    const corrections = [speakerFix?.curation, kindFix?.curation].filter((c): c is string => Boolean(c));
    return { ...view, quote, speakerEntity, corrections };
  });
}

export interface StatementFix {
  /** A speaker's name in any spelling, or an entity id: the entity must be one. */
  speaker?: string;
  /** An unnamed source, kept as written ("a senior official"). */
  unnamed?: string;
  kind?: QuoteKind;
}

const STATEMENT_ID = /^([0-9a-f]{16}):(\d+)-(\d+)$/;

/** The curations a fix makes, after checking that the statement and the speaker exist. */
export async function statementFixActions(
  store: Store,
  id: string,
  fix: StatementFix,
): Promise<CurationAction[]> {
  const parts = STATEMENT_ID.exec(id);
  if (!parts) throw new NotFound(`no statement "${id}": a statement id is DOCUMENT:START-END`);
  const documentId = parts[1] as string;
  const quotes = await store.listQuotes({ documentId }, { limit: 100_000, offset: 0 });
  const found = quotes.some(
    (q) => q.quote.span.start === Number(parts[2]) && q.quote.span.end === Number(parts[3]),
  );
  if (!found) throw new NotFound(`no statement "${id}"`);
  const actions: CurationAction[] = [];
  if (fix.speaker !== undefined) {
    const entity = await resolveEntity(store, fix.speaker);
    actions.push({ type: 'speaker', quote: id, entity: entity.id, name: entity.name });
  } else if (fix.unnamed !== undefined) {
    actions.push({ type: 'speaker', quote: id, entity: null, name: fix.unnamed });
  }
  if (fix.kind !== undefined) actions.push({ type: 'quote-kind', quote: id, kind: fix.kind });
  return actions;
}
