/**
 * MinHash signatures over word shingles, and the bands that locality-sensitive hashing files them under.
 *
 * A text is cut into words (letters and digits, lowercased) and every run of `SHINGLE` words is hashed
 * to 32 bits. Each of the `PERMUTATIONS` slots of the signature keeps the least value of a different
 * permutation of those hashes (murmur3's finaliser after xor with a fixed seed: a bijection, so each
 * slot is a true permutation). Two signatures agree in a slot with probability equal to the Jaccard
 * similarity of the two shingle sets, so the share of equal slots estimates it.
 */

export const SHINGLE = 4;
export const PERMUTATIONS = 128;
export const ROWS = 3;
/** 42 bands of 3 slots use 126 of the 128 slots. */
export const BANDS = Math.floor(PERMUTATIONS / ROWS);

/** The MinHash slots of a text and the number of its distinct shingles (to estimate containment). */
export interface Signature {
  slots: Uint32Array;
  shingles: number;
}

/** murmur3's 32-bit finaliser: a bijection that mixes every input bit into every output bit. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a word. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Fixed seeds, one per slot, from a fixed start: the same text gives the same signature everywhere. */
const SEEDS = Uint32Array.from({ length: PERMUTATIONS }, (_, i) =>
  mix(0x9e3779b9 + Math.imul(i, 0x632be5ab)),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct shingle hashes of a text; a text shorter than a shingle is one shingle of all its words. */
export function shingleHashes(text: string): Uint32Array {
  const words: number[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) words.push(wordHash(match[0]));
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - SHINGLE + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++) h = mix(h ^ (words[k] ?? 0));
    hashes[i] = h >>> 0;
  }
  return hashes;
}

/** The MinHash signature of a text, or null when it has no words. */
export function signatureOf(text: string): Signature | null {
  const shingles = shingleHashes(text);
  if (shingles.length === 0) return null;
  const slots = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  // Sorted, a repeated shingle sits beside itself: skipping it is cheaper than a Set of them.
  const sorted = shingles.sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    const shingle = sorted[i] as number;
    if (i > 0 && shingle === sorted[i - 1]) continue;
    distinct++;
    for (let slot = 0; slot < PERMUTATIONS; slot++) {
      const value = mix(shingle ^ (SEEDS[slot] as number));
      if (value < (slots[slot] as number)) slots[slot] = value;
    }
  }
  return { slots, shingles: distinct };
}

export interface Resemblance {
  /** Estimated Jaccard similarity of the two shingle sets: the share of equal slots. */
  jaccard: number;
  /** Estimated share of the smaller set found in the larger one ("a paragraph added" keeps it high). */
  containment: number;
}

export function resemblance(a: Signature, b: Signature): Resemblance {
  let equal = 0;
  for (let slot = 0; slot < PERMUTATIONS; slot++) if (a.slots[slot] === b.slots[slot]) equal++;
  const jaccard = equal / PERMUTATIONS;
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / Math.max(1, Math.min(a.shingles, b.shingles))) };
}

/**
 * One hash per band of `ROWS` slots. Two texts share a band with probability 1 - (1 - J^ROWS)^BANDS for
 * a Jaccard similarity J: 0.94 at J = 0.4, 0.996 at 0.5, 0.36 at 0.2; candidates are then checked on
 * the whole signature, so a shared band alone never makes a copy.
 */
export function bandsOf(signature: Signature): Uint32Array {
  const bands = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let row = 0; row < ROWS; row++) h = mix(h ^ (signature.slots[band * ROWS + row] ?? 0));
    bands[band] = h;
  }
  return bands;
}

/** A band as one printable key ("07:3f2a9c1e"), for a store that indexes bands as text. */
export function bandKey(band: number, hash: number): string {
  return `${String(band).padStart(2, '0')}:${hash.toString(16).padStart(8, '0')}`;
}
