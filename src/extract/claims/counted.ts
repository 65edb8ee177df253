import type { Amount } from './amounts.ts';
import { startsWith, type Words } from './tokens.ts';

/**
 * What a figure counts: the noun phrase after it without its determiners ("12 separate provinces" →
 * "separate provinces"), the X of "N of (the) X" and "hundreds of X", an "of" phrase after the noun
 * ("barrels of oil"), and what happened to them when the text says it in the phrase: a passive or a
 * participle after ("were killed", "killed in", "who died"), a verb before ("executed 12 prisoners") or
 * its noun ("the killing of 1,500 protesters"), always as the participle: "protesters killed". Only
 * verbs of what happens to people and things count, so that the key stays about the event.
 */

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'these',
  'those',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'all',
  'both',
]);
const PRONOUNS = new Set(['them', 'us', 'those', 'whom', 'which', 'it', 'these', 'you', 'they', 'who']);
/** Words a tagger may call nouns that compare two figures ("7,033,000 vs 6,598,580"): never what is counted. */
const COMPARISONS = new Set(['vs', 'vs.', 'v.', 'versus']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const AUXILIARIES = new Set([
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'got',
  'get',
  'reportedly',
  'also',
  'later',
  'all',
]);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const COMPLEMENTS = new Set(['dead', 'alive', 'ablaze', 'free']);
const TIME_UNITS = new Set([
  'years',
  'year',
  'months',
  'month',
  'weeks',
  'week',
  'days',
  'day',
  'hours',
  'minutes',
]);

/** Verbs of what happens to people and things: [base, participle, irregular forms...]. */
const EVENT_VERBS: ReadonlyArray<readonly string[]> = [
  ['kill', 'killed'],
  ['execute', 'executed'],
  ['hang', 'hanged', 'hung'],
  ['shoot', 'shot', 'shooting', 'shoots'],
  ['injure', 'injured'],
  ['wound', 'wounded'],
  ['hurt', 'hurt', 'hurting', 'hurts'],
  ['arrest', 'arrested'],
  ['detain', 'detained'],
  ['hold', 'held'],
  ['jail', 'jailed'],
  ['imprison', 'imprisoned'],
  ['sentence', 'sentenced'],
  ['convict', 'convicted'],
  ['charge', 'charged'],
  ['flog', 'flogged', 'flogging'],
  ['lash', 'lashed', 'lashes'],
  ['torture', 'tortured'],
  ['abduct', 'abducted'],
  ['kidnap', 'kidnapped', 'kidnapping'],
  ['release', 'released'],
  ['free', 'freed', 'freeing'],
  ['pardon', 'pardoned'],
  ['deport', 'deported'],
  ['expel', 'expelled', 'expelling'],
  ['displace', 'displaced'],
  ['evacuate', 'evacuated'],
  ['rescue', 'rescued'],
  ['summon', 'summoned'],
  ['dismiss', 'dismissed', 'dismisses'],
  ['destroy', 'destroyed'],
  ['damage', 'damaged'],
  ['burn', 'burned', 'burnt'],
  ['close', 'closed'],
  ['lose', 'lost', 'losing'],
  ['set', 'set', 'setting'],
];
/** Intransitive ones: only after the noun ("people died"), never before a number. */
const INTRANSITIVE: Record<string, string> = {
  died: 'died',
  fled: 'fled',
  perished: 'perished',
  drowned: 'drowned',
  disappeared: 'disappeared',
};
/** The noun of an event before "of": "the killing of 1,500 protesters". */
const EVENT_NOUNS: Record<string, string> = {
  killing: 'killed',
  killings: 'killed',
  execution: 'executed',
  executions: 'executed',
  hanging: 'hanged',
  arrest: 'arrested',
  arrests: 'arrested',
  detention: 'detained',
  death: 'died',
  deaths: 'died',
  release: 'released',
  deportation: 'deported',
  disappearance: 'disappeared',
  torture: 'tortured',
  abduction: 'abducted',
  evacuation: 'evacuated',
  displacement: 'displaced',
  imprisonment: 'imprisoned',
};

function inflections(base: string, participle: string, irregular: readonly string[]): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return [base, `${base}s`, participle, `${stem}ing`, ...irregular];
}

/** The participles themselves, as they follow a noun: "protesters killed", "people who died". */
const PARTICIPLES = new Map<string, string>([
  ...EVENT_VERBS.map(([, participle = '']) => [participle, participle] as const),
  ['hung', 'hanged'],
  ['burnt', 'burned'],
  ...Object.entries(INTRANSITIVE),
]);

/** Every form of each event verb → its participle. */
const PARTICIPLE_OF = new Map<string, string>(
  EVENT_VERBS.flatMap(([base = '', participle = '', ...irregular]) =>
    inflections(base, participle, irregular).map((form) => [form, participle] as const),
  ),
);

interface Phrase {
  words: string[];
  end: number;
}

/** Adjectives and nouns up to the last noun; a possessor ("the province's") is dropped; a date ends it. */
function nounPhrase(words: Words, from: number, skipNumbers = false): Phrase {
  const collected: string[] = [];
  let nouns = 0;
  let end = from;
  let k = from;
  for (; k < words.tokens.length && collected.length < 6; k++) {
    const token = words.tokens[k];
    const word = words.lower[k] ?? '';
    if (!token || words.inDate(k) || COMPARISONS.has(word)) break;
    // A line break ends the phrase: a table's row label ("Nine mths" / "Shr") is not one noun phrase.
    const before = words.tokens[k - 1];
    if (before && words.text.slice(before.end, token.start).includes('\n')) break;
    if (POSSESSIVE.has(word) && collected.length > 0) {
      collected.length = 0;
      nouns = 0;
    } else if (collected.length === 0 && (DETERMINERS.has(word) || (skipNumbers && token.pos === 'NUM')))
      continue;
    else if (token.pos === 'NOUN' || token.pos === 'PROPN' || word === 'others') {
      collected.push(token.text);
      nouns = collected.length;
      end = k + 1;
    } else if (token.pos === 'ADJ') collected.push(token.text);
    else break;
  }
  return { words: collected.slice(0, nouns), end: nouns > 0 ? end : from };
}

/** "of the security forces" after a noun, or the X of "N of X". */
function ofPhrase(words: Words, at: number): Phrase | null {
  if (words.lower[at] !== 'of' || isPronoun(words, at + 1)) return null;
  const phrase = nounPhrase(words, at + 1, true);
  return phrase.words.length > 0 ? phrase : null;
}

/** "them", "those" alone; "those months" is a determiner and its noun. */
function isPronoun(words: Words, k: number): boolean {
  const pos = words.tokens[k + 1]?.pos;
  return PRONOUNS.has(words.lower[k] ?? '') && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN';
}

/** The participle after a phrase: "were killed", "who died", "had been set on fire"; none if negated. */
function participleAfter(words: Words, at: number): { text: string; end: number } | null {
  let k = at;
  if (words.lower[k] === 'who' || words.lower[k] === 'that') k++;
  for (
    let n = 0;
    n < 4 && (AUXILIARIES.has(words.lower[k] ?? '') || NEGATIONS.has(words.lower[k] ?? ''));
    n++, k++
  ) {
    if (NEGATIONS.has(words.lower[k] ?? '')) return null;
  }
  const participle = PARTICIPLES.get(words.lower[k] ?? '');
  if (!participle) return null;
  if (participle === 'set')
    return startsWith(words, k + 1, ['on', 'fire']) ? { text: 'set on fire', end: k + 3 } : null;
  const complement = words.lower[k + 1] ?? '';
  return COMPLEMENTS.has(complement)
    ? { text: `${participle} ${complement}`, end: k + 2 }
    : { text: participle, end: k + 1 };
}

/**
 * "executed at least 267 people", "shot dead 304", "the killing of 1,500": the event before the figure.
 * A passive verb ("was hanged three weeks after") does not take the figure as its object.
 */
function eventBefore(words: Words, first: number): string | null {
  const word = words.lower[first - 1] ?? '';
  if (PASSIVE.has(words.lower[first - 2] ?? '')) return null;
  if (word === 'dead' && PARTICIPLE_OF.get(words.lower[first - 2] ?? '') === 'shot') return 'shot dead';
  const participle = PARTICIPLE_OF.get(word);
  if (participle && participle !== 'set' && words.tokens[first - 1]?.pos !== 'NOUN') return participle;
  if (word === 'of') return EVENT_NOUNS[words.lower[first - 2] ?? ''] ?? null;
  return null;
}

export interface Counted {
  what: string | null;
  /** Token index after the counted phrase (for the claim's span). */
  end: number;
}

function join(...parts: Array<string | null | undefined>): string | null {
  const text = parts.filter((p) => p).join(' ');
  return text || null;
}

export function countedThing(words: Words, amount: Amount, first: number): Counted {
  let end = amount.end;
  if (amount.currency) return { what: amount.currency, end };
  if (amount.percent) {
    const of = ofPhrase(words, end);
    return of ? { what: `% of ${of.words.join(' ')}`, end: of.end } : { what: '%', end };
  }
  let phrase: string | null = null;
  const head = nounPhrase(words, end);
  if (head.words.length > 0 && !amount.share) {
    phrase = head.words.join(' ');
    end = head.end;
  } else {
    // "dozens of journalists", "half of the detainees", "two of them" (a pronoun counts nothing named).
    const partitive = ofPhrase(words, end) ?? (amount.share ? (head.words.length ? head : null) : null);
    if (partitive) {
      phrase = partitive.words.join(' ');
      end = partitive.end;
    } else if (words.lower[end] === 'of' && isPronoun(words, end + 1)) end += 2;
  }
  if (phrase) {
    const of = ofPhrase(words, end);
    if (of) {
      phrase = `${phrase} of ${of.words.join(' ')}`;
      end = of.end;
    }
    const lastWord = phrase.split(' ').at(-1) ?? '';
    if (
      TIME_UNITS.has(lastWord.toLowerCase()) &&
      words.lower[end] === 'in' &&
      ['prison', 'jail'].includes(words.lower[end + 1] ?? '')
    ) {
      phrase = `${phrase} in ${words.lower[end + 1]}`;
      end += 2;
    }
  }
  // A duration ("three weeks after his trial") is not what the event happened to.
  const duration = TIME_UNITS.has(phrase ?? '');
  const participle = participleAfter(words, end)?.text ?? (duration ? null : eventBefore(words, first));
  return { what: join(phrase, participle), end };
}
