import type { Document, Span } from '../../model.ts';
import { type Signature, signatureOf } from './minhash.ts';

/**
 * Signatures of a document and of its paragraphs, computed once per document (in the worker) and kept:
 * a document or paragraph is compared with others through them, never recomputed.
 */

/** Paragraphs shorter than this many words ("Read more", a dateline) are too common to call copies. */
export const PARAGRAPH_MIN_WORDS = 12;

export interface ParagraphSignature {
  /** `documentId/pN`, N the paragraph's index in the document. */
  id: string;
  paragraph: number;
  span: Span;
  signature: Signature;
}

/** A signature as stored with its document. */
export interface PartSignature {
  /** -1 for the whole document, else the paragraph's index. */
  part: number;
  signature: Signature;
}

/** The signatures stored with a document: the whole text (part -1), then its long paragraphs. */
export function partSignatures(document: Document): PartSignature[] {
  const { whole, paragraphs } = documentSignatures(document);
  return [
    ...(whole ? [{ part: -1, signature: whole }] : []),
    ...paragraphs.map((p) => ({ part: p.paragraph, signature: p.signature })),
  ];
}

/**
 * A document's signature and its long paragraphs' ones, in one pass over its words. The document's
 * slots are the least of its paragraphs' (the least value over a union is the least of the least
 * values), so each shingle is hashed once rather than once for the document and again for its
 * paragraph. Shingles straddling two paragraphs are left out of every document alike.
 */
export function documentSignatures(document: Document): {
  whole: Signature | null;
  paragraphs: ParagraphSignature[];
} {
  let whole: Signature | null = null;
  const paragraphs: ParagraphSignature[] = [];
  for (const [paragraph, span] of document.paragraphs.entries()) {
    const text = document.text.slice(span.start, span.end);
    const signature = signatureOf(text);
    if (!signature) continue;
    whole = whole
      ? union(whole, signature)
      : { slots: signature.slots.slice(), shingles: signature.shingles };
    if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= PARAGRAPH_MIN_WORDS)
      paragraphs.push({ id: `${document.id}/p${paragraph}`, paragraph, span, signature });
  }
  return { whole, paragraphs };
}

/** The signature of the union of two shingle sets (their shingles counted as if none were shared). */
function union(into: Signature, other: Signature): Signature {
  for (let slot = 0; slot < into.slots.length; slot++) {
    const value = other.slots[slot] as number;
    if (value < (into.slots[slot] as number)) into.slots[slot] = value;
  }
  into.shingles += other.shingles;
  return into;
}
