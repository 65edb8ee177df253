import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type { Span, Token } from '../model.ts';

/**
 * Paragraphs, sentences and tokens of a text, with offsets into it. wink-nlp splits and tags; the rules
 * here repair what it gets wrong on news text: titles and abbreviations before names, sentences across
 * a paragraph break, and quotations cut at their inner full stops.
 */

/** The part of wink's language model that grows as it reads: every word it meets, by its index. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

interface Engine {
  nlp: WinkMethods;
  lexemes: Lexemes;
}

/**
 * Words met since the engine was built after which it is built again: each costs wink a few numbers
 * that forgetting it (below) does not free, and building takes a seventh of a second.
 */
const REBUILD_AFTER = 500_000;

let engine: Engine | undefined;

/**
 * wink's model takes a moment to load, so each thread loads it once, on first use (a cache), keeping a
 * hold on the words it learns: wink builds its model with the loader's `core()`, which is wrapped here.
 */
function nlp(): Engine {
  if (engine && engine.lexemes.list.length - engine.lexemes.intrinsicSize < REBUILD_AFTER) return engine;
  let lexemes: Lexemes | undefined;
  const core = () => {
    const built = (model as unknown as { core: () => { features: { lexeme: Lexemes } } }).core();
    lexemes = built.features.lexeme;
    return built;
  };
  const nlp = winkNLP({ ...model, core } as typeof model, ['sbd', 'pos']);
  if (!lexemes) throw new Error('wink-nlp did not build its model with core()');
  engine = { nlp, lexemes };
  return engine;
}

/**
 * Words the tokenizer could have split (an apostrophe, a hyphen, a full stop inside): only these change
 * how a later text is cut when remembered. Plain words stay remembered, which spares wink reading them
 * again (forgetting every word cost a third more time).
 */
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/**
 * Reads a text with wink so that what it finds never depends on what it read before. wink remembers
 * each word its model lacks, and its tokenizer then takes a remembered word whole: once it has read
 * "Clinton's," (where it keeps the possessive on), "Clinton's" was one token in every later text instead
 * of "Clinton" and "'s", and a document's statements changed with the documents read before it in the
 * same thread. The words a text taught it are forgotten when it is done (they stay in wink's lists,
 * where the tokens just read point, but lookups no longer find them).
 */
function readIsolated<T>(
  text: string,
  read: (nlp: WinkMethods, doc: ReturnType<WinkMethods['readDoc']>) => T,
): T {
  const { nlp: wink, lexemes } = nlp();
  const before = lexemes.list.length;
  try {
    return read(wink, wink.readDoc(text));
  } finally {
    for (let k = before; k < lexemes.list.length; k++) {
      const word = lexemes.list[k] as string;
      if (SPLITTABLE.test(word)) delete lexemes.hash[word];
    }
  }
}

interface WinkToken extends Token {
  space: boolean;
}

/** Characters wink may leave out of its tokens and their preceding spaces (BOM, separators). */
const SKIPPABLE = /[\s\p{Cf}]/u;

/**
 * Runs wink over `text` and places each token in it. wink's token values are the text's own
 * characters, but it drops a few invisible ones, so each value is found by skipping forward from
 * the end of the previous token; this is linear in the length of the text.
 */
function winkTokens(text: string): { tokens: WinkToken[]; sentences: number[][] } {
  const { values, tags, sentences } = readIsolated(text, ({ its }, doc) => ({
    values: doc.tokens().out(its.value) as string[],
    tags: doc.tokens().out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as number[][],
  }));
  const tokens: WinkToken[] = [];
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    let start = cursor;
    while (start < text.length && !text.startsWith(value, start) && SKIPPABLE.test(text[start] ?? ''))
      start++;
    if (!text.startsWith(value, start)) start = Math.min(cursor, text.length);
    const end = Math.min(start + value.length, text.length);
    const slice = text.slice(start, end);
    tokens.push({ start, end, text: slice, pos: tags[i] ?? 'X', space: !/[^\s\p{Cf}]/u.test(slice) });
    cursor = end;
  }
  return { tokens, sentences };
}

function shifted(tokens: readonly WinkToken[], offset: number): Token[] {
  return tokens
    .filter((t) => !t.space)
    .map((t) => ({ start: t.start + offset, end: t.end + offset, text: t.text, pos: t.pos }));
}

/** The tokens of `text`, or of the part of it `within` covers, with offsets into `text`. */
export function tokenize(text: string, within?: Span): Token[] {
  const start = within?.start ?? 0;
  return shifted(winkTokens(text.slice(start, within?.end ?? text.length)).tokens, start);
}

/** Blocks of text between blank lines, without their surrounding whitespace. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    const block = text.slice(start, end);
    const lead = block.length - block.trimStart().length;
    const trail = block.length - block.trimEnd().length;
    if (lead < block.length) spans.push({ start: start + lead, end: end - trail });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/** Titles that precede a name and never end a sentence before a capital or a number. */
const TITLES =
  'Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Adm|Gov|Sen|Rep|Rev|Hon|Pres|Amb|Supt|Insp|vs|v';
const TITLE_BEFORE_NAME = new RegExp(`(?:^|[\\s(“"‘'])(?:${TITLES})\\.$`);
/** Abbreviations that can end a sentence, but not when a name or a number follows. */
const ABBREVIATIONS = [
  String.raw`U\.S\.A|U\.S|U\.N|U\.K|E\.U|D\.C|a\.m|p\.m`,
  'No|Nos|St|Mt|Ft|Inc|Co|Corp|Ltd|Jr|Sr|etc|approx|est',
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
];
const ABBREVIATION = new RegExp(`(?:^|[\\s(“"‘'])(?:${ABBREVIATIONS.join('|')})\\.$`);

/** Whether the boundary before `next` is a false one after an abbreviation ending `previous`. */
function isAbbreviationBreak(text: string, previous: Span, next: WinkToken | undefined): boolean {
  if (!next) return false;
  const tail = text.slice(Math.max(previous.start, previous.end - 12), previous.end);
  const startsName = /^[\p{Lu}\p{N}]/u.test(next.text);
  if (TITLE_BEFORE_NAME.test(tail)) return startsName;
  return ABBREVIATION.test(tail) && (next.pos === 'PROPN' || next.pos === 'NUM');
}

/** Matched quotation marks as `[open, close]` offsets: curly, guillemets, and straight double quotes. */
function quotations(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let curly = -1;
  let guillemet = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') curly = i;
    else if (c === '”' && curly >= 0) {
      pairs.push([curly, i]);
      curly = -1;
    } else if (c === '«') guillemet = i;
    else if (c === '»' && guillemet >= 0) {
      pairs.push([guillemet, i]);
      guillemet = -1;
    } else if (c === '"') {
      if (straight >= 0) pairs.push([straight, i]);
      straight = straight >= 0 ? -1 : i;
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Whether offset `at` falls strictly inside a quotation; `pairs` sorted, `from` advances monotonically. */
function insideQuotation(
  pairs: ReadonlyArray<[number, number]>,
  at: number,
  from: { index: number },
): boolean {
  while (from.index < pairs.length && (pairs[from.index]?.[1] ?? 0) < at) from.index++;
  for (let i = from.index; i < pairs.length; i++) {
    const [open, close] = pairs[i] ?? [0, 0];
    if (open >= at) return false;
    if (close > at) return true;
  }
  return false;
}

/** Sentence spans and tokens of one paragraph, offsets relative to it. */
function paragraphSentences(paragraph: string): { sentences: Span[]; tokens: WinkToken[] } {
  const { tokens, sentences } = winkTokens(paragraph);
  const pairs = quotations(paragraph);
  const cursor = { index: 0 };
  const result: Span[] = [];
  for (const [first = 0, last = first] of sentences) {
    const words = tokens.slice(first, last + 1).filter((t) => !t.space);
    const head = words[0];
    const tail = words.at(-1);
    if (!head || !tail) continue;
    const previous = result.at(-1);
    if (
      previous &&
      (isAbbreviationBreak(paragraph, previous, head) || insideQuotation(pairs, head.start, cursor))
    ) {
      previous.end = tail.end;
    } else result.push({ start: head.start, end: tail.end });
  }
  return { sentences: result, tokens };
}

export interface Segmented {
  paragraphs: Span[];
  sentences: Span[];
  /** Every token with its part of speech; derived, never stored. */
  tokens: Token[];
}

/** Paragraph, sentence and token spans of `text`; a sentence never crosses a paragraph break. */
export function segment(text: string): Segmented {
  const paragraphs = paragraphSpans(text);
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const paragraph of paragraphs) {
    const segmented = paragraphSentences(text.slice(paragraph.start, paragraph.end));
    for (const s of segmented.sentences) {
      sentences.push({ start: s.start + paragraph.start, end: s.end + paragraph.start });
    }
    tokens.push(...shifted(segmented.tokens, paragraph.start));
  }
  return { paragraphs, sentences, tokens };
}
