/**
 * Spelling-invariant forms of names written in Latin letters from Persian or Arabic, where one name has
 * many spellings: Hossein / Hossain / Hussein / Hoseyn, Qasem / Ghasem / Qassem, Mohammad / Muhammad /
 * Mohammed, Abdollah / Abdullah, Soleimani / Suleimani, Fatemeh / Fatima.
 *
 * `canonicalSpelling` rewrites a plain lower-case word so that equivalent spellings become one
 * (gh → q, zh → j, kh, sh and ch one letter each, doubled letters single, -ollah → -allah, ou → u, ee → i, final -ie → -i, final
 * -eh → -e). `skeletonOf` keeps only its consonants: the key that blocks candidates together.
 * `sameSpelling` then compares the vowels by class, so that a and i never match: Karimi and Karami,
 * Jalili and Jalali, Hassan and Hossein have the same skeleton and are different names.
 */

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/[^a-z]/g, ''],
  [/(?:o|u|a)ll?ah(?=$|i$|[^aeiou])/g, 'allah'],
  [/gh/g, 'q'],
  [/zh|^dj/g, 'j'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ck/g, 'k'],
  // Digraphs become one consonant each, written as a digit so no letter is taken for them.
  [/kh/g, '1'],
  [/sh/g, '2'],
  [/ch/g, '3'],
  [/([b-df-hj-np-tv-z])\1+/g, '$1'],
  [/ou|oo|uu/g, 'u'],
  [/ee|ii/g, 'i'],
  [/aa/g, 'a'],
  [/ie$/, 'i'],
  [/eh$/, 'e'],
];

/** Vowel letters; y is a vowel unless a vowel follows it ("Hoseyn" against "Yazdi"). */
const VOWEL = /[aeiou]/;

/** Names repeat across a corpus: spellings already computed, kept up to a bound. */
const spellings = new Map<string, string>();
const MAX_CACHED = 200_000;

export function canonicalSpelling(plain: string): string {
  const cached = spellings.get(plain);
  if (cached !== undefined) return cached;
  let word = plain;
  for (const [pattern, replacement] of REWRITES) word = word.replace(pattern, replacement);
  if (spellings.size >= MAX_CACHED) spellings.clear();
  spellings.set(plain, word);
  return word;
}

/** Segments of a canonical word: consonants as themselves, vowel groups as one class letter each. */
function segmentsOf(word: string): string[] {
  const segments: string[] = [];
  let i = 0;
  while (i < word.length) {
    const c = word[i] ?? '';
    const next = word[i + 1] ?? '';
    const isVowel = VOWEL.test(c) || (c === 'y' && !VOWEL.test(next) && i > 0);
    if (!isVowel) {
      segments.push(c);
      i++;
      continue;
    }
    let group = '';
    while (i < word.length) {
      const v = word[i] ?? '';
      const after = word[i + 1] ?? '';
      if (!(VOWEL.test(v) || (v === 'y' && !VOWEL.test(after)))) break;
      group += v;
      i++;
    }
    segments.push(vowelClass(group));
  }
  return segments;
}

/**
 * The class of a vowel group: A (a), I (i, y), U (o, u), D (a diphthong: ei, ey, ai, ay, aei),
 * E (a lone e, which transliterations use for any short vowel: Mohammed and Mohammad, Qasem and Qasim).
 */
function vowelClass(group: string): string {
  if (group.length > 1) {
    if (/[ae]/.test(group) && /[iy]$/.test(group)) return 'D';
    if (/^[ou]+$/.test(group)) return 'U';
    if (/^[iy]+$/.test(group)) return 'I';
    return group.at(-1) === 'a' ? 'A' : 'V';
  }
  if (group === 'a') return 'A';
  if (group === 'e') return 'E';
  if (group === 'o' || group === 'u') return 'U';
  return 'I';
}

function isVowelClass(segment: string): boolean {
  return (
    segment === 'A' ||
    segment === 'E' ||
    segment === 'I' ||
    segment === 'U' ||
    segment === 'D' ||
    segment === 'V'
  );
}

/** The consonants of a canonical word: the key that blocks its spellings together. */
export function skeletonOf(canonical: string): string {
  return segmentsOf(canonical)
    .filter((s) => !isVowelClass(s))
    .join('');
}

/** A lone e stands for any short vowel (Mohammed, Qasem, Yousef against Mohammad, Qasim, Yusuf). */
function vowelsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const short = (c: string) => c === 'A' || c === 'I' || c === 'U';
  return (a === 'E' && short(b)) || (b === 'E' && short(a));
}

/**
 * Whether two canonical words are spellings of one name: the same consonants in the same order and
 * vowels of matching classes, where a lone e between two consonants may also be absent
 * ("Teheran" and "Tehran").
 */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const x = segmentsOf(a);
  const y = segmentsOf(b);
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const s = x[i] ?? '';
    const t = y[j] ?? '';
    if (s === t || (isVowelClass(s) && isVowelClass(t) && vowelsMatch(s, t))) {
      i++;
      j++;
    } else if (s === 'E' && i > 0 && !isVowelClass(t)) i++;
    else if (t === 'E' && j > 0 && !isVowelClass(s)) j++;
    else return false;
  }
  return i === x.length && j === y.length;
}

/**
 * Whether two canonical spellings are one typo apart, as scraped text makes them: one letter dropped,
 * added, changed or swapped with its neighbour ("Soleimnai", "Solimani", "Mirbaheri"). A vowel changed
 * for another vowel is not a typo: Karimi and Karami are two names.
 */
export function isOneTypoApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return !(VOWEL.test(a[i] ?? '') && VOWEL.test(b[i] ?? ''));
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(0, i) + longer.slice(i + 1) === shorter;
}
