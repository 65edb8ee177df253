/**
 * The small part of the DOM the HTML handler uses, typed here because the project compiles without the
 * DOM library, and the one way it parses a page (linkedom: a fast, script-free DOM).
 */
import { parseHTML } from 'linkedom';

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

const PAGE_TAG = /<\/?(?:html|head|body)\b[^>]*>|<!doctype[^>]*>/gi;

/**
 * Parses a page or a fragment. linkedom trusts the page's structure: it makes the first element of a
 * fragment the document element, and drops what follows `</head>` when `<body>` is missing. Such pages are
 * parsed again with their page-level tags replaced by a well-formed frame (keeping `<html>` attributes).
 */
export function parseDocument(html: string): DomDocument {
  const parsed = parseHTML(html).document as unknown as DomDocument;
  const root = parsed.documentElement;
  if (root?.localName === 'html' && Array.from(root.children).some((child) => child.localName === 'body')) {
    return parsed;
  }
  const rootAttributes = /<html\b([^>]*)>/i.exec(html)?.[1] ?? '';
  const body = html.replace(PAGE_TAG, ' ');
  return parseHTML(`<!DOCTYPE html><html${rootAttributes}><head></head><body>${body}</body></html>`)
    .document as unknown as DomDocument;
}

/** How deeply the elements under `root` nest, read without recursion. */
export function nestingDepth(root: DomElement): number {
  let deepest = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Non-space characters of an element's text, memoised in `sizes` because callers ask along whole chains. */
export function sizeOf(element: DomElement, sizes: Map<DomElement, number>): number {
  let size = sizes.get(element);
  if (size === undefined) {
    size = (element.textContent ?? '').replace(/\s+/g, '').length;
    sizes.set(element, size);
  }
  return size;
}
