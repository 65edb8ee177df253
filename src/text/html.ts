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
import { type DomDocument, type DomElement, parseDocument } from './html-dom.ts';
import { mapPage, mergeDropped } from './html-dropped.ts';
import { cleanByline, readMetadata } from './html-metadata.ts';

function readableRoot(document: DomDocument): DomElement | null {
  const reader = new Readability(document as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
  });
  return reader.parse()?.content ?? null;
}

export function extractHtml(html: string, options: { url?: string }): ExtractedText {
  const document = parseDocument(html);
  const metadata = readMetadata(document, options.url);
  const comments = removeCommentSections(document);
  const known = { title: metadata.title, byline: metadata.byline, url: options.url ?? null };
  const page = mapPage(document, known);
  const root = readableRoot(document);
  const kept = root ? blocksOf(root) : [];
  const parts: Part[] = root ? mergeDropped(kept, classifyBlocks(kept, { root, ...known }), root, page) : [];
  for (const text of comments) parts.push({ kind: 'removed', reason: 'comments', text });
  const bylineLine = parts.find((part) => part.kind === 'removed' && part.reason === 'byline');
  return {
    ...metadata,
    byline: metadata.byline ?? cleanByline(bylineLine?.text ?? null),
    parts,
  };
}
