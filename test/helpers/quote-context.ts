import type { DatePrecision, DateRef, Document, Mention, MentionKind, RoleFact } from '../../src/model.ts';

/**
 * Hand-made records of the other extractors, for testing statements alone: mentions at every occurrence
 * of given names, a date for a given phrase, a role for a given phrase. Occurrences are whole words.
 */

export interface Name {
  name: string;
  kind: MentionKind;
  chain: number;
  titles?: string[];
}

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(at);
  }
  return found;
}

/** A mention at every occurrence of each name, longest names first so "Ali Karimi" wins over "Karimi". */
export function mentionsOf(document: Document, names: readonly Name[]): Mention[] {
  const mentions: Mention[] = [];
  const taken = (start: number, end: number) =>
    mentions.some((m) => m.span.start < end && start < m.span.end);
  for (const n of [...names].sort((a, b) => b.name.length - a.name.length)) {
    for (const start of occurrences(document.text, n.name)) {
      const end = start + n.name.length;
      if (taken(start, end)) continue;
      mentions.push({
        documentId: document.id,
        span: { start, end },
        text: n.name,
        kind: n.kind,
        titles: n.titles ?? [],
        chain: n.chain,
        entityId: null,
      });
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

/** The date the phrase stands for, at its `occurrence`-th place in the text. */
export function dateOf(
  document: Document,
  phrase: string,
  value: string,
  precision: DatePrecision,
  occurrence = 0,
): DateRef {
  const start = occurrences(document.text, phrase)[occurrence];
  if (start === undefined) throw new Error(`no "${phrase}" in the text`);
  return {
    documentId: document.id,
    span: { start, end: start + phrase.length },
    text: phrase,
    value,
    precision,
    calendar: 'gregorian',
    resolved: 'explicit',
  };
}

/** A role the text gives to the actor of `chain`, at the phrase's first place. */
export function roleOf(document: Document, chain: number, phrase: string): RoleFact {
  const start = occurrences(document.text, phrase)[0];
  if (start === undefined) throw new Error(`no "${phrase}" in the text`);
  return { documentId: document.id, chain, span: { start, end: start + phrase.length }, text: phrase };
}
