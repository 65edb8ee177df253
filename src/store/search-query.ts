import { InvalidQuery } from './store.ts';

/**
 * The search language every engine speaks, parsed once so that each engine only renders it: words
 * and "quoted phrases" are all required, `OR` between two terms offers either, `-term` excludes,
 * and a trailing `*` on a word asks for a prefix. AND binds tighter than OR (`a b OR c` is
 * `(a AND b) OR c`), as in SQLite's FTS5, where the language started.
 */
export interface SearchQuery {
  /** Alternatives, each a list of terms that must all match. */
  anyOf: SearchTerm[][];
  /** Terms no hit may contain. */
  none: SearchTerm[];
}

export interface SearchTerm {
  /** The word or phrase as typed, without its quotes or star; holds at least one letter or digit. */
  text: string;
  prefix: boolean;
}

const PIECE = /-?"[^"]*"?|\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function parseSearchQuery(query: string): SearchQuery {
  const anyOf: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  let group: SearchTerm[] | undefined;
  let pendingOr = false;
  for (const piece of query.match(PIECE) ?? []) {
    if (piece === 'OR') {
      pendingOr = group !== undefined;
      continue;
    }
    const negated = piece.startsWith('-') && piece.length > 1;
    const body = negated ? piece.slice(1) : piece;
    const prefix = body.endsWith('*') && !body.startsWith('"');
    const text = body.replace(/^"|"$/g, '').replace(/\*$/, '');
    if (!LETTER_OR_DIGIT.test(text)) continue;
    const term = { text, prefix };
    if (negated) none.push(term);
    else if (group && !pendingOr) group.push(term);
    else {
      group = [term];
      anyOf.push(group);
    }
    pendingOr = false;
  }
  if (anyOf.length === 0) {
    throw new InvalidQuery(
      none.length > 0 ? 'a query needs at least one word to look for' : 'a query needs a word or a number',
    );
  }
  return { anyOf, none };
}

/** The runs of letters and digits in a term: the words both engines' tokenizers see in it. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
