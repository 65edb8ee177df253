/**
 * Takes comment sections out of a page before the main text is chosen: a long thread under a short
 * article otherwise looks like the article to Readability's scoring.
 */
import { blocksOf } from './html-blocks.ts';
import type { DomDocument, DomElement } from './html-dom.ts';

const COMMENT_CANDIDATES =
  '[id*="comment" i], [class*="comment" i], [id*="disqus" i], [class*="disqus" i], [id="respond"], ' +
  '[class*="respond" i]';
const COMMENT_SECTION = /comment|disqus|^respond$|(?:^|[-_ ])respond(?:$|[-_ ])/;
const NOT_A_SECTION = /commentary|comment-?(?:count|number|num|link|bubble|icon)s?\b|no-?comments/;
const PAGE_TAGS = new Set(['html', 'body', 'main']);

function containsArticleStart(element: DomElement): boolean {
  return element.querySelector('h1, [itemprop="articleBody"], [itemprop="headline"]') !== null;
}

function isCommentSection(element: DomElement): boolean {
  if (PAGE_TAGS.has(element.localName)) return false;
  const signature =
    `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`.toLowerCase();
  const tokens = signature.split(/\s+/).filter((token) => token !== '');
  return (
    tokens.some((token) => COMMENT_SECTION.test(token) && !NOT_A_SECTION.test(token)) &&
    !containsArticleStart(element)
  );
}

/** Removes the outermost comment sections and returns their paragraphs, in page order. */
export function removeCommentSections(document: DomDocument): string[] {
  const removed: string[] = [];
  const sections = Array.from(document.querySelectorAll(COMMENT_CANDIDATES)).filter(isCommentSection);
  const marked = new Set(sections);
  const outermost = sections.filter((section) => !hasAncestorIn(section, marked));
  for (const section of outermost) {
    removed.push(...blocksOf(section).map((block) => block.text));
    section.remove();
  }
  return removed;
}

function hasAncestorIn(element: DomElement, set: Set<DomElement>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (set.has(node)) return true;
  return false;
}
