/**
 * Tells the article's own paragraphs from what a site prints inside and around them: share and follow
 * lines, comment prompts, related-article lists, photo captions and credits, bylines, date lines and the
 * title repeated. Each rule is general to news pages, read from the paragraph's text or from the classes
 * of the small elements that hold it.
 */
import type { RemovalReason } from '../model.ts';
import type { Block } from './html-blocks.ts';
import {
  DATE_WORDS,
  ELEMENT_SIGNALS,
  SHARE_WORDS,
  TAG_SIGNALS,
  TEXT_SIGNALS,
} from './html-boilerplate-patterns.ts';
import { type DomElement, sizeOf } from './html-dom.ts';

export interface ArticleContext {
  root: DomElement;
  title: string | null;
  byline: string | null;
  /** The page's own address, which some sites print under the headline. */
  url: string | null;
}

/** How far up from a paragraph its enclosing elements are read; real pages need far fewer. */
const MAX_LEVELS = 100;

function words(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

function signatureOf(element: DomElement): string {
  const parts = [element.getAttribute('class'), element.getAttribute('id'), element.getAttribute('itemprop')];
  return parts
    .filter((part) => part !== null)
    .join(' ')
    .toLowerCase();
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What the classes of the block's small enclosing elements say it is, up to the article's root. */
function elementReason(
  block: Block,
  context: ArticleContext,
  sizes: Map<DomElement, number>,
): RemovalReason | null {
  const limit = (sizeOf(context.root, sizes) * 2) / 5;
  let element: DomElement | null = block.element;
  for (let depth = 0; element && element !== context.root && depth < MAX_LEVELS; depth++) {
    const size = sizeOf(element, sizes);
    if (size > limit) break;
    const tagReason = TAG_SIGNALS[element.localName];
    if (tagReason) return tagReason;
    const signature = signatureOf(element);
    for (const signal of ELEMENT_SIGNALS) {
      if (signature !== '' && size <= signal.maxSize && signal.pattern.test(signature)) return signal.reason;
    }
    element = element.parentElement;
  }
  return null;
}

function isShareLine(text: string): boolean {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}_-]+/gu) ?? [];
  return tokens.length > 0 && tokens.length <= 12 && tokens.every((token) => SHARE_WORDS.has(token));
}

function isDateLine(text: string): boolean {
  if (words(text) > 14 || !/\d/.test(text)) return false;
  const dated = /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(text);
  if (!dated && !text.match(DATE_WORDS)) return false;
  const rest = text.replace(DATE_WORDS, ' ').replace(/[\d\s:.,;|/\-–—()]+/g, '');
  return rest.length <= 2;
}

function sameAddress(text: string, url: string): boolean {
  const bare = (address: string): string => address.replace(/^https?:\/\/(?:www\.)?|[/?#]+$/gi, '');
  return /^https?:\/\/\S+$/i.test(text) && bare(text) === bare(url);
}

function textReason(block: Block, context: ArticleContext): RemovalReason | null {
  const { text } = block;
  if (text.length > 250) return null;
  for (const [pattern, reason] of TEXT_SIGNALS) if (pattern.test(text)) return reason;
  if (isShareLine(text)) return 'share-links';
  if (isDateLine(text)) return 'date-bar';
  if (context.url !== null && sameAddress(text, context.url)) return 'bare-url';
  const plain = comparable(text);
  if (context.title !== null && plain === comparable(context.title)) return 'title';
  if (/^[Bb][Yy](?::?$|:?\s+\p{Lu})/u.test(text) && text.length < 120) return 'byline';
  if (context.byline !== null && plain === comparable(context.byline)) return 'byline';
  if (block.linkDensity > 0.7 && words(text) <= 20 && !/^\S+$/.test(text)) return 'navigation';
  return null;
}

/** Headings, list items and table rows are article structure even when short. */
const STRUCTURE = /^(?:h[1-6]|li|dt|dd|tr)$/;
const SENTENCE_END = /[.!?…"”’')」。！？]$/u;

function isProse(text: string): boolean {
  return (words(text) >= 8 || text.length >= 60) && SENTENCE_END.test(text);
}

function isLabel(block: Block): boolean {
  return words(block.text) <= 6 && block.text.length <= 40 && !SENTENCE_END.test(block.text);
}

/**
 * A short label right before a removed list ("DON'T MISS", "More from the site") belongs to the list;
 * short lines above the first or below the last paragraph of prose (section names, datelines, "Home",
 * sign-offs to the newsletter) are the site's, not the article's. Headings are kept.
 */
function markFurniture(blocks: Block[], reasons: (RemovalReason | null)[]): void {
  for (let i = blocks.length - 2; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (reasons[i] === null && reasons[i + 1] === 'navigation' && isLabel(block)) reasons[i] = 'navigation';
  }
  const prose = blocks.flatMap((block, i) => (reasons[i] === null && isProse(block.text) ? [i] : []));
  const first = prose[0] ?? blocks.length;
  const last = prose.at(-1) ?? -1;
  blocks.forEach((block, i) => {
    const outside = i < first || i > last;
    if (outside && reasons[i] === null && isLabel(block) && !STRUCTURE.test(block.element.localName)) {
      reasons[i] = 'boilerplate';
    }
  });
}

/**
 * Why each block is not article text, or null for the article's own paragraphs. `sizes` caches element
 * text lengths across calls on the same tree.
 */
export function classifyBlocks(
  blocks: Block[],
  context: ArticleContext,
  sizes = new Map<DomElement, number>(),
): (RemovalReason | null)[] {
  const reasons = blocks.map((block) => textReason(block, context) ?? elementReason(block, context, sizes));
  markFurniture(blocks, reasons);
  return reasons;
}
