import type { Curation, Entity, Speaker } from '../model.ts';
import type { ClaimClusterView, ClaimSource } from '../query/claims.ts';
import type { StatementView } from '../query/quotes.ts';
import type { ClaimClusterSummary } from '../store/store.ts';
import type { ClaimClusterBody, CurationBodyType, StatementBody } from './ledger-schemas.ts';

/** Read models turned into the API's bodies: only what the contract names, in its shapes. */

function speakerBody(speaker: Speaker | null, entity: { id: string; name: string } | null) {
  if (!speaker && !entity) return null;
  return {
    name: entity?.name ?? (speaker?.unnamed ? speaker.text : null),
    text: speaker?.text ?? '',
    entity: entity?.id ?? speaker?.entityId ?? null,
    unnamed: speaker?.unnamed ?? false,
  };
}

export function statementBody(view: StatementView): StatementBody {
  const { quote } = view;
  return {
    id: view.id,
    text: quote.text,
    start: quote.span.start,
    end: quote.span.end,
    kind: quote.kind,
    speaker: speakerBody(quote.speaker, view.speakerEntity),
    cue: quote.cue?.text ?? null,
    medium: quote.medium?.text ?? null,
    saidOn: quote.saidOn?.value ?? null,
    via: quote.via?.text ?? null,
    sieve: quote.sieve,
    confidence: quote.confidence,
    document: view.document,
    independentSources: view.repeats?.independence.sources ?? 1,
    corrections: view.corrections ?? [],
  };
}

export function entitySummary(e: Entity) {
  return { id: e.id, kind: e.kind, name: e.name, documents: e.documents, mentions: e.mentions };
}

function claimSourceBody(s: ClaimSource) {
  const { claim } = s;
  return {
    claimId: s.claimId,
    text: claim.text,
    start: claim.span.start,
    end: claim.span.end,
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    what: claim.what,
    document: s.document,
    outlet: s.outlet,
    copyCluster: s.copyCluster,
  };
}

export function claimClusterBody(
  summary: ClaimClusterSummary | null,
  view: ClaimClusterView,
): ClaimClusterBody {
  return {
    id: view.id,
    claims: summary?.claims ?? view.sources.length,
    documents: summary?.documents ?? new Set(view.sources.map((s) => s.document.id)).size,
    independentSources: view.independence.sources,
    earliest: claimSourceBody(view.earliest),
    sources: view.sources.map(claimSourceBody),
  };
}

export function curationBody(c: Curation): CurationBodyType {
  return { id: c.id, by: c.by, at: c.at, reason: c.reason, action: { ...c.action }, undone: c.undone };
}
