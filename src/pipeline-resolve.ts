import type { Curation, LocalEntity, RoleFact } from './model.ts';
import { clusterClaims } from './resolve/claims/clusters.ts';
import { copyClusters } from './resolve/copies/clusters.ts';
import { copyPairs, type Signed } from './resolve/copies/copy-pairs.ts';
import { applyCurations } from './resolve/curation.ts';
import { resolveEntities } from './resolve/entities/index.ts';
import { documentKeys, nameLookup, personKeys, RESOLUTION_KEYS_VERSION } from './resolve/entities/keys.ts';
import { nameKey } from './resolve/entities/lookup.ts';
import { connectedLocals } from './resolve/entities/scope.ts';
import type { EntityResolutionState, ResolutionMark, Store } from './store/store.ts';

/**
 * The corpus-wide part of the pipeline, run after documents are stored: what needs the whole corpus is
 * derived again from what extraction stored (signatures, claims), and its output replaced whole. Each
 * step is near-linear (LSH buckets, blocks of claims), so doing it again costs little beside ingest.
 */

export interface Resolution {
  entities: number;
  /**
   * How entities were resolved: the whole corpus, or the part new documents share keys with; and how
   * many local entities that was.
   */
  entityResolution: { scope: 'whole' | 'part'; localEntities: number };
  /** Curations that name an entity the corpus no longer has: kept, not applied. */
  unappliedCurations: string[];
  /** Clusters of copied documents, and of copied paragraphs. */
  copyClusters: number;
  paragraphClusters: number;
  claimClusters: number;
}

/** A paragraph's id among the signed texts searched for copies: `documentId/pN`. */
const paragraphId = (documentId: string, part: number) => `${documentId}/p${part}`;

async function resolveCopies(
  store: Store,
  mark: ResolutionMark,
): Promise<{ documents: number; paragraphs: number }> {
  const documents: Signed[] = [];
  const paragraphs: Signed[] = [];
  for await (const { documentId, part, signature } of store.allSignatures()) {
    if (part < 0) documents.push({ id: documentId, signature });
    else paragraphs.push({ id: paragraphId(documentId, part), signature });
  }
  const documentClusters = copyClusters(copyPairs(documents));
  // A paragraph copied within its own document is the scraper's repetition, not another source.
  const documentOf = (id: string) => id.slice(0, id.lastIndexOf('/p'));
  const paragraphClusters = copyClusters(
    copyPairs(paragraphs).filter((p) => documentOf(p.a) !== documentOf(p.b)),
  );
  await store.replaceCopyClusters(
    [
      ...documentClusters.flatMap((c) =>
        c.members.map((documentId) => ({ documentId, part: -1, clusterId: c.id })),
      ),
      ...paragraphClusters.flatMap((c) =>
        c.members.map((id) => ({
          documentId: documentOf(id),
          part: Number(id.slice(id.lastIndexOf('/p') + 2)),
          clusterId: c.id,
        })),
      ),
    ],
    mark,
  );
  return { documents: documentClusters.length, paragraphs: paragraphClusters.length };
}

async function resolveClaims(store: Store, mark: ResolutionMark): Promise<number> {
  const dated = [];
  for await (const claim of store.allDatedClaims()) dated.push(claim);
  const clusters = clusterClaims(dated);
  await store.replaceClaimClusters(
    clusters.flatMap((c) => c.members.map((member) => ({ claimId: member.id, clusterId: c.id }))),
    mark,
  );
  return clusters.length;
}

/** The keys of each document's local entities, one row per document and key. */
function keysOf(locals: readonly LocalEntity[]): Array<{ documentId: string; key: number }> {
  const byDocument = new Map<string, LocalEntity[]>();
  for (const local of locals) {
    const list = byDocument.get(local.documentId);
    if (list) list.push(local);
    else byDocument.set(local.documentId, [local]);
  }
  return [...byDocument].flatMap(([documentId, list]) =>
    documentKeys(list).map((key) => ({ documentId, key })),
  );
}

type Actors = { entities: number; unapplied: string[]; scope: 'whole' | 'part'; localEntities: number };

async function resolveWhole(
  store: Store,
  state: EntityResolutionState,
  curations: readonly Curation[],
  mark: ResolutionMark,
): Promise<Actors> {
  const locals: LocalEntity[] = [];
  for await (const local of store.allLocals()) locals.push(local);
  const roles: RoleFact[] = [];
  for await (const role of store.allRoleFacts()) roles.push(role);
  const curated = applyCurations(locals, resolveEntities(locals, roles), curations, roles);
  // Documents are stored with their keys; those of a ledger made before this version of the keys'
  // definition are made again. A ledger's first resolution has only keys made by this version.
  const stale = state.stored !== null && state.stored.keysVersion !== RESOLUTION_KEYS_VERSION;
  await store.replaceEntities(curated.entities, curated.assignments, nameKey, mark, {
    documents: state.documents,
    replaced: state.replaced,
    keysVersion: RESOLUTION_KEYS_VERSION,
    rebuiltKeys: stale ? keysOf(locals) : null,
  });
  return {
    entities: curated.entities.length,
    unapplied: curated.unapplied,
    scope: 'whole',
    localEntities: locals.length,
  };
}

/**
 * The local entities of curated entities, and the names alias curations bring in: resolved with every
 * part, so that a person's corrections are applied again whatever the part holds.
 */
async function curationSeeds(store: Store, curations: readonly Curation[]) {
  const entities = new Set<string>();
  const keys: string[] = [];
  for (const { action, undone } of curations) {
    if (undone !== null || action.type === 'speaker' || action.type === 'quote-kind') continue;
    if (action.type === 'merge') for (const id of action.entities) entities.add(id);
    else entities.add(action.entity);
    if (action.type === 'alias') keys.push(nameLookup(action.alias), ...personKeys(action.alias));
  }
  return { chains: await store.chainsOfEntities([...entities]), keys };
}

/**
 * Resolves only the part of the corpus that new documents can change: their local entities and those
 * connected to them through resolution keys. `overlap` when the part's entities would collide with
 * others (a key the part should have had), and the whole corpus must be resolved instead.
 */
async function resolvePart(
  store: Store,
  state: EntityResolutionState,
  curations: readonly Curation[],
  mark: ResolutionMark,
): Promise<Actors | 'overlap'> {
  const seeds = await curationSeeds(store, curations);
  const locals = await connectedLocals({ documents: state.documents, ...seeds }, store);
  // Roles are looked up by chain, so those of chains outside the part are never read.
  const roles = await store.roleFactsOfDocuments([...new Set(locals.map((l) => l.documentId))]);
  const curated = applyCurations(locals, resolveEntities(locals, roles), curations, roles);
  const written = await store.replaceEntitiesIn(
    locals,
    curated.entities,
    curated.assignments,
    nameKey,
    mark,
    { documents: state.documents, replaced: false },
  );
  if (written === 'overlap') return 'overlap';
  return {
    entities: await store.countEntities(),
    unapplied: curated.unapplied,
    scope: 'part',
    localEntities: locals.length,
  };
}

/**
 * One entity per actor across the corpus, with people's curations applied on top, in the order made.
 * Documents added since the last resolution are resolved with the part of the corpus they share keys
 * with; the whole corpus is resolved again when asked (`reprocess`), on a ledger's first resolution,
 * after a curation, after a document was replaced, and when the keys' definition has changed.
 */
export async function resolveActors(store: Store, options: { whole?: boolean } = {}): Promise<Actors> {
  const mark = await store.resolutionMark();
  const state = await store.entityResolutionState();
  const curations = (await store.listCurations()).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const whole =
    options.whole ||
    state.stored === null ||
    state.replaced ||
    state.stored.keysVersion !== RESOLUTION_KEYS_VERSION ||
    state.stored.curationsMark !== mark.curations;
  if (!whole) {
    const part = await resolvePart(store, state, curations, mark);
    if (part !== 'overlap') return part;
  }
  return resolveWhole(store, state, curations, mark);
}

export async function resolveCorpus(store: Store, options: { whole?: boolean } = {}): Promise<Resolution> {
  const actors = await resolveActors(store, options);
  const mark = await store.resolutionMark();
  const copies = await resolveCopies(store, mark);
  const claimClusters = await resolveClaims(store, mark);
  return {
    entities: actors.entities,
    entityResolution: { scope: actors.scope, localEntities: actors.localEntities },
    unappliedCurations: actors.unapplied,
    copyClusters: copies.documents,
    paragraphClusters: copies.paragraphs,
    claimClusters,
  };
}
