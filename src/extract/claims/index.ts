import type { AnalyzedDocument, Claim, ClaimQualifier, DateRef } from '../../model.ts';
import { type Amount, readAmount } from './amounts.ts';
import { countedThing } from './counted.ts';
import { type Hedge, hedgeBefore } from './hedges.ts';
import { isNotAFigure, type Surroundings } from './not-figures.ts';
import { type Words, wordsOf } from './tokens.ts';

/**
 * Every figure in a document: its value (and upper value for a range), its hedge and what it counts.
 * Years and other dates are left to the date extractor: pass its results so that they are not read
 * again as counts.
 */

/** Words an amount can start with; anything else is passed over at the cost of one lookup. */
const STARTS = new Set(
  (
    'a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens scores ' +
    'tens hundreds thousands millions billions several half $ us$ € £'
  ).split(' '),
);
/** "more than a month": an article counts as one only after a hedge and before a unit of time. */
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'decade', 'hour', 'minute', 'fortnight']);
const ARTICLE_HEDGES = new Set<ClaimQualifier>(['more than', 'over', 'at least', 'up to', 'nearly']);

/** What may follow "a" or "an" in an amount: "a dozen", "a few hundred", "a third", "(more than) a month". */
const AFTER_ARTICLE = new Set([
  ...'dozen few third quarter hundred thousand million billion'.split(' '),
  ...TIME_NOUNS,
]);

function mayStart(words: Words, i: number): boolean {
  const code = words.tokens[i]?.text.charCodeAt(0) ?? 0;
  if (code >= 48 && code <= 57) return true;
  const word = words.lower[i] ?? '';
  if (word === 'a' || word === 'an') return AFTER_ARTICLE.has(words.lower[i + 1] ?? '');
  return STARTS.has(word);
}

function hedgedArticle(words: Words, i: number, hedge: Hedge): Amount | null {
  const article = words.lower[i];
  if ((article !== 'a' && article !== 'an') || !hedge.qualifier || !ARTICLE_HEDGES.has(hedge.qualifier))
    return null;
  if (!TIME_NOUNS.has(words.lower[i + 1] ?? '')) return null;
  return {
    first: i,
    end: i + 1,
    value: 1,
    valueMax: null,
    vague: false,
    share: false,
    percent: false,
    currency: null,
    inWords: true,
  };
}

function qualifierOf(amount: Amount, hedge: Hedge): ClaimQualifier {
  if (amount.vague) return 'vague';
  if (amount.valueMax !== null) return 'range';
  return hedge.qualifier ?? 'exact';
}

export function extractClaims(analyzed: AnalyzedDocument, dates: readonly DateRef[]): Claim[] {
  const { document, tokens } = analyzed;
  const dateSpans = dates.map((d) => d.span).sort((a, b) => a.start - b.start);
  const words = wordsOf(document.text, tokens, dateSpans);
  const around: Surroundings = {
    dates: dateSpans,
    sentenceStarts: new Set(document.sentences.map((s) => s.start)),
  };
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStart(words, i)) continue;
    const between = words.lower[i - 1] === 'between';
    const read = readAmount(words, i, { between });
    const hedge = hedgeBefore(words, i);
    const amount = read ?? hedgedArticle(words, i, hedge);
    if (!amount) continue;
    if (!isNotAFigure(words, amount, hedge, around)) {
      const counted = countedThing(words, amount, hedge.first);
      const first = amount.valueMax !== null || hedge.qualifier ? hedge.first : amount.first;
      const start = tokens[first]?.start ?? 0;
      const end = tokens[Math.max(counted.end, amount.end) - 1]?.end ?? start;
      claims.push({
        documentId: document.id,
        span: { start, end },
        text: document.text.slice(start, end),
        value: amount.value,
        valueMax: amount.valueMax,
        qualifier: qualifierOf(amount, hedge),
        what: counted.what,
      });
    }
    i = amount.end - 1;
  }
  return claims;
}
