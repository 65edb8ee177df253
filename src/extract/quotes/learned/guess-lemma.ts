/** A lemma for a verb form the lexicon does not list: "endorsed" → "endorse", "blasted" → "blast". */
export function guessLemma(word: string): string {
  if (/ies$|ied$/.test(word)) return `${word.slice(0, -3)}y`;
  const stem = word.replace(/(?:ing|ed|es|s)$/, '');
  if (stem === word || stem.length < 3) return word;
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[sczvgu]|at|it|ot|ut|iz|ur|rs)$/.test(stem) && !word.endsWith('es')) return `${stem}e`;
  return stem;
}
