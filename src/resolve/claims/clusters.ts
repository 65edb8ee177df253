import type { Claim, PartialDate } from '../../model.ts';
import { claimKey } from './claim-key.ts';

/**
 * Claim clusters: the same quantity about the same thing across documents, whatever the hedge ("over
 * 1,500", "an estimated 1,500") and the wording. Claims are blocked by the key of what they count, sorted
 * by value within a block and swept once, so the work is near-linear; a claim joins the cluster being
 * swept when its value agrees with the cluster's least value within the tolerance. A cluster's id is its key and least value, the same in any order.
 */

/** Values of 100 or more agree within 1% ("1,500" and "1,510"); smaller counts must be equal. */
export const RELATIVE_TOLERANCE = 0.01;

export interface DatedClaim {
  claim: Claim;
  /** When the document dates the claim, else when it was published; null when unknown. */
  date: PartialDate | null;
}

export interface ClaimCluster<T extends DatedClaim> {
  id: string;
  key: string;
  /** The value most members state (the least of them on a tie). */
  value: number;
  /** Earliest first, undated last; ties by document id and position. */
  members: T[];
}

function agree(a: Claim, b: Claim): boolean {
  const upper = (c: Claim) => c.valueMax ?? c.value;
  const close = (x: number, y: number) =>
    x === y || (Math.min(x, y) >= 100 && Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(x, y));
  return close(a.value, b.value) && close(upper(a), upper(b));
}

function byDate(a: DatedClaim, b: DatedClaim): number {
  const x = a.date?.value ?? null;
  const y = b.date?.value ?? null;
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  if (a.claim.documentId !== b.claim.documentId) return a.claim.documentId < b.claim.documentId ? -1 : 1;
  return a.claim.span.start - b.claim.span.start;
}

function mostStated(members: readonly DatedClaim[]): number {
  const counts = new Map<number, number>();
  for (const { claim } of members) counts.set(claim.value, (counts.get(claim.value) ?? 0) + 1);
  let best = Number.POSITIVE_INFINITY;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function clusterOf<T extends DatedClaim>(key: string, members: T[]): ClaimCluster<T> {
  const least = Math.min(...members.map((m) => m.claim.value));
  return { id: `claims:${key}:${least}`, key, value: mostStated(members), members: members.sort(byDate) };
}

/** Every cluster of claims with a key, singletons included, sorted by id; claims without a key are left out. */
export function clusterClaims<T extends DatedClaim>(claims: readonly T[]): Array<ClaimCluster<T>> {
  const blocks = new Map<string, T[]>();
  for (const dated of claims) {
    const key = claimKey(dated.claim.what);
    if (!key) continue;
    const block = blocks.get(key);
    if (block) block.push(dated);
    else blocks.set(key, [dated]);
  }
  const clusters: Array<ClaimCluster<T>> = [];
  for (const [key, block] of blocks) {
    block.sort(
      (a, b) =>
        a.claim.value - b.claim.value ||
        (a.claim.valueMax ?? a.claim.value) - (b.claim.valueMax ?? b.claim.value),
    );
    let current: T[] = [];
    for (const dated of block) {
      // Against the cluster's least value, not the last one's: neighbours each 1% apart must not chain
      // 6.0 and 7.3 million into one claim.
      const least = current[0];
      if (least && !agree(least.claim, dated.claim)) {
        clusters.push(clusterOf(key, current));
        current = [];
      }
      current.push(dated);
    }
    if (current.length > 0) clusters.push(clusterOf(key, current));
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
