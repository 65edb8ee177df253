/**
 * Tells the article's own paragraphs from what a site prints inside and around them: share and follow
 * lines, comment prompts, related-article lists, photo captions and credits, bylines, date lines and the
 * title repeated. Each rule is general to news pages, read from the paragraph's text or from the classes
 * of the small elements that hold it.
 */
import type { RemovalReason } from '../model.ts';
import type { Block } from './html-blocks.ts';
import type { DomElement } from './html-dom.ts';

export interface ArticleContext {
  root: DomElement;
  title: string | null;
  byline: string | null;
  /** The page's own address, which some sites print under the headline. */
  url: string | null;
}

const SHARE_WORDS = new Set(
  (
    'share shares sharing tweet email e-mail mail print pin pint facebook twitter whatsapp linkedin pinterest ' +
    'reddit messenger telegram flipboard copy link url save comment comments instagram youtube tumblr vk ' +
    'baixar teilen compartir compartilhar partager condividi on this article story page via sms more x'
  ).split(' '),
);

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|' +
  'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTHS}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|` +
    'sat(?:urday)?|sun(?:day)?|published|updated|posted|last|first|modified|on|at|am|pm|a\\.m|p\\.m|' +
    'utc|gmt|[ecmp][sd]?t|bst|cet|ist|hst|date|time|original|today|yesterday|ago|mins?|minutes?|hours?|hrs?|days?)\\b',
  'gi',
);

interface ElementSignal {
  pattern: RegExp;
  reason: RemovalReason;
  /** Longest text, in non-space characters, an element holding only this kind of furniture has. */
  maxSize: number;
}

/** Class, id and itemprop patterns of elements that hold one kind of non-article text. */
const ELEMENT_SIGNALS: ElementSignal[] = [
  { pattern: /comment|disqus/, reason: 'comments', maxSize: Infinity },
  { pattern: /shar(?:e|ing)|social|addthis|sociable|follow-?us/, reason: 'share-links', maxSize: 400 },
  {
    pattern: /caption|credit|gallery|slideshow|^figure|^picture|(?:^|[-_ ])(?:photo|image|img)s?(?:$|[-_ ])/,
    reason: 'boilerplate',
    maxSize: 400,
  },
  { pattern: /byline|(?:^|[-_ ])(?:author|writer|contributor)s?(?:$|[-_ ])/, reason: 'byline', maxSize: 200 },
  {
    pattern: /(?:^|[-_ ])(?:date|dateline|timestamp|pubdate|published|updated|posted-on)(?:$|[-_ ])/,
    reason: 'date-bar',
    maxSize: 200,
  },
  {
    pattern:
      /related|breadcrumb|(?:^|[-_ ])(?:nav|menu|tags?|keywords|topics)(?:$|[-_ ])|more-?(?:stories|news|from)|recommend|trending|popular|most-?(?:read|viewed)|read-?(?:more|next|also)|see-?also|outbrain|taboola/,
    reason: 'navigation',
    maxSize: 2000,
  },
  {
    pattern:
      /newsletter|subscri|signup|sign-up|promo|sponsor|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|paywall|cookie/,
    reason: 'boilerplate',
    maxSize: 1000,
  },
];

const TAG_SIGNALS: Record<string, RemovalReason> = {
  figcaption: 'boilerplate',
  figure: 'boilerplate',
  nav: 'navigation',
  aside: 'boilerplate',
  footer: 'boilerplate',
};

/** Paragraph texts that are a site's furniture whatever element holds them. */
const TEXT_SIGNALS: [RegExp, RemovalReason][] = [
  [/^[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i, 'image-file-name'],
  [
    /^(?:\d+\s+)?comments?$|^(?:leave|post|add|write|view|show|read|see|load) (?:a |the |all |\d+ )*(?:comments?|repl)/i,
    'comments',
  ],
  [
    /^comments? (?:are|is) (?:closed|disabled)|^join the (?:conversation|discussion)|^be the first to comment/i,
    'comments',
  ],
  [
    /^follow (?:us|@?[\p{L}\p{N}_.]+(?: [\p{L}\p{N}_.]+){0,4}) on (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)/iu,
    'share-links',
  ],
  [/^share (?:this|on|via)\b/i, 'share-links'],
  [
    /^(?:photo|image|picture|credit|foto|фото|source|getty images)(?:s| credit)?\s*:|^(?:image |photo |slide )?\d+ (?:of|\/) ?\d*$/i,
    'boilerplate',
  ],
  [
    /^(?:caption|close|enlarge this image|hide caption|toggle caption|expand|advert|advertisement|ad|sponsored)$/i,
    'boilerplate',
  ],
  [
    /\((?:image|photo|picture|credit|pictured)\b[^)]*\)$|[/|]\s*(?:getty images|shutterstock|reuters|afp|ap)\)?$/i,
    'boilerplate',
  ],
  [/credit:[^.]{0,60}$/i, 'boilerplate'],
  [/^\(?(?:additional )?(?:reporting|writing|editing) by\b|\bcontributed (?:reporting|to this (?:report|story|article))\b/i, 'byline'],
  [/^(?:write to|e-?mail|contact|reach)\b.{0,100}(?:[\w.-]+@[\w-]+\.\w|\s@\w|https?:)/i, 'boilerplate'],
  [/^follow\b.{0,100}(?:\s@\w|https?:\/\/)/i, 'share-links'],
  [/^\d+\s*min(?:ute)?s?\s*read$|^reading time\b.{0,20}$/i, 'boilerplate'],
  [
    /^(?:you may also like|related(?: news| articles| stories| content| posts)?|more (?:news|stories)|recent (?:articles|posts)|latest(?: news)?|breaking news|popular(?: this week| now)?|most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|read next|up next|top stories|sign in|log in|subscribe|menu|home)\W*$/i,
    'navigation',
  ],
  [
    /^continue reading|^(?:subscribe|sign up)\b.{0,80}\bnewsletters?\b|^loading\b|all rights reserved|^©|^copyright\b/i,
    'boilerplate',
  ],
  [
    /^(?:(?:related|read more|read also|see more|see also|also read|don't miss|recommended|more on this|more from)(?: [\p{L}\p{N}]+){0,3}|more|also|watch|listen)\s*:/iu,
    'navigation',
  ],
];

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
  for (
    let element: DomElement | null = block.element;
    element && element !== context.root;
    element = element.parentElement
  ) {
    if (sizeOf(element, sizes) > limit) break;
    const tagReason = TAG_SIGNALS[element.localName];
    if (tagReason) return tagReason;
    const signature = signatureOf(element);
    if (signature === '') continue;
    const size = sizeOf(element, sizes);
    for (const signal of ELEMENT_SIGNALS) {
      if (size <= signal.maxSize && signal.pattern.test(signature)) return signal.reason;
    }
  }
  return null;
}

function sizeOf(element: DomElement, sizes: Map<DomElement, number>): number {
  let size = sizes.get(element);
  if (size === undefined) {
    size = (element.textContent ?? '').replace(/\s+/g, '').length;
    sizes.set(element, size);
  }
  return size;
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
