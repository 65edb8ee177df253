import type { PartialDate, PublishedDate } from '../model.ts';
import type { ExtractedText, Part } from './extracted.ts';
import { chromeOf } from './plain-chrome.ts';
import { readDateline } from './plain-date.ts';
import { type Header, readHeader } from './plain-header.ts';
import { guessLanguage } from './plain-language.ts';
import { endsSentence, layoutOf, unwrap } from './plain-unwrap.ts';

/**
 * Plain text as pasted or scraped from news sites: a header (title, byline, dates) over a body of
 * paragraphs, often hard-wrapped, with site chrome in between. Chrome and header lines are removed
 * with their reason; the body is unwrapped into paragraphs.
 */

/** The wire's sign-off on its own last line ("Reuter", "REUTER"). */
const SIGN_OFF = /^reuters?$/i;

/** Body paragraphs and chrome in reading order; a comment section ends the body. */
function bodyParts(lines: readonly string[]): Part[] {
  const layout = layoutOf(lines);
  const parts: Part[] = [];
  let run: string[] = [];
  let bodyBegun = false;
  const flush = () => {
    for (const text of unwrap(run, layout)) parts.push({ kind: 'paragraph', text });
    bodyBegun ||= run.length > 0;
    run = [];
  };
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const reason = chromeOf(line);
    // A URL on a line of its own may still be the end of a sentence broken before it.
    const midSentence = reason === 'bare-url' && run.length > 0 && !endsSentence(run.at(-1) ?? '');
    if (!reason || midSentence) {
      run.push(line);
      continue;
    }
    flush();
    if (reason === 'comments' && bodyBegun) {
      parts.push({ kind: 'removed', reason, text: lines.slice(i).join('\n').trim() });
      return parts;
    }
    parts.push({ kind: 'removed', reason, text: line.trim() });
  }
  flush();
  return parts;
}

/** The last paragraph, when it is only the wire's sign-off, is boilerplate. */
function withoutSignOff(parts: Part[]): Part[] {
  const lastParagraph = parts.findLastIndex((p) => p.kind === 'paragraph');
  const last = parts[lastParagraph];
  if (last?.kind !== 'paragraph' || !SIGN_OFF.test(last.text)) return parts;
  const result = [...parts];
  result[lastParagraph] = { kind: 'removed', reason: 'boilerplate', text: last.text };
  return result;
}

/**
 * Which date is the article's, and which header date lines are the site's date bar. A date line
 * above the title and byline is the site's own date bar (today's date on the page, not the
 * article's) when the article carries a date of its own below it, or when it stands among the
 * site's chrome (navigation, share links); otherwise it is the only date there is, and is taken
 * as the article's. The article's own dates rank: a date line under the title, the dateline
 * opening the body, a date in the byline, an "Updated" date line.
 */
function resolveDates(
  header: Header,
  datelineDate: PartialDate | null,
): { published: PublishedDate | null; parts: Part[] } {
  const dates = header.entries.filter((e) => e.kind === 'date');
  const below = dates.filter((d) => !d.aboveTitle);
  const ranked = [
    below.find((d) => !d.updated)?.date,
    datelineDate,
    header.bylineDate,
    below.find((d) => d.updated)?.date,
  ];
  const own = ranked.find((d): d is PartialDate => Boolean(d)) ?? null;
  const dateBar = own !== null || header.chromeAboveTitle;
  const top = dateBar ? null : (dates.find((d) => d.aboveTitle)?.date ?? null);
  const chosen = own ?? top;
  const parts: Part[] = header.entries.map((entry) => {
    if (entry.kind === 'removed') return entry;
    return {
      kind: 'removed',
      reason: entry.aboveTitle && dateBar ? 'date-bar' : 'dateline',
      text: entry.text,
    };
  });
  return { published: chosen ? { ...chosen, from: 'dateline' } : null, parts };
}

export function extractPlain(text: string): ExtractedText {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029|\f/);
  const header = readHeader(lines);
  const body = withoutSignOff(bodyParts(lines.slice(header.bodyStart)));
  const first = body.find((p) => p.kind === 'paragraph');
  const datelineDate = first ? (readDateline(first.text)?.date ?? null) : null;
  const { published, parts } = resolveDates(header, datelineDate);
  const paragraphs = body.filter((p) => p.kind === 'paragraph').map((p) => p.text);
  return {
    title: header.title,
    byline: header.byline,
    published,
    language: guessLanguage(paragraphs.join('\n')),
    parts: [...parts, ...body],
  };
}
