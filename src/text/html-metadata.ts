/**
 * What a page says about itself: title, byline, publication date and language, from meta tags, JSON-LD,
 * `<time>` elements, the page's own markup and, for the date, the URL as a last resort.
 */
import type { PublishedDate } from '../model.ts';
import { dateFromUrl, parseStatedDate } from './html-dates.ts';
import type { DomDocument, DomElement } from './html-dom.ts';
import { readJsonLd } from './html-jsonld.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: PublishedDate | null;
  language: string | null;
}

/** Meta names and properties that carry the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pub_date',
  'publication_date',
  'original-publish-date',
  'date',
  'dc.date',
];

/** Names sites invent for the same thing (`sn-post-date`, `publish_time`, `release-date`). */
const SITE_DATE_META =
  /(?:^|[^a-z])(?:pub(?:lish(?:ed)?)?|post(?:ed)?|release)[-_.:]?(?:date|time)(?:$|[^a-z])/;

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

const TITLE_SEPARATOR = /\s+(?:[|»·:/]{1,2}|[-–—])\s+/g;

function clean(value: string | null | undefined): string | null {
  const collapsed = (value ?? '').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** Meta contents keyed by lowercased name, property or itemprop; the first of each key wins. */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = clean(meta.getAttribute('content') ?? meta.getAttribute('datetime'));
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function looksLikeSiteName(words: string[]): boolean {
  return words.length <= 4 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || word.includes('.'));
}

/** Drops a site name after the last separator ("Title | Site", "Title - Site") or before the first. */
export function stripSiteName(title: string, siteName: string | null): string {
  const site = siteName?.toLowerCase();
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const last = separators.at(-1);
  if (last?.index !== undefined) {
    const head = title.slice(0, last.index).trim();
    const tail = title.slice(last.index + last[0].length).trim();
    const headWords = head.split(' ').length;
    if (tail.toLowerCase() === site || (headWords >= 3 && looksLikeSiteName(tail.split(' ')))) return head;
  }
  const first = separators[0];
  if (
    first?.index !== undefined &&
    site !== undefined &&
    title.slice(0, first.index).toLowerCase() === site
  ) {
    return title.slice(first.index + first[0].length).trim();
  }
  return title;
}

function firstText(document: DomDocument, selector: string): string | null {
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const value = clean(element.textContent);
    if (value !== null) return value;
  }
  return null;
}

function readTitle(document: DomDocument, meta: Map<string, string>, headline: string | null): string | null {
  const siteName = meta.get('og:site_name') ?? meta.get('application-name') ?? null;
  const candidates = [
    meta.get('og:title'),
    meta.get('twitter:title'),
    headline,
    firstText(document, 'h1'),
    firstText(document, 'title'),
  ];
  for (const candidate of candidates) {
    const value = clean(candidate);
    // Some sites put their own name in og:title on every page.
    if (value !== null && value.toLowerCase() !== siteName?.toLowerCase())
      return stripSiteName(value, siteName);
  }
  return null;
}

/** Where a byline element goes on to the date or the site: a separator, "updated ...", "on Monday ...". */
const BYLINE_TAIL = new RegExp(
  [
    String.raw`\s*(?:[|•·]|\s[-–—]\s|,?\s(?:updated|published|posted)\b`,
    String.raw`,?\son\s(?:\w+day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)).*$`,
  ].join('|'),
  'i',
);

/** "By Jane Roe - 11/18/19 11:04 PM" and "Jane Roe | Updated ..." become "Jane Roe". */
export function cleanByline(value: string | null): string | null {
  const text = clean(value);
  if (text === null || /^(?:https?:|www\.)/i.test(text)) return null;
  const name = text
    .replace(/^(?:\p{L}+\s+)?by\s*:?\s+/iu, '')
    .replace(BYLINE_TAIL, '')
    .replace(/\s+,/g, ',')
    .replace(/[,;:\s]+$/, '');
  return name === '' || name.length > 120 ? null : name;
}

function readByline(document: DomDocument, meta: Map<string, string>, authors: string[]): string | null {
  for (const key of AUTHOR_META) {
    const value = cleanByline(meta.get(key) ?? null);
    if (value !== null) return value;
  }
  if (authors.length > 0) return cleanByline(authors.join(', '));
  const marked = [
    firstText(document, 'a[rel~="author"]'),
    firstText(document, '.byline, [class*="byline"], [itemprop="author"]'),
  ];
  for (const value of marked) {
    const name = cleanByline(value);
    if (name !== null) return name;
  }
  return null;
}

function timeElementDate(document: DomDocument): PublishedDate | null {
  const ordered: DomElement[] = [
    ...Array.from(document.querySelectorAll('time[pubdate]')),
    ...Array.from(document.querySelectorAll('[itemprop="datePublished"]')),
    ...Array.from(document.querySelectorAll('article time[datetime]')),
    ...Array.from(document.querySelectorAll('time[datetime]')),
  ];
  for (const element of ordered) {
    const stated = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent;
    const date = stated ? parseStatedDate(stated) : null;
    if (date) return { ...date, from: 'time-element' };
  }
  return null;
}

function readPublished(
  document: DomDocument,
  meta: Map<string, string>,
  datePublished: string | null,
  url: string | undefined,
): PublishedDate | null {
  const siteSpecific = [...meta.keys()].filter((key) => SITE_DATE_META.test(key));
  for (const key of [...DATE_META, ...siteSpecific]) {
    const value = meta.get(key);
    const date = value ? parseStatedDate(value) : null;
    if (date) return { ...date, from: 'meta' };
  }
  const fromJsonLd = datePublished ? parseStatedDate(datePublished) : null;
  if (fromJsonLd) return { ...fromJsonLd, from: 'json-ld' };
  const fromTime = timeElementDate(document);
  if (fromTime) return fromTime;
  const fromUrl = url ? dateFromUrl(url) : null;
  return fromUrl ? { ...fromUrl, from: 'url' } : null;
}

/** The primary language subtag, lowercased: `en-GB` and `en_US` are `en`. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary =
    tag
      ?.trim()
      .split(/[-_\s,;]/)[0]
      ?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) && !['und', 'mul', 'zxx'].includes(primary) ? primary : null;
}

function readLanguage(document: DomDocument, meta: Map<string, string>): string | null {
  const root = document.documentElement;
  const candidates = [
    root.getAttribute('lang'),
    root.getAttribute('xml:lang'),
    meta.get('content-language'),
    meta.get('language'),
    meta.get('dc.language'),
    meta.get('og:locale'),
  ];
  for (const candidate of candidates) {
    const language = primaryLanguage(candidate);
    if (language !== null) return language;
  }
  return null;
}

/** Reads the metadata before anything is removed from the page (JSON-LD lives in script elements). */
export function readMetadata(document: DomDocument, url: string | undefined): PageMetadata {
  const meta = metaValues(document);
  const jsonLd = readJsonLd(document);
  return {
    title: readTitle(document, meta, jsonLd.headline),
    byline: readByline(document, meta, jsonLd.authors),
    published: readPublished(document, meta, jsonLd.datePublished, url),
    language: readLanguage(document, meta),
  };
}
