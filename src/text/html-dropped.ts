/**
 * Accounts for what Readability drops from in and around the article. Every element of the page is
 * numbered and the page's paragraphs are read before Readability runs; afterwards, a paragraph it
 * dropped is either put back (article prose it removed on its own, such as a short paragraph holding a
 * link, or an embedded post quoting someone) or recorded as removed with the reason the boilerplate rules
 * give, so that bylines, share bars and related lists around the article are listed, not lost.
 */
import type { RemovalReason } from '../model.ts';
import type { Part } from './extracted.ts';
import { type Block, blocksOf } from './html-blocks.ts';
import { type ArticleContext, classifyBlocks } from './html-boilerplate.ts';
import { type DomDocument, type DomElement, isElement, sizeOf, TEXT_NODE } from './html-dom.ts';

const POSITION = 'data-attest-position';
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|instagram-media)(?:\s|$)/;
/** Far enough up to find the article's container on real pages, bounded on pathological ones. */
const MAX_ANCESTORS = 100;
const SENTENCE_END = /[.!?…:;"”’')\]»」。！？]$/u;

interface Enclosing {
  position: number;
  /** Position of the last element inside this one. */
  end: number;
  /** Characters of text, spaces excluded. */
  size: number;
}

/** A paragraph of the page as it was before Readability ran. */
export interface PageBlock extends Block {
  position: number;
  reason: RemovalReason | null;
  /** Part of an embedded post, which is kept whatever its shape. */
  embedded: boolean;
  /** Size of the unit the paragraph belongs to: itself, or the whole embedded post. */
  unitSize: number;
  /** Numbered elements around it, nearest first. */
  enclosing: Enclosing[];
}

function positionOf(element: DomElement): number | null {
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(POSITION);
    if (value !== null) return Number(value);
  }
  return null;
}

function ownTextSize(element: DomElement, sizes: Map<DomElement, number>): number {
  let size = 0;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) size += (child.nodeValue ?? '').replace(/\s+/g, '').length;
    else if (isElement(child)) size += sizes.get(child) ?? 0;
  }
  return size;
}

/**
 * Numbers the body's elements in page order, and notes where each element's subtree ends and how much
 * text it holds, in one pass: asking each element for its text would read the page once per level.
 */
function numberElements(body: DomElement): { ends: Map<DomElement, number>; sizes: Map<DomElement, number> } {
  const ends = new Map<DomElement, number>();
  const sizes = new Map<DomElement, number>();
  let next = 0;
  const stack: { element: DomElement; closing: boolean }[] = Array.from(body.children)
    .reverse()
    .map((element) => ({ element, closing: false }));
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (step.closing) {
      ends.set(step.element, next - 1);
      sizes.set(step.element, ownTextSize(step.element, sizes));
      continue;
    }
    step.element.setAttribute(POSITION, String(next++));
    stack.push({ element: step.element, closing: true });
    const children = Array.from(step.element.children);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ element: children[i] as DomElement, closing: false });
    }
  }
  sizes.set(body, ownTextSize(body, sizes));
  return { ends, sizes };
}

function embeddingPost(element: DomElement): DomElement | null {
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    if (node.localName === 'blockquote' && EMBEDDED_POST.test(node.getAttribute('class') ?? '')) return node;
  }
  return null;
}

/** Numbers the page and reads its paragraphs; call after comment sections are out and before Readability. */
export function mapPage(document: DomDocument, context: Omit<ArticleContext, 'root'>): PageBlock[] {
  const body = document.body;
  if (!body) return [];
  const { ends, sizes } = numberElements(body);
  const blocks = blocksOf(body);
  const reasons = classifyBlocks(blocks, { ...context, root: body }, sizes);
  const enclosingOf = (element: DomElement | null): Enclosing[] => {
    const chain: Enclosing[] = [];
    for (let node = element; node && chain.length < MAX_ANCESTORS; node = node.parentElement) {
      const end = ends.get(node);
      if (end !== undefined)
        chain.push({ position: Number(node.getAttribute(POSITION)), end, size: sizeOf(node, sizes) });
    }
    return chain;
  };
  return blocks.flatMap((block, i) => {
    const position = positionOf(block.element);
    if (position === null) return [];
    const post = embeddingPost(block.element);
    const unitSize = post ? sizeOf(post, sizes) : block.text.replace(/\s+/g, '').length;
    const enclosing = enclosingOf(block.element.parentElement);
    return [{ ...block, position, reason: reasons[i] ?? null, embedded: post !== null, unitSize, enclosing }];
  });
}

function isProse(block: Block): boolean {
  const words = block.text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  return (words >= 6 || block.text.length >= 30) && SENTENCE_END.test(block.text) && block.linkDensity <= 0.6;
}

/**
 * Whether Readability dropped the paragraph on its own: the smallest element around it that holds
 * other text also holds paragraphs it kept. A teaser list or a related-stories box goes as a whole.
 */
function droppedAlone(block: PageBlock, kept: number[]): boolean {
  const alone = block.unitSize * 1.5 + 40;
  const container = block.enclosing.find((ancestor) => ancestor.size > alone);
  return container !== undefined && kept.some((p) => p > container.position && p <= container.end);
}

/**
 * The part of the page "around" the article: the smallest element holding every kept paragraph, widened
 * to its parents while they add little else (a headline, a byline, a share bar, a related list).
 */
function surroundings(first: PageBlock, last: PageBlock): Enclosing | null {
  const lastChain = new Set(last.enclosing.map((e) => e.position));
  const common = first.enclosing.findIndex((e) => lastChain.has(e.position));
  if (common < 0) return null;
  let region = first.enclosing[common] as Enclosing;
  for (const parent of first.enclosing.slice(common + 1, common + 3)) {
    if (parent.size > region.size * 1.5 + 300) break;
    region = parent;
  }
  return region;
}

function partOf(block: Block, reason: RemovalReason | null): Part {
  return reason ? { kind: 'removed', reason, text: block.text } : { kind: 'paragraph', text: block.text };
}

/**
 * Readability's blocks, classified, with what it dropped in and around the article merged back in page
 * order: dropped prose as paragraphs, the rest as removed parts.
 */
export function mergeDropped(
  kept: Block[],
  keptReasons: (RemovalReason | null)[],
  root: DomElement,
  page: PageBlock[],
): Part[] {
  const keptPositions = [
    ...new Set(
      Array.from(root.querySelectorAll(`[${POSITION}]`)).map((e) => Number(e.getAttribute(POSITION))),
    ),
  ];
  const keptSet = new Set(keptPositions);
  const placed: number[] = [];
  for (const block of kept) placed.push(positionOf(block.element) ?? placed.at(-1) ?? -1);
  const inArticle = page.filter((block) => keptSet.has(block.position));
  const first = inArticle[0];
  const last = inArticle.at(-1);
  const keptTexts = new Set(kept.map((block) => block.text));
  const region = first && last ? surroundings(first, last) : null;
  const dropped = page.filter(
    (block) =>
      region !== null &&
      block.position >= region.position &&
      block.position <= region.end &&
      !keptSet.has(block.position) &&
      !keptTexts.has(block.text),
  );
  const restored = (block: PageBlock): boolean =>
    first !== undefined &&
    last !== undefined &&
    block.position > first.position &&
    block.position < last.position &&
    (block.embedded || (block.reason === null && isProse(block))) &&
    droppedAlone(block, keptPositions);
  const parts: Part[] = [];
  let next = 0;
  const flushUntil = (position: number): void => {
    for (; next < dropped.length && (dropped[next]?.position ?? Infinity) < position; next++) {
      const block = dropped[next] as PageBlock;
      parts.push(partOf(block, restored(block) ? null : (block.reason ?? 'boilerplate')));
    }
  };
  kept.forEach((block, i) => {
    flushUntil(placed[i] ?? -1);
    parts.push(partOf(block, keptReasons[i] ?? null));
  });
  flushUntil(Infinity);
  return parts;
}
