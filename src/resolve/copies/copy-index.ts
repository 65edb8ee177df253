import { BANDS, bandsOf, resemblance, type Signature } from './minhash.ts';

/**
 * An in-memory locality-sensitive hashing index of signatures. Items are added one at a time and never
 * recomputed: adding one looks up the items that share a band with it, checks each candidate on the
 * whole signature and returns the pairs that are copies. The store does the same with its band rows.
 */

/** Estimated Jaccard similarity of word 4-shingles from which two texts are copies of each other. */
export const COPY_THRESHOLD = 0.4;
/** Or the share of the shorter text found in the longer ("a paragraph added"), for texts long enough. */
export const CONTAINMENT_THRESHOLD = 0.7;
export const CONTAINMENT_MIN_SHINGLES = 8;

/** Whether two signed texts are copies: similar as wholes, or the shorter one contained in the other. */
export function isCopy(a: Signature, b: Signature): { copy: boolean; similarity: number } {
  const { jaccard, containment } = resemblance(a, b);
  const contained =
    containment >= CONTAINMENT_THRESHOLD && Math.min(a.shingles, b.shingles) >= CONTAINMENT_MIN_SHINGLES;
  return { copy: jaccard >= COPY_THRESHOLD || contained, similarity: jaccard };
}

export interface CopyIndex {
  ids: string[];
  signatures: Signature[];
  /** One map per band: band hash → the item, or the items, filed under it. */
  buckets: Array<Map<number, number | number[]>>;
}

export interface CopyPair {
  a: string;
  b: string;
  similarity: number;
}

export function createCopyIndex(): CopyIndex {
  return { ids: [], signatures: [], buckets: Array.from({ length: BANDS }, () => new Map()) };
}

/** Adds an item and returns its copies among the items already there, most similar first. */
export function addToCopyIndex(index: CopyIndex, id: string, signature: Signature): CopyPair[] {
  const item = index.ids.length;
  const candidates = new Set<number>();
  const bands = bandsOf(signature);
  for (let band = 0; band < BANDS; band++) {
    const bucket = index.buckets[band];
    const hash = bands[band] ?? 0;
    const filed = bucket?.get(hash);
    if (filed === undefined) bucket?.set(hash, item);
    else if (typeof filed === 'number') {
      candidates.add(filed);
      bucket?.set(hash, [filed, item]);
    } else {
      for (const other of filed) candidates.add(other);
      filed.push(item);
    }
  }
  index.ids.push(id);
  index.signatures.push(signature);
  const pairs: CopyPair[] = [];
  for (const other of candidates) {
    const { copy, similarity } = isCopy(signature, index.signatures[other] ?? signature);
    if (copy) pairs.push({ a: index.ids[other] ?? '', b: id, similarity });
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || (x.a < y.a ? -1 : 1));
}
