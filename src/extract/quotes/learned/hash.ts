/**
 * Feature hashing: a feature is a template number and one or two values, mixed into a 32-bit integer
 * with multiplications, so that features cost no string building at run time. Word values are hashed
 * once per token (FNV-1a over UTF-16 code units).
 */

export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template number with up to three values into one well-spread 32-bit feature. */
export function feature(template: number, a = 0, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (a >>> 0), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15) ^ (b >>> 0), 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 13) ^ (c >>> 0), 0x165667b1);
  return (h ^ (h >>> 16)) >>> 0;
}
