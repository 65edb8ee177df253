import type { PublishedDate, RemovalReason } from '../model.ts';

/** A piece of a source in reading order: body text kept, or text removed and why. */
export type Part =
  | { kind: 'paragraph'; text: string }
  | { kind: 'removed'; reason: RemovalReason; text: string };

/**
 * What a text handler (HTML, plain text, ...) finds in a decoded source, before the shared assembly
 * step normalises it, drops repeated paragraphs, computes offsets and segments it.
 */
export interface ExtractedText {
  title: string | null;
  byline: string | null;
  published: PublishedDate | null;
  language: string | null;
  parts: Part[];
}
