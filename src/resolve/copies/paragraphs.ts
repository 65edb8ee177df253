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

export function documentSignature(document: Document): Signature | null {
  return signatureOf(document.text);
}

export function paragraphSignatures(document: Document): ParagraphSignature[] {
  const result: ParagraphSignature[] = [];
  for (const [paragraph, span] of document.paragraphs.entries()) {
    const text = document.text.slice(span.start, span.end);
    if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < PARAGRAPH_MIN_WORDS) continue;
    const signature = signatureOf(text);
    if (signature) result.push({ id: `${document.id}/p${paragraph}`, paragraph, span, signature });
  }
  return result;
}
