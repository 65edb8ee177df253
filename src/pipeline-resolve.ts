import type { LocalEntity, RoleFact } from './model.ts';
import { clusterClaims } from './resolve/claims/clusters.ts';
import { copyClusters } from './resolve/copies/clusters.ts';
import { addToCopyIndex, type CopyPair, createCopyIndex } from './resolve/copies/copy-index.ts';
import { applyCurations } from './resolve/curation.ts';
import { resolveEntities } from './resolve/entities/index.ts';
import { nameKey } from './resolve/entities/lookup.ts';
import type { ResolutionMark, Store } from './store/store.ts';

/**
 * The corpus-wide part of the pipeline, run after documents are stored: what needs the whole corpus is
 * derived again from what extraction stored (signatures, claims), and its output replaced whole. Each
 * step is near-linear (LSH buckets, blocks of claims), so doing it again costs little beside ingest.
 */

export interface Resolution {
  entities: number;
  /** Curations that name an entity the corpus no longer has: kept, not applied. */
  unappliedCurations: string[];
  /** Clusters of copied documents, and of copied paragraphs. */
  copyClusters: number;
  paragraphClusters: number;
  claimClusters: number;
}

/** A paragraph's id in the copy index: `documentId/pN`. */
const paragraphId = (documentId: string, part: number) => `${documentId}/p${part}`;

async function resolveCopies(
  store: Store,
  mark: ResolutionMark,
): Promise<{ documents: number; paragraphs: number }> {
  const documents = createCopyIndex();
  const paragraphs = createCopyIndex();
  const documentPairs: CopyPair[] = [];
  const paragraphPairs: CopyPair[] = [];
  for await (const { documentId, part, signature } of store.allSignatures()) {
    if (part < 0) documentPairs.push(...addToCopyIndex(documents, documentId, signature));
    else paragraphPairs.push(...addToCopyIndex(paragraphs, paragraphId(documentId, part), signature));
  }
  const documentClusters = copyClusters(documentPairs);
  // A paragraph copied within its own document is the scraper's repetition, not another source.
  const documentOf = (id: string) => id.slice(0, id.lastIndexOf('/p'));
  const paragraphClusters = copyClusters(paragraphPairs.filter((p) => documentOf(p.a) !== documentOf(p.b)));
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

/** One entity per actor across the corpus, with people's curations applied on top, in the order made. */
export async function resolveActors(store: Store): Promise<{ entities: number; unapplied: string[] }> {
  const mark = await store.resolutionMark();
  const locals: LocalEntity[] = [];
  for await (const local of store.allLocals()) locals.push(local);
  const roles: RoleFact[] = [];
  for await (const role of store.allRoleFacts()) roles.push(role);
  const curations = (await store.listCurations()).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const curated = applyCurations(locals, resolveEntities(locals, roles), curations, roles);
  await store.replaceEntities(curated.entities, curated.assignments, nameKey, mark);
  return { entities: curated.entities.length, unapplied: curated.unapplied };
}

export async function resolveCorpus(store: Store): Promise<Resolution> {
  const actors = await resolveActors(store);
  const mark = await store.resolutionMark();
  const copies = await resolveCopies(store, mark);
  const claimClusters = await resolveClaims(store, mark);
  return {
    entities: actors.entities,
    unappliedCurations: actors.unapplied,
    copyClusters: copies.documents,
    paragraphClusters: copies.paragraphs,
    claimClusters,
  };
}
