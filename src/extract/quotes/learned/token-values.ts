import { cueClassOf, cueLemmaOfLowercase } from '../cue-lexicon.ts';
import { isQuoted, type TextIndex } from '../text-index.ts';
import { hashString } from './hash.ts';

/** What the taggers' features read of each token, computed once per document. */
export interface TokenValues {
  word: Uint32Array;
  pos: Uint32Array;
  suffix: Uint32Array;
  /** 0 lowercase, 1 capitalised, 2 all capitals, 3 digits, 4 punctuation, 5 other. */
  shape: Uint8Array;
  /** The cue lexicon's lemma hash, or 0. */
  lemma: Uint32Array;
  /** 0 none, 1 speech, 2 writing, 3 thought, 4 evidence. */
  cueClass: Uint8Array;
  quoted: Uint8Array;
}

const CLASSES = { speech: 1, writing: 2, thought: 3, evidence: 4, other: 0 } as const;


function shapeOf(text: string): number {
  if (/^\p{Ll}/u.test(text)) return 0;
  if (/^\p{Lu}\p{Ll}/u.test(text)) return 1;
  if (/^\p{Lu}+$/u.test(text)) return 2;
  if (/^\p{N}/u.test(text)) return 3;
  if (/^\p{P}/u.test(text)) return 4;
  return 5;
}

export function tokenValues(index: TextIndex): TokenValues {
  const n = index.tokens.length;
  const values: TokenValues = {
    word: new Uint32Array(n),
    pos: new Uint32Array(n),
    suffix: new Uint32Array(n),
    shape: new Uint8Array(n),
    lemma: new Uint32Array(n),
    cueClass: new Uint8Array(n),
    quoted: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const word = index.words[i] ?? '';
    const token = index.tokens[i];
    values.word[i] = hashString(word);
    values.pos[i] = hashString(token?.pos ?? '');
    values.suffix[i] = hashString(word.slice(-3));
    values.shape[i] = shapeOf(token?.text ?? '');
    const lemma = cueLemmaOfLowercase(word);
    if (lemma) {
      values.lemma[i] = hashString(lemma);
      const cueClass = cueClassOf(lemma);
      values.cueClass[i] = cueClass ? CLASSES[cueClass] : 0;
    }
    values.quoted[i] = isQuoted(index, i) ? 1 : 0;
  }
  return values;
}
