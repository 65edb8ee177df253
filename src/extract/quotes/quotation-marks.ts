import type { Span } from '../../model.ts';

/**
 * Quotation spans from the marks in a text. Each mark's direction comes from its neighbours (a mark
 * after a space and before a word opens; after a word and before a space or punctuation it closes), so
 * straight marks pair up and misused curly ones ("a left curly mark closing") are read as the writer
 * meant. Scraped text breaks the pairing in known ways, recovered here: a quotation never closed ends
 * before the next opening mark or at the paragraph end, unless the next paragraph opens with a mark, in
 * which case the quotation goes on into it (the convention for quotations of several paragraphs).
 */

export interface Quotation {
  /** From the opening mark to the closing mark, both included; or to where a broken quotation stops. */
  span: Span;
  /** The quoted words, inside the marks. */
  inner: Span;
  /** False when no closing mark was found and the end was recovered. */
  closed: boolean;
  /** Quotations in single marks inside this one (quotes within the quote). */
  nested: Span[];
}

type Direction = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  length: number;
  direction: Direction;
}

const OPENING_LEFT = /[\s([{<\-–—/“‘„«‹"']/u;
const CLOSING_RIGHT = /[\s.,;:!?)\]}>…\-–—/”’»›"']/u;

function opensByContext(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return (before === undefined || OPENING_LEFT.test(before)) && after !== undefined && !/\s/u.test(after);
}

function closesByContext(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return before !== undefined && !/\s/u.test(before) && (after === undefined || CLOSING_RIGHT.test(after));
}

/** The direction of a double mark: its usual one, unless its neighbours clearly say the other. */
function directionOf(text: string, at: number, length: number): Direction {
  const opens = opensByContext(text, at, length);
  const closes = closesByContext(text, at, length);
  const byContext: Direction = opens && !closes ? 'open' : closes && !opens ? 'close' : 'either';
  switch (text[at]) {
    case '“':
    case '«':
      return byContext === 'close' ? 'close' : 'open';
    case '”':
    case '»':
      return byContext === 'open' ? 'open' : 'close';
    case '„':
      return 'open';
    default:
      return byContext;
  }
}

/** A markup tag left in scraped text (`<tweet author="...">`): its marks delimit attribute values. */
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?\/?>/y;

/** Where the markup tag starting at `at` ends, or `at` when none starts there. */
function pastTag(text: string, at: number): number {
  TAG.lastIndex = at;
  return TAG.test(text) ? TAG.lastIndex : at;
}

/** Double quotation marks: curly, straight, low-9, guillemets, and two apostrophes as some papers print. */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let at = from; at < to; at++) {
    const c = text[at];
    const tagEnd = c === '<' ? pastTag(text, at) : at;
    if (tagEnd > at) {
      at = tagEnd - 1;
      continue;
    }
    let length = 0;
    if (c === '“' || c === '”' || c === '„' || c === '«' || c === '»' || c === '"') length = 1;
    else if ((c === "'" || c === '’' || c === '‘') && text[at + 1] === c) {
      // Three in a row after a word close a single-marked quotation, then the double one: ''...'you''' .
      if (text[at + 2] === c && !/\s/u.test(text[at - 1] ?? ' ')) at++;
      length = 2;
    }
    if (length === 0) continue;
    const direction = directionOf(text, at, length);
    // A straight mark after a digit that cannot open is an inch or second mark, not a quotation.
    if (c === '"' && direction !== 'open' && /\d/.test(text[at - 1] ?? '')) continue;
    marks.push({ at, length, direction });
    at += length - 1;
  }
  return marks;
}

/** Words whose leading apostrophe marks letters left out, not a quotation: 'n', 'em, 'til, '90s. */
const ELISION = /^(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|\d)/iu;

function singleOpens(text: string, at: number): boolean {
  const c = text[at];
  if (c !== '‘' && c !== "'" && c !== '‹') return false;
  if (text[at + 1] === c || text[at - 1] === c) return false;
  return opensByContext(text, at, 1) && !ELISION.test(text.slice(at + 1, at + 5));
}

function singleCloses(text: string, at: number): boolean {
  const c = text[at];
  if (c !== '’' && c !== "'" && c !== '›') return false;
  if (text[at + 1] === c || text[at - 1] === c) return false;
  // "rock ’n’ roll": the mark after an elided n is not a closing one.
  if (/[\s‘'’]n$/u.test(text.slice(at - 2, at))) return false;
  return closesByContext(text, at, 1);
}

/**
 * Pairs of single marks inside `[from, to)`: an opening one, then the first closing one after it before
 * another opening one. An opening mark with no closing one is dropped: an apostrophe is likelier.
 */
function singleQuotations(text: string, from: number, to: number): Span[] {
  const pairs: Span[] = [];
  let open = -1;
  for (let at = from; at < to; at++) {
    if (text[at] === '\n' && text[at + 1] === '\n') open = -1;
    else if (open < 0 && singleOpens(text, at)) open = at;
    else if (open >= 0 && singleCloses(text, at)) {
      pairs.push({ start: open, end: at + 1 });
      open = -1;
    } else if (open >= 0 && singleOpens(text, at)) open = at;
  }
  return pairs;
}

function trimmedEnd(text: string, end: number, floor: number): number {
  let e = end;
  while (e > floor && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Whether a paragraph begins with a double mark that can open, i.e. it goes on with a quotation. */
function opensParagraph(paragraph: Span, marks: readonly Mark[]): boolean {
  const first = marks[0];
  return first !== undefined && first.at === paragraph.start && first.direction !== 'close';
}

interface Found {
  open: number;
  openLength: number;
  end: number;
  closeLength: number;
}

/** The double-marked quotations of `text`, in order, given its paragraphs (sorted, disjoint). */
function doubleQuotations(text: string, paragraphs: readonly Span[]): Found[] {
  const found: Found[] = [];
  let pending: Mark | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as Span;
    const marks = doubleMarks(text, paragraph.start, paragraph.end);
    // A quotation carried over from the paragraph before takes this paragraph's opening mark as its own.
    let m = pending && opensParagraph(paragraph, marks) ? 1 : 0;
    let closedHere = false;
    for (; m < marks.length; m++) {
      const mark = marks[m] as Mark;
      if (!pending) {
        if (mark.direction !== 'close') pending = mark;
        else if (!closedHere && /[,.!?…]/u.test(text[mark.at - 1] ?? '')) {
          // A closing mark after a spoken sentence with no opening one: the opening mark was lost, and
          // the quotation is taken to run from the start of the paragraph.
          found.push({ open: paragraph.start, openLength: 0, end: mark.at, closeLength: mark.length });
          closedHere = true;
        }
      } else if (mark.direction === 'open') {
        // Two openings in a row: the first quotation was never closed; it stops before the second.
        const end = trimmedEnd(text, mark.at, pending.at + pending.length);
        found.push({ open: pending.at, openLength: pending.length, end, closeLength: 0 });
        pending = mark;
      } else {
        found.push({ open: pending.at, openLength: pending.length, end: mark.at, closeLength: mark.length });
        pending = null;
        closedHere = true;
      }
    }
    const next = paragraphs[p + 1];
    if (pending && !(next && opensParagraph(next, doubleMarks(text, next.start, next.start + 2)))) {
      const end = trimmedEnd(text, paragraph.end, pending.at + pending.length);
      found.push({ open: pending.at, openLength: pending.length, end, closeLength: 0 });
      pending = null;
    }
  }
  return found;
}

/**
 * Every quotation of `text`: the double-marked ones (with the single-marked quotations nested in them),
 * and single-marked ones outside any double-marked quotation, as some papers print all quotations.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const quotations: Quotation[] = doubleQuotations(text, paragraphs).map((f) => {
    const inner = { start: f.open + f.openLength, end: f.end };
    return {
      span: { start: f.open, end: f.end + f.closeLength },
      inner,
      closed: f.closeLength > 0,
      nested: singleQuotations(text, inner.start, inner.end),
    };
  });
  const singles: Quotation[] = [];
  let from = 0;
  for (const q of [...quotations, null]) {
    const to = q ? q.span.start : text.length;
    for (const span of singleQuotations(text, from, to)) {
      singles.push({ span, inner: { start: span.start + 1, end: span.end - 1 }, closed: true, nested: [] });
    }
    if (q) from = q.span.end;
  }
  return [...quotations, ...singles].sort((a, b) => a.span.start - b.span.start);
}
