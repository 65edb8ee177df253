import { type Independence, independentSources } from '../resolve/independence/independent-sources.ts';
import { outletOf } from '../resolve/independence/outlets.ts';
import type { DocumentRef } from '../store/store.ts';

/** How independently something is carried: one count for every front that shows corroboration. */

/** The outlet of a document: from the URL it was fetched from, else from a locator that is a URL. */
export function outletFor(document: DocumentRef, url: string | null): string | null {
  return outletOf({ url: url ?? (/^https?:\/\//i.test(document.source) ? document.source : null) });
}

export interface Carrier {
  document: DocumentRef;
  copyCluster: string | null;
  url: string | null;
}

/** Each cluster of copies once and each outlet once. */
export function corroboration(carriers: readonly Carrier[]): Independence {
  return independentSources(
    carriers.map((c) => ({
      documentId: c.document.id,
      copyCluster: c.copyCluster,
      outlet: outletFor(c.document, c.url),
    })),
  );
}
