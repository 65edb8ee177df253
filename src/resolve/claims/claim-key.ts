/**
 * The key of what a figure counts, tolerant to wording: "protesters killed", "demonstrators who died"
 * and "the killing of protesters" all become "died protester". Words are lemmatised (plurals), a few
 * synonyms that news uses interchangeably are merged, and the event is reduced to its outcome. Durations,
 * percentages and money have no key: "12 percent" or "three weeks" in two articles are rarely one claim.
 */

/** Outcomes: how a reporter may say the same thing happened to the people counted. */
const EVENTS: Record<string, string> = {
  killed: 'died',
  died: 'died',
  dead: 'died',
  death: 'died',
  deaths: 'died',
  killing: 'died',
  killings: 'died',
  perished: 'died',
  shot: 'shot',
  executed: 'executed',
  hanged: 'executed',
  execution: 'executed',
  executions: 'executed',
  arrested: 'detained',
  detained: 'detained',
  held: 'detained',
  arrest: 'detained',
  arrests: 'detained',
  detention: 'detained',
  jailed: 'imprisoned',
  imprisoned: 'imprisoned',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  released: 'released',
  freed: 'released',
  displaced: 'displaced',
  evacuated: 'evacuated',
  sentenced: 'sentenced',
  disappeared: 'disappeared',
};
/** Event nouns that are the counted thing themselves ("14,000 arrests"): they count people. */
const EVENT_NOUNS = new Set([
  'death',
  'deaths',
  'killing',
  'killings',
  'execution',
  'executions',
  'arrest',
  'arrests',
  'detention',
]);
/** Nouns news uses for the same people; each maps to one form. */
const SYNONYMS: Record<string, string> = {
  demonstrator: 'protester',
  protestor: 'protester',
  people: 'person',
  individual: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  minors: 'child',
  minor: 'child',
  juvenile: 'child',
  // A wire's abbreviations of periods.
  mth: 'month',
  yr: 'year',
  wk: 'week',
  qtr: 'quarter',
};
/** Words that say nothing about what is counted. */
const EMPTY = new Set([
  'separate',
  'different',
  'other',
  'others',
  'several',
  'various',
  'more',
  'of',
  'in',
  'and',
  'the',
  'who',
  'some',
]);
const UNCOUNTED = new Set([
  '%',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'hour',
  'minute',
  'decade',
  'time',
]);

/** "prisoners" → "prisoner", "cities" → "city", "buses" → "bus"; irregular plurals are synonyms above. */
function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The key of a claim's `what`, or null when it counts nothing a cluster can be about. */
export function claimKey(what: string | null): string | null {
  if (!what || /^[A-Z]{3}$|^(?:tomans|cents)$/.test(what)) return null;
  const words = what.toLowerCase().split(/\s+/);
  const events = new Set<string>();
  const things = new Set<string>();
  for (const word of words) {
    const event = EVENTS[word];
    if (event) {
      events.add(event);
      if (EVENT_NOUNS.has(word)) things.add('person');
      continue;
    }
    if (EMPTY.has(word)) continue;
    const lemma = SYNONYMS[word] ?? singular(word);
    things.add(SYNONYMS[lemma] ?? lemma);
  }
  if (things.size === 0 || [...things].some((t) => UNCOUNTED.has(t))) return null;
  return [...events]
    .sort()
    .concat([...things].sort())
    .join(' ');
}
