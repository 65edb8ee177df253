/** Disjoint sets over `0..size-1` with path halving and union by size: near-constant time per call. */
export interface DisjointSets {
  find(i: number): number;
  union(a: number, b: number): void;
}

export function disjointSets(size: number): DisjointSets {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const weight = new Int32Array(size).fill(1);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) {
      const up = parent[x] ?? x;
      parent[x] = parent[up] ?? up;
      x = parent[x] ?? x;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if ((weight[ra] ?? 0) < (weight[rb] ?? 0)) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    weight[ra] = (weight[ra] ?? 0) + (weight[rb] ?? 0);
  };
  return { find, union };
}
