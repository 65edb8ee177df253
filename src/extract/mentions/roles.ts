import type { RoleFact, Span } from '../../model.ts';
import type { Candidate } from './candidates.ts';
import { TITLE_HEADS } from './lexicon/titles.ts';
import type { Word } from './words.ts';

/**
 * What the document says an actor is: the title phrase before a name ("the country's former Justice
 * Minister"), an appositive after it ("Hamid Nouri, a former assistant prosecutor at Gohardasht
 * prison,"), a relative clause ("X, who was the interior minister,"), a predicate ("X is the head of
 * Branch 15"), and a description clarified by a name in brackets ("the minister (Zarif)").
 */

/** Nouns that make a phrase a role, besides the title heads. */
const ROLE_NOUNS = new Set([
  ...TITLE_HEADS,
  'member',
  'founder',
  'co-founder',
  'student',
  'teacher',
  'writer',
  'author',
  'artist',
  'athlete',
  'wrestler',
  'doctor',
  'physician',
  'nurse',
  'engineer',
  'worker',
  'farmer',
  'businessman',
  'businesswoman',
  'executive',
  'manager',
  'owner',
  'officer',
  'soldier',
  'guard',
  'prisoner',
  'detainee',
  'inmate',
  'opponent',
  'critic',
  'candidate',
  'representative',
  'negotiator',
  'diplomat',
  'citizen',
  'national',
  'resident',
  'agency',
  'group',
  'organization',
  'organisation',
  'body',
  'newspaper',
  'outlet',
  'daily',
  'network',
  'broadcaster',
  'channel',
  'company',
  'firm',
  'unit',
  'force',
  'militia',
  'court',
  'ministry',
  'son',
  'daughter',
  'father',
  'mother',
  'brother',
  'sister',
  'wife',
  'husband',
  'widow',
  'relative',
  'cousin',
  'uncle',
  'nephew',
  'niece',
  'victim',
  'protester',
  'demonstrator',
  'organizer',
  'organiser',
  'defender',
  'campaigner',
  'scholar',
  'theologian',
  'jurist',
  'commentator',
  'presenter',
  'host',
  'photographer',
  'novelist',
  'musician',
  'composer',
  'architect',
  'pilot',
  'clerk',
  'employee',
  'staffer',
  'contractor',
  'veteran',
  'hardliner',
  'reformist',
  'conservative',
  'moderate',
  'loyalist',
]);

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'one', 'another']);
const ENDS = new Set([',', '.', ';', '(', ')', '—', '–', ':', '"', '”', '!', '?']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);
const COPULAS = [
  'is',
  'was',
  'has been',
  'had been',
  'became',
  'becomes',
  'serves as',
  'served as',
  'remains',
].map((copula) => copula.split(' '));
const MAX_WORDS = 16;

interface Phrase {
  span: Span;
  /** The word index just past the phrase. */
  end: number;
}

/** A noun phrase from `from` to the next comma or full stop, that holds a role noun and no verb. */
function rolePhrase(words: readonly Word[], from: number): Phrase | null {
  const head = words[from];
  if (!head) return null;
  const possessor = head.pos === 'PROPN' && /^['’]s$/.test(words[from + 1]?.text ?? '');
  if (!DETERMINERS.has(head.key) && !possessor && (head.capitalized || !/^(?:NOUN|ADJ)$/.test(head.pos)))
    return null;
  let k = from;
  let hasRole = false;
  while (k < words.length && k - from < MAX_WORDS) {
    const word = words[k];
    if (!word || word.sentence !== head.sentence || ENDS.has(word.text) || RELATIVES.has(word.key)) break;
    if ((word.pos === 'VERB' || word.pos === 'AUX') && !/(?:ed|ing)$/.test(word.key)) return null;
    if (ROLE_NOUNS.has(word.key)) hasRole = true;
    k++;
  }
  const last = words[k - 1];
  const stop = words[k];
  if (!hasRole || !last || k === from) return null;
  if (stop && stop.sentence === head.sentence && !ENDS.has(stop.text) && !RELATIVES.has(stop.key))
    return null;
  return { span: { start: head.start, end: last.end }, end: k };
}

/** "X, a former assistant prosecutor," or "X, 45, a teacher,". */
function appositive(words: readonly Word[], after: number): Span | null {
  if (words[after]?.text !== ',') return null;
  let from = after + 1;
  if (words[from]?.pos === 'NUM' && words[from + 1]?.text === ',') from += 2;
  const phrase = rolePhrase(words, from);
  if (!phrase) return null;
  const stop = words[phrase.end];
  return !stop || ENDS.has(stop.text) || RELATIVES.has(stop.key) ? phrase.span : null;
}

/** Number of words of the copula starting at `at` ("has been" is two), or 0. */
function copulaLength(words: readonly Word[], at: number): number {
  for (const parts of COPULAS) {
    if (parts.every((part, k) => words[at + k]?.key === part)) return parts.length;
  }
  return 0;
}

/** "X, who was the interior minister," or "X is the head of Branch 15". */
function predicate(words: readonly Word[], after: number): Span | null {
  let at = after;
  if (words[at]?.text === ',' && words[at + 1]?.key === 'who') at += 2;
  else if (words[at]?.text === ',') return null;
  const length = copulaLength(words, at);
  if (length === 0) return null;
  let from = at + length;
  if (words[from]?.key === 'now' || words[from]?.key === 'then' || words[from]?.key === 'also') from++;
  return rolePhrase(words, from)?.span ?? null;
}

/** "the minister (Zarif)": a description just before the bracketed name. */
function describedInBrackets(words: readonly Word[], first: number): Span | null {
  if (words[first - 1]?.text !== '(' || words[first]?.sentence !== words[first - 2]?.sentence) return null;
  let k = first - 2;
  while (k > 0 && first - 2 - k < 6 && words[k]?.key !== 'the' && !words[k]?.capitalized) k--;
  if (words[k]?.key !== 'the') return null;
  const phrase = rolePhrase(words, k);
  return phrase && phrase.end === first - 1 ? phrase.span : null;
}

export function roleFactsOf(
  documentId: string,
  text: string,
  words: readonly Word[],
  candidates: readonly Candidate[],
  chains: readonly number[],
): RoleFact[] {
  const facts: RoleFact[] = [];
  const seen = new Set<string>();
  const add = (chain: number, span: Span | null) => {
    const key = `${chain}:${span?.start}:${span?.end}`;
    if (!span || chain < 0 || seen.has(key)) return;
    seen.add(key);
    facts.push({ documentId, chain, span, text: text.slice(span.start, span.end) });
  };
  for (const [i, c] of candidates.entries()) {
    const chain = chains[i] ?? -1;
    if (c.kind === 'place' || c.kind === 'event') continue;
    add(chain, c.titleSpan);
    add(chain, describedInBrackets(words, c.first));
    add(chain, appositive(words, c.end) ?? predicate(words, c.end));
  }
  return facts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
