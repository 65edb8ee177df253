import { type TextIndex, wordAt } from './text-index.ts';

/** Round and square brackets: each opening one with the one that closes it, and back. */
const CLOSING_OF = new Map([
  ['(', ')'],
  ['[', ']'],
]);
const OPENING_OF = new Map([
  [')', '('],
  [']', '['],
]);

export const opensBracket = (index: TextIndex, k: number): boolean => CLOSING_OF.has(wordAt(index, k));
export const closesBracket = (index: TextIndex, k: number): boolean => OPENING_OF.has(wordAt(index, k));

/**
 * The token that pairs with the bracket at `at`, brackets nesting: an opening one's partner at or
 * before `limit`, a closing one's at or after it; -1 when there is none.
 */
export function pairedBracket(index: TextIndex, at: number, limit: number): number {
  const bracket = wordAt(index, at);
  const partner = CLOSING_OF.get(bracket) ?? OPENING_OF.get(bracket);
  if (partner === undefined) return -1;
  const step = CLOSING_OF.has(bracket) ? 1 : -1;
  let depth = 0;
  for (let k = at; step > 0 ? k <= limit : k >= limit; k += step) {
    const w = wordAt(index, k);
    if (w === bracket) depth++;
    else if (w === partner && --depth === 0) return k;
  }
  return -1;
}
