/**
 * The article facts a page states in JSON-LD (schema.org): headline, author and publication date, read
 * from any `<script type="application/ld+json">`, including `@graph` arrays and `@id` references.
 * Invalid JSON is skipped: it is the page's mistake, not a reason to lose the page.
 */
import type { DomDocument } from './html-dom.ts';

export interface JsonLdFacts {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /article|posting|report/i;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Parses the data, forgiving the two mistakes sites make most: trailing commas and raw line breaks. */
function parseJson(text: string): unknown {
  return tryParse(text) ?? tryParse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
}

/** Every object in the data, depth first, so that nodes nested in `@graph` or `mainEntity` count too. */
function objectsIn(value: unknown, found: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 20) return found;
  if (Array.isArray(value)) {
    for (const item of value) objectsIn(item, found, depth + 1);
  } else if (isObject(value)) {
    found.push(value);
    for (const child of Object.values(value)) {
      if (typeof child === 'object') objectsIn(child, found, depth + 1);
    }
  }
  return found;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

function authorNames(value: unknown, byId: Map<string, JsonObject>): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => authorNames(item, byId));
  const name = text(value);
  if (name !== null) return [name];
  if (!isObject(value)) return [];
  const own = text(value.name);
  if (own !== null) return [own];
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  return ref && ref !== value ? authorNames({ name: ref.name }, byId) : [];
}

export function readJsonLd(document: DomDocument): JsonLdFacts {
  const objects = Array.from(document.querySelectorAll('script[type="application/ld+json" i]')).flatMap(
    (script) => objectsIn(parseJson(script.textContent ?? '')),
  );
  const byId = new Map<string, JsonObject>();
  // A node is often first met as a bare `{"@id": ...}` reference; the node with content is the one kept.
  for (const node of objects) {
    const id = node['@id'];
    if (typeof id !== 'string') continue;
    const known = byId.get(id);
    if (!known || Object.keys(node).length > Object.keys(known).length) byId.set(id, node);
  }
  // Article nodes first: a page's WebPage or WebSite node can carry a different name and date.
  const ranked = [
    ...objects.filter((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type))),
    ...objects.filter((node) => !typesOf(node).some((type) => ARTICLE_TYPE.test(type))),
  ];
  const first = (pick: (node: JsonObject) => string | null): string | null => {
    for (const node of ranked) {
      const value = pick(node);
      if (value !== null) return value;
    }
    return null;
  };
  const authorNode = ranked.find((node) => authorNames(node.author, byId).length > 0);
  return {
    headline: first((node) => text(node.headline)),
    authors: authorNode ? [...new Set(authorNames(authorNode.author, byId))] : [],
    datePublished: first((node) => text(node.datePublished)),
  };
}
