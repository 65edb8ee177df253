import type { IndexedQuotation, TextIndex } from './text-index.ts';

/**
 * What a quotation is, read from its words and the words before it: the title of a work (a book, a
 * film, a report: not a statement at all), a label of a few words ("rioters", "traitors": a scare
 * quote), or words someone said.
 */

export type QuotationRole = 'title' | 'label' | 'words';

/** Nouns for works whose titles are printed in quotation marks. */
const WORKS = new Set(
  `book books film films movie movies song songs album albums show shows programme program series report
  article column op-ed essay poem play documentary podcast episode novel memoir paper study headline
  exhibition slogan hashtag painting opera musical speech-title titled entitled headlined`.split(/\s+/),
);
/** Small words a title keeps in lowercase. */
const TITLE_SMALL = new Set(
  'a an the of and or in on at to for with from by as but nor vs is are be the'.split(' '),
);

function innerText(index: TextIndex, q: IndexedQuotation): string {
  return index.text.slice(q.inner.start, q.inner.end).trim();
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [];
}

/** How many words a quotation holds inside its marks. */
export function quotedWordCount(index: TextIndex, q: IndexedQuotation): number {
  return wordsOf(innerText(index, q)).length;
}

/** Whether a work noun stands within the four tokens before the quotation ("her new film, “Sand”"). */
function afterWorkNoun(index: TextIndex, q: IndexedQuotation): boolean {
  for (let k = q.firstToken - 1; k >= Math.max(0, q.firstToken - 4); k--) {
    const w = index.words[k] ?? '';
    if (WORKS.has(w)) return true;
    if (w === '.' || w === ':' || w === ';' || index.quotationOf[k] !== -1) return false;
  }
  return false;
}

/** Every word capitalised except small ones, and no sentence inside: how titles are written. */
function titleCased(text: string): boolean {
  const words = wordsOf(text);
  if (words.filter((w) => /^\p{Lu}\p{L}/u.test(w)).length < 2) return false;
  if (/[.!?]["”’]?$/u.test(text.replace(/[,]$/u, ''))) return false;

  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}

/** Whether the quoted words read as a sentence: a capital start and a verb, or end punctuation. */
function sentenceLike(index: TextIndex, q: IndexedQuotation, text: string): boolean {
  if (/[.!?…][,]?$/u.test(text) && wordsOf(text).length > 2) return true;
  for (let k = q.firstToken + 1; k < q.lastToken; k++) {
    const p = index.tokens[k]?.pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** Whether the quotation stands inside its sentence, after words of the writer's own. */
function inSentence(index: TextIndex, q: IndexedQuotation): boolean {
  const first = index.sentences[index.sentenceOf[q.firstToken] ?? -1]?.firstToken ?? q.firstToken;
  return q.firstToken > first && /\p{L}/u.test(index.tokens[q.firstToken - 1]?.text ?? '');
}

/** Most words of a quotation that, said by no one the text names, reads as a phrase held at arm's length. */
const ARMS_LENGTH = 5;

/**
 * Whether a quotation that no attribution reaches is a phrase held at arm's length rather than words
 * someone said: a few words inside the writer's sentence ("a plan to “fix the roads”", "called it
 * “Who cares?” politics") that the writer gives no speaker. In PolNeAR train 27 of 33 such
 * quotations are no attribution; longer ones, and quotations that open a sentence, are as often
 * someone's words as not.
 */
export function armsLength(index: TextIndex, q: IndexedQuotation): boolean {
  return inSentence(index, q) && quotedWordCount(index, q) <= ARMS_LENGTH;
}

export function quotationRole(index: TextIndex, q: IndexedQuotation): QuotationRole {
  const text = innerText(index, q);
  const words = wordsOf(text);
  if (words.length === 0) return 'label';
  if (afterWorkNoun(index, q) && words.length <= 12 && !/[.!?]$/u.test(text)) return 'title';
  if (titleCased(text) && words.length <= 8 && !sentenceLike(index, q, text)) return 'title';
  // "watched “Fox and Friends.”": the full stop inside the marks is the sentence's, not the title's.
  if (words.length <= 4 && inSentence(index, q) && titleCased(text.replace(/[.,]$/u, ''))) return 'title';
  // A few words that start in lowercase are a phrase lifted from somewhere ("liquidating trust",
  // "working the referees"), not a sentence someone said.
  if (words.length <= 4 && (!sentenceLike(index, q, text) || /^\p{Ll}/u.test(text))) return 'label';
  return 'words';
}
