/**
 * How many independent sources carry a claim or a statement. Documents in one cluster of copies are one
 * source (a story syndicated to ten sites counts once), and so are documents of one outlet (one
 * newspaper's five articles are one voice); both rules apply together, so a copy on another outlet ties
 * that outlet's other documents in too. A document with neither is a source of its own.
 */

export interface Occurrence {
  documentId: string;
  /** The copy cluster of the document, null when it has no copies. */
  copyCluster: string | null;
  /** The document's outlet (see outletOf), null when unknown. */
  outlet: string | null;
}

export interface IndependentSource {
  /** Sorted document ids. */
  documents: string[];
  outlets: string[];
  copyClusters: string[];
}

export interface Independence {
  /** The number of independent sources. */
  sources: number;
  documents: number;
  /** The sources, each a group of documents, ordered by their first document id. */
  groups: IndependentSource[];
}

export function independentSources(occurrences: readonly Occurrence[]): Independence {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let current = node;
    if (!parent.has(current)) parent.set(current, current);
    while (parent.get(current) !== current) {
      const up = parent.get(parent.get(current) ?? current) ?? current;
      parent.set(current, up);
      current = up;
    }
    return current;
  };
  const union = (a: string, b: string) => {
    const x = find(a);
    const y = find(b);
    if (x === y) return;
    const [low, high] = x < y ? [x, y] : [y, x];
    parent.set(high, low);
  };
  // Documents, clusters and outlets are nodes of one graph; each occurrence links its document to both.
  for (const { documentId, copyCluster, outlet } of occurrences) {
    find(`d:${documentId}`);
    if (copyCluster) union(`d:${documentId}`, `c:${copyCluster}`);
    if (outlet) union(`d:${documentId}`, `o:${outlet}`);
  }
  const groups = new Map<string, IndependentSource>();
  const documents = new Set<string>();
  for (const { documentId, copyCluster, outlet } of occurrences) {
    documents.add(documentId);
    const root = find(`d:${documentId}`);
    const group = groups.get(root) ?? { documents: [], outlets: [], copyClusters: [] };
    groups.set(root, group);
    if (!group.documents.includes(documentId)) group.documents.push(documentId);
    if (outlet && !group.outlets.includes(outlet)) group.outlets.push(outlet);
    if (copyCluster && !group.copyClusters.includes(copyCluster)) group.copyClusters.push(copyCluster);
  }
  const sorted = [...groups.values()].map((g) => ({
    documents: g.documents.sort(),
    outlets: g.outlets.sort(),
    copyClusters: g.copyClusters.sort(),
  }));
  sorted.sort((a, b) => ((a.documents[0] ?? '') < (b.documents[0] ?? '') ? -1 : 1));
  return { sources: sorted.length, documents: documents.size, groups: sorted };
}
