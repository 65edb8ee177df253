/**
 * Copy clusters: the connected groups of items linked by copy pairs. A cluster's id is derived from its
 * smallest member id, so the same items give the same clusters and ids in any order of arrival; when two
 * clusters join, the joined one takes the smaller id.
 */

export interface CopyCluster {
  id: string;
  /** Member ids, sorted. */
  members: string[];
}

export function clusterIdOf(members: readonly string[]): string {
  let smallest = members[0] ?? '';
  for (const member of members) if (member < smallest) smallest = member;
  return `copies:${smallest}`;
}

/** Groups the items linked by `pairs` (union-find with path halving); items in no pair are left out. */
export function copyClusters(pairs: Iterable<{ a: string; b: string }>): CopyCluster[] {
  const parent = new Map<string, string>();
  const find = (item: string): string => {
    let node = item;
    if (!parent.has(node)) parent.set(node, node);
    while (parent.get(node) !== node) {
      const up = parent.get(parent.get(node) ?? node) ?? node;
      parent.set(node, up);
      node = up;
    }
    return node;
  };
  for (const { a, b } of pairs) {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) continue;
    const [low, high] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent.set(high, low);
  }
  const groups = new Map<string, string[]>();
  for (const item of parent.keys()) {
    const root = find(item);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  }
  return [...groups.values()]
    .map((members) => {
      members.sort();
      return { id: clusterIdOf(members), members };
    })
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
