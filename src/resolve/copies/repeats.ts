import type { PartialDate } from '../../model.ts';

/**
 * "Who repeats whom": the same statement in several documents, earliest first. Statements are grouped by
 * a key of their words (case, punctuation, quotation marks and spacing ignored); within a group the
 * occurrences are ordered by date, then by document id, undated ones last.
 */

export interface StatementOccurrence {
  text: string;
  documentId: string;
  /** When the document says it, or when it was published; null when unknown. */
  date: PartialDate | null;
}

export interface Repeated<T extends StatementOccurrence> {
  key: string;
  /** Earliest first; the first is the earliest known source of the words. */
  occurrences: T[];
}

/** The words of a statement as a key: "“We will restore access,” he said" and "we will restore access" agree. */
export function statementKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function compareDates(a: PartialDate | null, b: PartialDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** Statements said in more than one document, each with its occurrences in order. */
export function repeatedStatements<T extends StatementOccurrence>(
  occurrences: readonly T[],
): Array<Repeated<T>> {
  const groups = new Map<string, T[]>();
  for (const occurrence of occurrences) {
    const key = statementKey(occurrence.text);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(occurrence);
    else groups.set(key, [occurrence]);
  }
  const repeated: Array<Repeated<T>> = [];
  for (const [key, group] of groups) {
    if (new Set(group.map((o) => o.documentId)).size < 2) continue;
    group.sort(
      (a, b) =>
        compareDates(a.date, b.date) ||
        (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0),
    );
    repeated.push({ key, occurrences: group });
  }
  return repeated.sort((a, b) => (a.key < b.key ? -1 : 1));
}
