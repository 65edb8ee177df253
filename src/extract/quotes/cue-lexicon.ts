/**
 * The verbs and phrases that introduce what someone said, wrote or holds, by lemma, with every
 * inflection derived from the lemma (and the irregular ones listed). The class tells a statement
 * (speech, writing) from a report of what someone thinks or what a document shows, which is still an
 * attribution but a weaker one.
 */

/** `other`: a cue the learned detector found that no list names ("fielded criticism"). */
export type CueClass = 'speech' | 'writing' | 'thought' | 'evidence' | 'other';

const SPEECH = `say tell add admit confess acknowledge warn insist stress emphasise emphasize declare note
  claim explain recall deny urge reveal announce argue assert complain reply respond state describe call ask
  accuse threaten promise pledge vow suggest report quote mention comment remark observe concede maintain
  contend predict boast brag joke quip continue answer retort exclaim shout yell scream whisper mutter
  chant cry agree disagree affirm confirm allege charge demand order instruct advise recommend propose
  caution conclude counter criticise criticize praise blame condemn denounce dismiss reject repeat
  reiterate echo inform assure reassure swear testify estimate speculate wonder question interject
  interrupt proclaim characterize characterise label dub brand term plead beg appeal implore request
  challenge recount relate narrate elaborate clarify signal hint imply cite refer highlight underline
  underscore reaffirm lament regret apologise apologize thank congratulate welcome hail laud applaud slam
  blast attack mock ridicule scoff taunt fume rail rant grumble concur decry lambast lambaste chide
  scold rebuke berate castigate tout trumpet acclaim bemoan protest object murmur muse ponder counsel
  plead announce pronounce preach sermonise sermonize rule decree order command forbid`;

const WRITING = 'write tweet post publish blog email text print headline caption sign read';

const THOUGHT = `believe think feel know expect hope fear worry suspect assume doubt consider reckon guess
  understand realise realize recognise recognize imagine want wish intend plan prefer insist view regard
  deem judge figure sense trust anticipate`;

const EVIDENCE = 'show find indicate determine project forecast calculate document demonstrate establish';

/** Forms that the regular rules below do not produce. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  think: ['thought'],
  know: ['knew', 'known'],
  feel: ['felt'],
  find: ['found'],
  swear: ['swore', 'sworn'],
  forbid: ['forbade', 'forbidden'],
  understand: ['understood'],
  cry: ['cried', 'cries'],
  reply: ['replied', 'replies'],
  deny: ['denied', 'denies'],
  testify: ['testified', 'testifies'],
  clarify: ['clarified', 'clarifies'],
  decry: ['decried', 'decries'],
  worry: ['worried', 'worries'],
  signal: ['signalled', 'signalling'],
  label: ['labelled', 'labelling'],
  counsel: ['counselled', 'counselling'],
  rebuke: ['rebuked', 'rebuking'],
  admit: ['admitted', 'admitting'],
  regret: ['regretted', 'regretting'],
  dub: ['dubbed', 'dubbing'],
  scold: ['scolded'],
  chide: ['chided', 'chiding'],
  quip: ['quipped', 'quipping'],
  refer: ['referred', 'referring'],
  concur: ['concurred', 'concurring'],
  beg: ['begged', 'begging'],
  plan: ['planned', 'planning'],
  prefer: ['preferred', 'preferring'],
  text: ['texted', 'texting', 'texts'],
  echo: ['echoed', 'echoes', 'echoing'],
  show: ['shown'],
  blog: ['blogged', 'blogging'],
};

function regularForms(lemma: string): string[] {
  const forms = [lemma];
  const vowelY = /[aeiou]y$/.test(lemma);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (lemma.endsWith('y') && !vowelY) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (lemma.endsWith('y') && !vowelY) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

function buildLexicon(): { forms: Map<string, string>; classes: Map<string, CueClass> } {
  const forms = new Map<string, string>();
  const classes = new Map<string, CueClass>();
  const lists: Array<[CueClass, string]> = [
    ['speech', SPEECH],
    ['writing', WRITING],
    ['thought', THOUGHT],
    ['evidence', EVIDENCE],
  ];
  for (const [cueClass, list] of lists) {
    for (const lemma of wordsOf(list)) {
      if (!classes.has(lemma)) classes.set(lemma, cueClass);
      for (const form of [...regularForms(lemma), ...(IRREGULAR[lemma] ?? [])]) {
        if (!forms.has(form)) forms.set(form, lemma);
      }
    }
  }
  return { forms, classes };
}

const LEXICON = buildLexicon();

/** The cue lemma of a word form ("told" → "tell"), or null when the word is not a cue verb. */
export function cueLemmaOf(word: string): string | null {
  return LEXICON.forms.get(word.toLowerCase().replace(/’/g, "'")) ?? null;
}

/** The same, for a word already in lowercase with straight apostrophes, as the text index keeps them. */
export function cueLemmaOfLowercase(word: string): string | null {
  return LEXICON.forms.get(word) ?? null;
}

/** The lemma of a dash that signs a quotation with its author's name: `“...” — Ana Ruiz`. */
export const SIGNATURE = '—';

export function cueClassOf(lemma: string): CueClass | null {
  // A colon between a name and a quotation stands for "says", and so does a dash signing one.
  if (PHRASE_LEMMAS.has(lemma) || lemma === ':' || lemma === SIGNATURE) return 'speech';

  return LEXICON.classes.get(lemma) ?? null;
}

/** Speech and writing cues report words; thought and evidence cues report a stance or a finding. */
export function isSpeechLemma(lemma: string): boolean {
  const cueClass = cueClassOf(lemma);
  return cueClass === 'speech' || cueClass === 'writing';
}

/**
 * Multi-word cues as lowercase word sequences with the lemma they stand for. A phrase whose head is a
 * verb is matched in any inflection of that verb (`{verb}`).
 */
const CUE_PHRASES: ReadonlyArray<{ words: string[]; lemma: string }> = [
  { words: ['in', 'the', 'words', 'of'], lemma: 'according to' },
  { words: ['according', 'to'], lemma: 'according to' },
  { words: ['{go}', 'on', 'to', '{say}'], lemma: 'say' },
  { words: ['{point}', 'out'], lemma: 'point out' },
  { words: ['{make}', 'clear'], lemma: 'make clear' },
  { words: ['{make}', 'it', 'clear'], lemma: 'make clear' },
  { words: ['{weigh}', 'in'], lemma: 'weigh in' },
  { words: ['{speak}', 'of'], lemma: 'speak' },
  { words: ['{speak}', 'about'], lemma: 'speak' },
  { words: ['{talk}', 'about'], lemma: 'talk' },
  { words: ['{lash}', 'out'], lemma: 'lash out' },
  { words: ['{spell}', 'out'], lemma: 'spell out' },
  { words: ['{shoot}', 'back'], lemma: 'shoot back' },
  { words: ['{fire}', 'back'], lemma: 'fire back' },
  { words: ['{put}', 'it'], lemma: 'put' },
  { words: ['{call}', 'for'], lemma: 'call for' },
  { words: ['{call}', 'on'], lemma: 'call on' },
];

/** Irregular forms of the verbs that head a phrase. */
const PHRASE_VERBS: Record<string, string[]> = {
  go: ['go', 'goes', 'went', 'gone', 'going'],
  say: ['say', 'says', 'said', 'saying'],
  point: ['point', 'points', 'pointed', 'pointing'],
  make: ['make', 'makes', 'made', 'making'],
  weigh: ['weigh', 'weighs', 'weighed', 'weighing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  talk: ['talk', 'talks', 'talked', 'talking'],
  lash: ['lash', 'lashes', 'lashed', 'lashing'],
  spell: ['spell', 'spells', 'spelled', 'spelt', 'spelling'],
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
  fire: ['fire', 'fires', 'fired', 'firing'],
  put: ['put', 'puts', 'putting'],
  call: ['call', 'calls', 'called', 'calling'],
};

const PHRASE_LEMMAS = new Set(CUE_PHRASES.map((p) => p.lemma));

/** Every concrete word sequence of a phrase, its verb slots filled with each form. */
function expand(words: readonly string[]): string[][] {
  let sequences: string[][] = [[]];
  for (const slot of words) {
    const fillers = slot.startsWith('{') ? (PHRASE_VERBS[slot.slice(1, -1)] ?? []) : [slot];
    sequences = sequences.flatMap((sequence) => fillers.map((filler) => [...sequence, filler]));
  }
  return sequences;
}

/** The phrases by their first word, longest first, so a token finds its candidates in one lookup. */
const PHRASES_BY_FIRST = (() => {
  const byFirst = new Map<string, Array<{ words: string[]; lemma: string }>>();
  for (const phrase of CUE_PHRASES) {
    for (const words of expand(phrase.words)) {
      const first = words[0] ?? '';
      byFirst.set(first, [...(byFirst.get(first) ?? []), { words, lemma: phrase.lemma }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/** The multi-word cue starting at word `at` of `words` (lowercase), if any. */
export function phraseAt(words: readonly string[], at: number): { length: number; lemma: string } | null {
  const candidates = PHRASES_BY_FIRST.get(words[at] ?? '');
  if (!candidates) return null;
  for (const { words: phrase, lemma } of candidates) {
    if (phrase.every((w, k) => words[at + k] === w)) return { length: phrase.length, lemma };
  }
  return null;
}
