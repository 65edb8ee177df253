import { BANDS, bandsOf, resemblance, type Signature } from './minhash.ts';

/**
 * The copies among a set of signed texts, by locality-sensitive hashing: texts that share a band are
 * candidates, and each candidate pair is checked once on the whole signature. The bands are joined
 * with flat typed-array hash tables, one band at a time, so a corpus of a hundred thousand signatures
 * costs a few hundred milliseconds and no garbage beyond the pairs.
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

export interface Signed {
  id: string;
  signature: Signature;
}

/** Two copies; `a` is the one that comes first in the input. */
export interface CopyPair {
  a: string;
  b: string;
  similarity: number;
}

/** The smallest power of two at least twice `count`: the open-addressing table stays at most half full. */
function tableSize(count: number): number {
  let size = 16;
  while (size < 2 * count) size *= 2;
  return size;
}

/** Every pair of copies among `items`, ordered by the later item of each pair, then by the earlier. */
export function copyPairs(items: readonly Signed[]): CopyPair[] {
  const count = items.length;
  const bands = new Uint32Array(count * BANDS);
  for (const [i, item] of items.entries()) bands.set(bandsOf(item.signature), i * BANDS);

  const size = tableSize(count);
  const mask = size - 1;
  const slotHash = new Uint32Array(size);
  const slotLast = new Int32Array(size);
  const previous = new Int32Array(count);
  const checked = new Set<number>();
  const pairs: Array<CopyPair & { order: number }> = [];

  for (let band = 0; band < BANDS; band++) {
    slotLast.fill(-1);
    for (let item = 0; item < count; item++) {
      const hash = bands[item * BANDS + band] as number;
      // Band hashes are already mixed, so their low bits serve as the slot.
      let slot = hash & mask;
      while (slotLast[slot] !== -1 && slotHash[slot] !== hash) slot = (slot + 1) & mask;
      for (let other = slotLast[slot] as number; other !== -1; other = previous[other] as number) {
        const order = item * count + other;
        if (checked.has(order)) continue;
        checked.add(order);
        const a = items[other] as Signed;
        const b = items[item] as Signed;
        const { copy, similarity } = isCopy(b.signature, a.signature);
        if (copy) pairs.push({ a: a.id, b: b.id, similarity, order });
      }
      slotHash[slot] = hash;
      previous[item] = slotLast[slot] as number;
      slotLast[slot] = item;
    }
  }
  return pairs.sort((x, y) => x.order - y.order).map(({ a, b, similarity }) => ({ a, b, similarity }));
}
