/**
 * Turns an element into its paragraphs in reading order: block elements and `<br><br>` break
 * paragraphs, whitespace inside a paragraph collapses, and content that never shows as text (scripts,
 * styles, embedded frames, form controls, hidden elements) is skipped.
 */
import { type DomElement, type DomNode, isElement, TEXT_NODE } from './html-dom.ts';

/** One paragraph of text and the innermost block element that holds it. */
export interface Block {
  text: string;
  element: DomElement;
  /** Share of the paragraph's letters that sit inside links. */
  linkDensity: number;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const NEVER_TEXT_TAGS = new Set([
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'link',
  'math',
  'meta',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
]);

export function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function letters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** A node still to read, or the end of a block element whose paragraph then closes. */
type Step = { node: DomNode; block: DomElement; inLink: boolean } | { closes: DomElement };

/** Reads the tree with an explicit stack: pages nest elements deeper than the call stack allows. */
export function blocksOf(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkText = '';
  let hasText = false;
  let breaks = 0;
  let owner = root;

  const flush = (): void => {
    const paragraph = text.replace(/\s+/g, ' ').trim();
    if (/[\p{L}\p{N}]/u.test(paragraph)) {
      blocks.push({ text: paragraph, element: owner, linkDensity: letters(linkText) / letters(paragraph) });
    }
    text = '';
    linkText = '';
    hasText = false;
    breaks = 0;
  };

  const addText = (value: string, block: DomElement, inLink: boolean): void => {
    if (!/\S/.test(value)) {
      text += value;
      return;
    }
    if (breaks >= 2) flush();
    if (!hasText) owner = block;
    text += breaks === 1 ? ` ${value}` : value;
    if (inLink) linkText += value;
    hasText = true;
    breaks = 0;
  };

  const stack: Step[] = [{ node: root, block: root, inLink: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('closes' in step) {
      flush();
      continue;
    }
    const { node, block, inLink } = step;
    if (node.nodeType === TEXT_NODE) {
      addText(node.nodeValue ?? '', block, inLink);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.localName;
    if (NEVER_TEXT_TAGS.has(tag) || isHidden(node)) continue;
    if (tag === 'br') {
      breaks++;
      continue;
    }
    // Cells stay on their row's line, as a table reads.
    if (tag === 'td' || tag === 'th') text += ' ';
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push({ closes: node });
    }
    const inner = isBlock ? node : block;
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as DomNode, block: inner, inLink: inLink || tag === 'a' });
    }
  }
  flush();
  return blocks;
}
