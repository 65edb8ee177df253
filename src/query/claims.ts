import type { Claim } from '../model.ts';
import type { Independence } from '../resolve/independence/independent-sources.ts';
import type { ClaimClusterSummary, DocumentRef, Page, Store } from '../store/store.ts';
import { corroboration, outletFor } from './corroboration.ts';
import { NotFound } from './documents.ts';

/** Read models for claim clusters: who states a figure, how hedged, since when, how independently. */

export interface ClaimSource {
  claimId: string;
  claim: Claim;
  document: DocumentRef;
  /** The document's cluster of copies (a syndicated story), or null. */
  copyCluster: string | null;
  outlet: string | null;
}

export interface ClaimClusterView {
  id: string;
  /** Every claim in the cluster, earliest published first (undated last). */
  sources: ClaimSource[];
  /** The earliest dated appearance, or the first when none is dated. */
  earliest: ClaimSource;
  independence: Independence;
}

export interface ClaimClusterList {
  clusters: Array<ClaimClusterSummary & { independentSources: number }>;
}

export async function claimClusterView(store: Store, id: string): Promise<ClaimClusterView> {
  const members = await store.claimClusterMembers(id);
  const earliest = members[0];
  if (!earliest) throw new NotFound(`no claim cluster "${id}"`);
  const sources = members.map((m) => ({
    claimId: m.claimId,
    claim: m.claim,
    document: m.document,
    copyCluster: m.copyCluster,
    outlet: outletFor(m.document, m.url),
  }));
  const independence = corroboration(members);
  return { id, sources, earliest: sources[0] as ClaimSource, independence };
}

/** Clusters whose claims contain `text`, carried by the most documents first. */
export async function claimClusters(
  store: Store,
  filter: { text?: string; minDocuments?: number },
  page: Page,
): Promise<Array<{ summary: ClaimClusterSummary; view: ClaimClusterView }>> {
  const summaries = await store.listClaimClusters(filter, page);
  return Promise.all(
    summaries.map(async (summary) => ({ summary, view: await claimClusterView(store, summary.id) })),
  );
}
