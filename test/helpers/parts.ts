import type { Part } from '../../src/text/extracted.ts';

/** The kept paragraphs of a handler's output. */
export function paragraphs(parts: Part[]): string[] {
  return parts.flatMap((p) => (p.kind === 'paragraph' ? [p.text] : []));
}

/** The removed parts of a handler's output, as [reason, text]. */
export function removals(parts: Part[]): Array<[string, string]> {
  return parts.flatMap((p) => (p.kind === 'removed' ? [[p.reason, p.text] as [string, string]] : []));
}
