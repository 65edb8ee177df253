import type { QuoteKind, Sieve, Span } from '../../model.ts';
import type { Frame } from './frames.ts';
import type { TokenRange } from './phrases.ts';
import type { QuotationRole } from './quotation-kinds.ts';
import type { IndexedQuotation, TextIndex } from './text-index.ts';

/**
 * The first sieve: each frame's content is a statement, direct when it is a quotation and nothing else,
 * mixed when it holds quoted words, indirect otherwise. A quotation that is all of one frame's content is
 * that frame's, and leaves the content of any other frame that reached it ("He didn't think so: “...,”
 * Roffman said.").
 */

export interface Statement {
  span: Span;
  kind: QuoteKind;
  frame: Frame | null;
  sieve: Sieve;
  quotation: IndexedQuotation | null;
}

/** Naming verbs: what they put in quotation marks is a label ("called them “rioters”"). */
const NAMING = new Set(['call', 'dub', 'label', 'brand', 'term', 'describe', 'characterize', 'characterise']);
/** Tags of the words that say something; a content of none ("what", "it") is no statement. */
const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'NUM', 'ADJ', 'ADV']);

export function spanOf(index: TextIndex, range: TokenRange): Span {
  return { start: index.tokens[range.first]?.start ?? 0, end: index.tokens[range.last]?.end ?? 0 };
}

/** The quotations wholly inside a token range, in order, found by walking its tokens. */
export function quotationsIn(index: TextIndex, range: TokenRange): IndexedQuotation[] {
  const inside: IndexedQuotation[] = [];
  for (let k = range.first; k <= range.last; k++) {
    const q = index.quotations[index.quotationOf[k] ?? -1];
    if (!q) continue;
    if (q.firstToken >= range.first && q.lastToken <= range.last) inside.push(q);
    k = Math.max(k, q.lastToken);
  }
  return inside;
}

/** Whether a content range is one quotation and nothing else but punctuation. */
export function wholeQuotation(index: TextIndex, range: TokenRange): IndexedQuotation | null {
  const inside = quotationsIn(index, range);
  const only = inside.length === 1 ? inside[0] : undefined;
  if (!only) return null;
  const outer = spanOf(index, range);
  const around = index.text.slice(outer.start, only.span.start) + index.text.slice(only.span.end, outer.end);
  return /^[\s.,;:!?—–-]*$/u.test(around) ? only : null;
}

/**
 * The range cut before the first quotation in it that another frame claims as all of its content, and
 * before the punctuation leading there; unless that frame is itself inside the range, reported within
 * what this frame reports ("Trump said he wants “...”").
 */
function cutBefore(
  index: TextIndex,
  range: TokenRange,
  claimed: ReadonlyMap<IndexedQuotation, Frame>,
): TokenRange | null {
  const first = quotationsIn(index, range).find((q) => {
    const owner = claimed.get(q);
    return owner !== undefined && (owner.cue.head < range.first || owner.cue.head > range.last);
  });
  if (!first) return range;
  let last = first.firstToken - 1;
  while (last >= range.first && /^[,:;—–-]$/u.test(index.words[last] ?? '')) last--;
  return last >= range.first ? { first: range.first, last } : null;
}

/**
 * A naming verb's content cut after its last quotation, which keeps a bare label apart from the words
 * after it ("what officials called “rioters” near the bazaar"). A label given to someone keeps the rest
 * of its clause ("called the deal “a step forward” in the talks on fishing"), as news corpora annotate it.
 */
function toLastQuotation(index: TextIndex, range: TokenRange): TokenRange {
  const last = quotationsIn(index, range).at(-1);
  return last ? { first: range.first, last: last.lastToken } : range;
}

/** Tags of the words that name whom a naming verb labels: "called <him> “a failed candidate”". */
const NAMED_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * What a naming verb with a subject says of someone it names before the label: "X called Y “...”" is
 * X's statement about Y, from Y to the label's end. A label with no such object ("what officials
 * called “rioters”", "the so-called “reform”") stays a scare quote.
 */
function namedLabel(index: TextIndex, frame: Frame, label: IndexedQuotation): TokenRange | null {
  if (!frame.source || frame.postposed || label.firstToken <= frame.cue.last + 1) return null;
  const object: TokenRange = { first: frame.cue.last + 1, last: label.firstToken - 1 };
  if (index.sentenceOf[object.first] !== index.sentenceOf[label.firstToken]) return null;
  let named = false;
  for (let k = object.first; k <= object.last; k++) {
    if (index.quotationOf[k] !== -1 || /^[.;:!?]$/u.test(index.words[k] ?? '')) return null;
    if (NAMED_TAGS.has(index.tokens[k]?.pos ?? '')) named = true;
  }
  return named ? { first: object.first, last: label.lastToken } : null;
}

/**
 * Whether a content range follows the cue of a frame whose words were quoted before it: in `“...,” she
 * said on the podcast “Harbour Hour.”` what comes after the cue says where, not what, unless it quotes
 * words again.
 */
function afterQuoted(index: TextIndex, frame: Frame, range: TokenRange): boolean {
  if (range.first <= frame.cue.last) return false;
  return frame.content.some((other) => other.last < frame.cue.first && wholeQuotation(index, other) !== null);
}

function saysSomething(index: TextIndex, range: TokenRange): boolean {
  for (let k = range.first; k <= range.last; k++) {
    if (index.quotationOf[k] !== -1 || CONTENT_TAGS.has(index.tokens[k]?.pos ?? '')) return true;
  }
  return false;
}

/** Whether a quotation's words end with a comma: the sentence it opens goes on after its attribution. */
function unfinished(index: TextIndex, q: IndexedQuotation): boolean {
  return /,\s*$/u.test(index.text.slice(q.inner.start, q.inner.end));
}

/** Words that may stand between an attribution and the rest of the quotation it broke: `he said, but "..."`. */
const RESUMING = new Set([',', ':', '.', ';', '—', '–', '-', '--', 'but', 'and']);

/**
 * The rest of each quotation broken by its attribution (`"A," Ana said on Monday, "but B."` ·
 * `"A," said Ana, speaking of the port. "B."`): the next quotation of the paragraph after the cue of a
 * frame whose words are a quotation ending with a comma (past labels in the attribution's sentence), in
 * the same sentence or the next, after punctuation or "but"/"and". It is that frame's, whatever
 * participle's content reaches it.
 */
function resumedQuotations(
  index: TextIndex,
  claimed: ReadonlyMap<IndexedQuotation, Frame>,
  roles: ReadonlyMap<IndexedQuotation, QuotationRole>,
): Map<IndexedQuotation, Frame> {
  const resumed = new Map<IndexedQuotation, Frame>();
  for (const [first, frame] of claimed) {
    if (!frame.postposed || first.lastToken > frame.cue.first || !unfinished(index, first)) continue;
    let next = (index.quotationOf[first.firstToken] ?? -1) + 1;
    // A label in a clause about the speaker ("said Ana, who noted prices had “cratered”.") is passed over;
    // short words after the clause's comma are the rest ("said Ana, who chairs the board, “is safe.”").
    while (
      roles.get(index.quotations[next] as IndexedQuotation) === 'label' &&
      index.sentenceOf[index.quotations[next]?.firstToken ?? -1] === frame.sentence &&
      !RESUMING.has(index.words[(index.quotations[next]?.firstToken ?? 0) - 1] ?? '')
    )
      next++;
    const rest = index.quotations[next];
    if (!rest || rest.firstToken <= frame.cue.last) continue;
    // A participle hanging on the attribution ("speaking of the port") reaches it in vain.
    const owner = claimed.get(rest);
    if (owner && !(index.words[owner.cue.head] ?? '').endsWith('ing')) continue;
    const sentence = index.sentenceOf[rest.firstToken] ?? -1;
    const paragraph = (s: number) => index.sentences[s]?.paragraph;
    const near = sentence - frame.sentence <= 1 && paragraph(sentence) === paragraph(frame.sentence);
    if (near && RESUMING.has(index.words[rest.firstToken - 1] ?? '')) resumed.set(rest, frame);
  }
  return resumed;
}

/** The statements of the frames' contents; `used` receives the quotations they take. */
export function frameStatements(
  index: TextIndex,
  frames: readonly Frame[],
  roles: ReadonlyMap<IndexedQuotation, QuotationRole>,
  used: Set<IndexedQuotation>,
): Statement[] {
  const claimed = new Map<IndexedQuotation, Frame>();
  for (const frame of frames) {
    for (const range of frame.content) {
      const whole = wholeQuotation(index, range);
      if (whole) claimed.set(whole, frame);
    }
  }
  const resumed = resumedQuotations(index, claimed, roles);
  for (const [rest, frame] of resumed) claimed.set(rest, frame);
  const statements: Statement[] = [];
  for (const frame of frames) {
    const naming = NAMING.has(frame.cue.lemma);
    for (const drawn of frame.content) {
      const trimmed = naming ? toLastQuotation(index, drawn) : drawn;
      const original = trimmed === drawn || wholeQuotation(index, trimmed) ? trimmed : drawn;
      const whole = wholeQuotation(index, original);
      if (whole) {
        // A quotation is one statement, however many cues reach it. What someone reads or writes in
        // title case is a title ("has read “The Long Strike”"); what someone says is words.
        if (used.has(whole) || (resumed.has(whole) && resumed.get(whole) !== frame)) continue;
        // After words quoted before their cue, a title says where they were said: `said on “Harbour Hour.”`
        if (afterQuoted(index, frame, original) && roles.get(whole) === 'title') continue;
        used.add(whole);
        const named = naming && roles.get(whole) !== 'words' ? namedLabel(index, frame, whole) : null;
        if (named) {
          statements.push({
            span: spanOf(index, named),
            kind: 'mixed',
            frame,
            sieve: 'same-sentence',
            quotation: null,
          });
          continue;
        }
        if (roles.get(whole) === 'title' && frame.cue.cueClass !== 'speech') continue;

        const kind = roles.get(whole) !== 'words' && naming ? 'scare' : 'direct';
        statements.push({ span: whole.span, kind, frame, sieve: 'same-sentence', quotation: whole });
        continue;
      }
      const range = cutBefore(index, original, claimed);
      if (!range || !saysSomething(index, range)) continue;
      const inside = quotationsIn(index, range);
      if (afterQuoted(index, frame, range) && !inside.some((q) => roles.get(q) === 'words')) continue;
      for (const q of inside) used.add(q);
      // What a naming verb puts in title case is a name it gives ("called Rubio “Little Marco”").
      const kind = inside.some((q) => naming || roles.get(q) !== 'title') ? 'mixed' : 'indirect';
      statements.push({ span: spanOf(index, range), kind, frame, sieve: 'same-sentence', quotation: null });
    }
  }
  for (const [rest, frame] of resumed) {
    if (used.has(rest)) continue;
    used.add(rest);
    // In the next sentence the speaker goes on rather than being named again.
    const same = index.sentenceOf[rest.firstToken] === frame.sentence;
    const sieve = same ? 'same-sentence' : 'continuation';
    statements.push({ span: rest.span, kind: 'direct', frame, sieve, quotation: rest });
  }
  return statements;
}
