/**
 * The HTML handler: the article's paragraphs in reading order, what was removed from in and around
 * them and why, and the page's metadata. Nothing in the page is executed: it is parsed into an inert
 * DOM and only text nodes are read.
 */
import { Readability } from '@mozilla/readability';
import type { ExtractedText, Part } from './extracted.ts';
import { blocksOf } from './html-blocks.ts';
import { classifyBlocks } from './html-boilerplate.ts';
import { removeCommentSections } from './html-clean.ts';
import { type DomDocument, type DomElement, nestingDepth, parseDocument } from './html-dom.ts';
import { mapPage, mergeDropped } from './html-dropped.ts';
import { cleanByline, readMetadata } from './html-metadata.ts';

/**
 * Readability's time grows steeply with nesting (0.4 s at 150 levels, 9 s at 1,000); news pages nest
 * under 50 (49 at most in the extraction benchmark), so deeper ones are read whole and left to the
 * boilerplate rules.
 */
const READABLE_DEPTH = 100;

function readableRoot(document: DomDocument): DomElement | null {
  if (document.body && nestingDepth(document.body) > READABLE_DEPTH) return document.body;
  const reader = new Readability(document as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
  });
  return reader.parse()?.content ?? null;
}

function isSentence(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  return words >= 12 || ((words >= 4 || text.length >= 20) && /[.!?…"”’)」。！？]$/u.test(text));
}

/** Kept text without a single sentence (a menu, labels, a sign-in form) is not an article. */
function articleOrNothing(parts: Part[]): Part[] {
  if (parts.some((part) => part.kind === 'paragraph' && isSentence(part.text))) return parts;
  return parts.map((part) =>
    part.kind === 'paragraph' ? { kind: 'removed', reason: 'boilerplate', text: part.text } : part,
  );
}

export function extractHtml(html: string, options: { url?: string }): ExtractedText {
  const document = parseDocument(html);
  const metadata = readMetadata(document, options.url);
  const comments = removeCommentSections(document);
  const known = { title: metadata.title, byline: metadata.byline, url: options.url ?? null };
  const page = mapPage(document, known);
  const root = readableRoot(document);
  const kept = root ? blocksOf(root) : [];
  const parts = articleOrNothing(
    root ? mergeDropped(kept, classifyBlocks(kept, { root, ...known }), root, page) : [],
  );
  for (const text of comments) parts.push({ kind: 'removed', reason: 'comments', text });
  const bylineLine = parts.find((part) => part.kind === 'removed' && part.reason === 'byline');
  return {
    ...metadata,
    byline: metadata.byline ?? cleanByline(bylineLine?.text ?? null),
    parts,
  };
}
