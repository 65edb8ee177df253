/**
 * A cheap guess at the language of a text from its script and commonest words, enough to tell the
 * corpus's English from Persian and Arabic. Null when unsure: a wrong language is worse than none.
 */

const SAMPLE_CHARS = 1500;
const ENGLISH_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'was',
  'that',
  'for',
  'on',
  'with',
  'said',
  'he',
  'she',
  'it',
  'by',
  'as',
  'at',
  'from',
  'his',
  'her',
  'has',
  'have',
  'are',
  'were',
]);
/** In running English, these words make up about a third of all words; a tenth is a safe floor. */
const MIN_ENGLISH_SHARE = 0.1;
/** Letters Persian has and Arabic does not. */
const PERSIAN_LETTERS = /[پچژگ]/g;

/** Letters of the Arabic script and of the Latin one in `sample`, counted without a string per letter. */
function scripts(sample: string): { arabicScript: number; latin: number } {
  let arabicScript = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabicScript++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return { arabicScript, latin };
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { arabicScript, latin } = scripts(sample);
  if (arabicScript > latin) {
    const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
    return persian > 0 || /[یک]/.test(sample) ? 'fa' : 'ar';
  }
  const words = sample.toLowerCase().match(/[a-z\u00df-\u024f]+/g) ?? [];
  if (words.length === 0) return null;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english / words.length >= MIN_ENGLISH_SHARE ? 'en' : null;
}
