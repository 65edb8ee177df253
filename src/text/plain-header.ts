import type { PartialDate, RemovalReason } from '../model.ts';
import { chromeOf, splitCrumbs } from './plain-chrome.ts';
import { readDateLine, readDateline } from './plain-date.ts';
import { indentOf } from './plain-unwrap.ts';

/**
 * The head of a plain-text article: the lines above the body that carry its title, byline and dates,
 * mixed with site chrome. Reading stops at the first line that is none of these.
 */

/** Headers are short; past this many lines, whatever is left is body. */
const HEADER_LINES = 12;
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 25;

export type HeaderEntry =
  | { kind: 'removed'; reason: RemovalReason; text: string }
  | { kind: 'date'; text: string; date: PartialDate; updated: boolean; aboveTitle: boolean };

export interface Header {
  title: string | null;
  byline: string | null;
  bylineDate: PartialDate | null;
  /** Lines read as header, in order. */
  entries: HeaderEntry[];
  /** Site chrome stood above the title and byline (so a date there is likely the site's date bar). */
  chromeAboveTitle: boolean;
  /** Index of the first body line. */
  bodyStart: number;
}

const PARTICLE = `(?:de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|ben|bint|ter|ten|dos|das)`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|${PARTICLE}-?\p{Lu}[\p{L}\p{M}'’\-]*|${PARTICLE})`;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*\.?(?: ${NAME_WORD}){0,4}`;
const NAMES = `${NAME}(?:, ${NAME}){0,4}(?:,? (?:and|&) ${NAME})?`;
const ROLE_QUALIFIERS =
  'staff|senior|chief|special|foreign|political|diplomatic|security|legal|investigative|managing|deputy|news|' +
  'contributing|freelance';
const ROLE_NOUNS =
  'writer|reporter|correspondent|editor|contributor|columnist|journalist|analyst|producer|staff';
const ROLE = String.raw`(?:(?:${ROLE_QUALIFIERS})\s+)*(?:${ROLE_NOUNS})s?\b[^.]{0,40}`;
const ROLE_WORDS = new RegExp(`^${ROLE}$`, 'i');
const IN_PLACE = String.raw`(?: in \p{Lu}[\p{L} ]{1,30})?`;
const BY_SEPARATOR = String.raw`\s*(?:,|\||·|•|—|–|-)\s*`;
const BY = '(?:By|BY|Written by|Words by|Story by)';
const BY_LINE = new RegExp(
  String.raw`^${BY}\s+(?<names>${NAMES})${IN_PLACE}(?:${BY_SEPARATOR}(?<rest>.{1,60}))?$`,
  'u',
);
/** What may follow the names: an outlet or place in capitals ("Reuters", "Tehran Bureau"), or a role. */
const BY_REST = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}|${ROLE})$`, 'u');
const ROLE_LINE = new RegExp(String.raw`^(?<names>${NAMES}),\s*(?<role>.{3,60})$`, 'u');

export interface Byline {
  names: string;
  date: PartialDate | null;
}

/** "By Jane Doe", "By Jane Doe and Jo Roe | 18 Nov 2019", "Jane Doe, Staff Writer": names and any date. */
export function readByline(line: string): Byline | null {
  const text = line.trim();
  const by = BY_LINE.exec(text);
  // A name ends in a capital or an initial, never a word and a full stop: that is a sentence.
  if (by?.groups?.names && !/\p{L}{2}\.$/u.test(by.groups.names)) {
    const names = withoutRole(by.groups.names);
    const rest = by.groups.rest;
    if (!rest || BY_REST.test(rest)) return { names, date: null };
    const date = readDateLine(rest)?.date ?? null;
    if (date) return { names, date };
  }
  const role = ROLE_LINE.exec(text);
  if (role?.groups?.names && ROLE_WORDS.test(role.groups.role ?? '')) {
    return { names: withoutRole(role.groups.names), date: null };
  }
  return null;
}

/** News agencies named after a reporter ("By Jane Doe, Reuters"): not a second author. */
const AGENCY_NAMES = ['Reuters', 'AP', 'AFP', 'Associated Press', 'Agence France-Presse', 'dpa', 'Xinhua'];
const AGENCIES = new RegExp(
  `^(?:${[...AGENCY_NAMES, 'IRNA', 'ISNA', 'Fars', 'Tasnim', 'Mehr', 'BBC News', 'CNN'].join('|')})$`,
);

/** "Farid Nouri, Staff Writer" -> "Farid Nouri": the list of names can swallow a trailing role or agency. */
function withoutRole(names: string): string {
  const parts = names.split(', ');
  const notAName = (part: string) => ROLE_WORDS.test(part) || AGENCIES.test(part);
  while (parts.length > 1 && notAName(parts.at(-1) ?? '')) parts.pop();
  return parts.join(', ');
}

const LINKING_WORDS = new Set('a an the and or but of to at by from with as that than into onto'.split(' '));

/** Short, capitalised, and not ended like a sentence (a trailing abbreviation such as "U.S." is fine). */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (text.length > MAX_HEADLINE_CHARS || words.length > MAX_HEADLINE_WORDS) return false;
  if (words.filter((w) => /\p{L}{2}/u.test(w)).length < 2) return false;
  // Capitalised, or a number, amount or a brand written like "iTunes".
  if (!/^["“‘'(]?(?:[\p{Lu}\p{Lo}\p{N}\p{Sc}&#]|\p{Ll}\p{Lu})/u.test(text)) return false;
  if (/(?:\p{Lu}\.){2,}$/u.test(text)) return true;
  if (/[.,;:\-–—]$/.test(text)) return false;
  // A line ending in "to" or "the" is a sentence broken by wrapping, not a headline.
  return !LINKING_WORDS.has(words.at(-1)?.toLowerCase() ?? '');
}

function isHeaderLine(line: string): boolean {
  const text = line.trim();
  return Boolean(chromeOf(text) || readByline(text) || readDateLine(text) || readDateline(text));
}

/**
 * A headline is set apart from what follows: a blank line, a byline, date or chrome line, or an
 * indented paragraph that wraps onto the margin (indented lines that do not wrap are a table, as in
 * wire earnings reports). A wrapped body line runs straight on into the next one instead. Some
 * body text must follow, or the "headline" is the whole text.
 */
function setApart(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? '';
  const next = lines[at + 1];
  if (next === undefined) return false;
  const after = lines[at + 2] ?? '';
  const indentedParagraph =
    indentOf(next) > indentOf(line) &&
    (readDateline(next.trim()) !== null || (after.trim() !== '' && indentOf(after) <= indentOf(line)));
  const apart = !next.trim() || indentedParagraph || isHeaderLine(next);
  return apart && lines.slice(at + 1).some((l) => l.trim() && !isHeaderLine(l));
}

/** Reads the header of an article split into lines. */
export function readHeader(lines: readonly string[]): Header {
  const header: Header = {
    title: null,
    byline: null,
    bylineDate: null,
    entries: [],
    chromeAboveTitle: false,
    bodyStart: 0,
  };
  const removed = (reason: RemovalReason, text: string) =>
    header.entries.push({ kind: 'removed', reason, text });
  let examined = 0;
  let i = 0;
  for (; i < lines.length && examined < HEADER_LINES; i++) {
    const text = (lines[i] ?? '').trim();
    if (!text) continue;
    examined++;
    const aboveTitle = header.title === null && header.byline === null;
    const glued = aboveTitle ? splitCrumbs(text) : null;
    if (glued?.rest && looksLikeHeadline(glued.rest) && setApart(lines, i)) {
      removed('navigation', glued.crumbs);
      removed('title', glued.rest);
      header.chromeAboveTitle = true;
      header.title = glued.rest;
      continue;
    }
    const chrome = chromeOf(text);
    if (chrome) {
      removed(chrome, text);
      if (aboveTitle) header.chromeAboveTitle = true;
      continue;
    }
    const dateLine = readDateLine(text);
    if (dateLine) {
      header.entries.push({ kind: 'date', text, ...dateLine, aboveTitle });
      continue;
    }
    const byline = header.byline === null ? readByline(text) : null;
    if (byline) {
      removed('byline', text);
      header.byline = byline.names;
      header.bylineDate = byline.date;
      continue;
    }
    if (aboveTitle && looksLikeHeadline(text) && setApart(lines, i)) {
      removed('title', text);
      header.title = text;
      continue;
    }
    break;
  }
  header.bodyStart = i;
  return header;
}
