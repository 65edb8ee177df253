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

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const arabicScript = sample.match(/[\u0600-\u06ff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  if (arabicScript > latin) {
    const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
    return persian > 0 || /[یک]/.test(sample) ? 'fa' : 'ar';
  }
  const words = sample.toLowerCase().match(/[a-z\u00df-\u024f]+/g) ?? [];
  if (words.length === 0) return null;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english / words.length >= MIN_ENGLISH_SHARE ? 'en' : null;
}
