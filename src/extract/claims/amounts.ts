import { joined, startsWith, type Words } from './tokens.ts';

/**
 * How much a figure says, read from the tokens: digits ("1,500", "1 500", "1.5 million", "300-400"),
 * words ("fifteen hundred", "forty-five", "a dozen", "half a million"), vague amounts ("dozens",
 * "hundreds of", "tens of thousands"), shares ("half", "two-thirds", "7 in 10"), with a percent sign or a
 * currency. Vague amounts take the round number they name: dozens 12, scores 20, hundreds 100,
 * thousands 1,000, tens of thousands 10,000, hundreds of thousands 100,000.
 */

export interface Amount {
  /** Token range `[first, end)` of the amount, currency and percent sign included. */
  first: number;
  end: number;
  value: number;
  valueMax: number | null;
  vague: boolean;
  share: boolean;
  percent: boolean;
  /** ISO 4217 code, or the currency's name when it has none ("tomans"). */
  currency: string | null;
  /** Written in words ("two"), which may refer back ("the two men") rather than count. */
  inWords: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bln: 1e9,
  trillion: 1e12,
};
const VAGUE: Record<string, number> = {
  dozens: 12,
  scores: 20,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
const SHARES: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4 };
const CURRENCY_BEFORE: Record<string, string> = { $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_AFTER: Record<string, string> = {
  dollars: 'USD',
  dlrs: 'USD',
  dlr: 'USD',
  // Cents of whichever currency the story is in; a wire's "cts".
  cents: 'cents',
  cts: 'cents',
  pounds: 'GBP',
  stg: 'GBP',
  yen: 'JPY',
  euros: 'EUR',
  rials: 'IRR',
  tomans: 'tomans',
};
const PERCENT = new Set(['%', 'percent', 'pct', 'pct.']);
/** Scales written joined to the digits: "£28.7m", "$10bn", "5k". */
const SUFFIX_SCALES: Record<string, number> = { m: 1e6, 'm.': 1e6, mn: 1e6, bn: 1e9, 'bn.': 1e9, k: 1e3 };
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^(\d[\d,.]*)[-–](\d[\d,.]*)$/;
const THOUSANDS_GROUP = /^\d{3}$/;
const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/;

function digitsValue(token: string): number {
  return Number(token.replace(/,/g, ''));
}

interface Core {
  end: number;
  value: number;
  valueMax: number | null;
  vague: boolean;
  share: boolean;
  inWords: boolean;
}

/** "1,500", "1 500", "300-400". */
function readDigits(words: Words, i: number): Core | null {
  const token = words.tokens[i]?.text ?? '';
  const range = DIGIT_RANGE.exec(token);
  if (range) {
    const low = digitsValue(range[1] ?? '');
    const high = digitsValue(range[2] ?? '');
    if (!DIGITS.test(range[1] ?? '') || !DIGITS.test(range[2] ?? '') || high <= low) return null;
    return { end: i + 1, value: low, valueMax: high, vague: false, share: false, inWords: false };
  }
  if (!DIGITS.test(token)) return null;
  let text = token;
  let end = i + 1;
  // "1 500": a group of three digits after one space, as French and some English style guides write it.
  while (
    /^\d{1,3}$/.test(text.slice(-3)) &&
    !text.includes('.') &&
    THOUSANDS_GROUP.test(words.tokens[end]?.text ?? '')
  ) {
    const gap = words.text.slice(words.tokens[end - 1]?.end ?? 0, words.tokens[end]?.start ?? 0);
    if (!GROUP_SPACE.test(gap) || (end === i + 1 && token.length > 3) || token.includes(',')) break;
    text += words.tokens[end]?.text ?? '';
    end += 1;
  }
  return { end, value: digitsValue(text), valueMax: null, vague: false, share: false, inWords: false };
}

/** "fifteen hundred", "forty-five", "two hundred and fifty", "a dozen", "a thousand". */
function readWords(words: Words, i: number): Core | null {
  let total = 0;
  let current = 0;
  let end = i;
  let read = false;
  const next = words.lower[i + 1] ?? '';
  if ((words.lower[i] === 'a' || words.lower[i] === 'an') && (SCALES[next] || next === 'dozen')) {
    current = 1;
    end = i + 1;
  }
  for (; end < words.tokens.length; end++) {
    const word = words.lower[end] ?? '';
    if (UNITS[word] !== undefined) current += UNITS[word];
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (SCALES[word]) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else if (word === '-' && read && joined(words, end) && UNITS[words.lower[end + 1] ?? ''] !== undefined)
      continue;
    else if (
      word === 'and' &&
      read &&
      words.lower[end - 1] === 'hundred' &&
      UNITS[words.lower[end + 1] ?? '']
    )
      continue;
    else break;
    read = true;
  }
  if (!read) return null;
  return { end, value: total + current, valueMax: null, vague: false, share: false, inWords: true };
}

/** "dozens", "hundreds of thousands", "tens of thousands", "several thousand", "a few hundred". */
function readVague(words: Words, i: number): Core | null {
  let start = i;
  if (words.lower[i] === 'several') start = i + 1;
  else if (startsWith(words, i, ['a', 'few'])) start = i + 2;
  const first = words.lower[start] ?? '';
  if (start > i) {
    const scale = SCALES[first];
    return scale
      ? { end: start + 1, value: scale, valueMax: null, vague: true, share: false, inWords: true }
      : null;
  }
  let value = VAGUE[first];
  if (value === undefined) return null;
  let end = start + 1;
  // "tens of thousands", "hundreds of millions": each "of" multiplies.
  while (words.lower[end] === 'of' && VAGUE[words.lower[end + 1] ?? ''] && words.lower[end + 1] !== 'tens') {
    value *= VAGUE[words.lower[end + 1] ?? ''] ?? 1;
    end += 2;
  }
  if (first === 'tens' && end === start + 1) return null;
  return { end, value, valueMax: null, vague: true, share: false, inWords: true };
}

/** "half", "a third", "two-thirds", "three quarters", "half a million". */
function readShare(words: Words, i: number): Core | null {
  const first = words.lower[i] ?? '';
  const units = UNITS[first] ?? 0;
  let numerator = 1;
  let at = i;
  if ((first === 'a' || first === 'one') && words.lower[i + 1] !== 'half') at = i + 1;
  else if (units >= 2 && units <= 10) {
    numerator = units;
    at = words.lower[i + 1] === '-' && joined(words, i + 1) && joined(words, i + 2) ? i + 2 : i + 1;
  } else if (first !== 'half') return null;
  const denominator = SHARES[words.lower[at] ?? ''];
  if (!denominator || (at > i && words.lower[at] === 'half')) return null;
  const end = at + 1;
  // "half a million", "a quarter of a million"
  const of = words.lower[end] === 'of' ? 1 : 0;
  const scale = SCALES[words.lower[end + of + 1] ?? ''];
  if ((words.lower[end + of] === 'a' || words.lower[end + of] === 'an') && scale) {
    return {
      end: end + of + 2,
      value: (numerator / denominator) * scale,
      valueMax: null,
      vague: false,
      share: false,
      inWords: true,
    };
  }
  return { end, value: numerator / denominator, valueMax: null, vague: false, share: true, inWords: true };
}

function readCore(words: Words, i: number): Core | null {
  return readDigits(words, i) ?? readShare(words, i) ?? readVague(words, i) ?? readWords(words, i);
}

/** A second amount closing a range: "two [or three] weeks", "300 [to 400] people", "between 300 [and 400]". */
function rangeEnd(words: Words, at: number, core: Core, allowAnd: boolean): Core | null {
  const joiner = words.lower[at];
  if (joiner !== 'or' && joiner !== 'to' && !(allowAnd && joiner === 'and')) return null;
  const next = readDigits(words, at + 1) ?? readWords(words, at + 1);
  if (!next || next.valueMax !== null || next.inWords !== core.inWords) return null;
  return next;
}

/** A scale after digits: "1.5 million", "2.5 mln", and joined to them, "£28.7m", "$10bn". */
function scaleAt(words: Words, k: number): number | null {
  const word = words.lower[k] ?? '';
  return SCALES[word] ?? (joined(words, k) ? (SUFFIX_SCALES[word] ?? null) : null);
}

/** How many tokens a percent sign or word takes at `k`: "%", "percent", "pct", "per cent". */
function percentLength(words: Words, k: number): number {
  if (PERCENT.has(words.lower[k] ?? '')) return 1;
  return startsWith(words, k, ['per', 'cent']) ? 2 : 0;
}

/** Reads the amount starting at token `i`, or null when none starts there. */
export function readAmount(words: Words, i: number, options: { between: boolean }): Amount | null {
  const before = CURRENCY_BEFORE[words.lower[i] ?? ''];
  const core = readCore(words, before ? i + 1 : i);
  if (!core || (before && core.inWords)) return null;
  const scalable = !core.vague && !core.share && !core.inWords;
  let end = core.end;
  let scale = scalable ? scaleAt(words, end) : null;
  if (scale) end += 1;
  let percent = percentLength(words, end);
  end += percent;
  let value = core.value * (scale ?? 1);
  let valueMax = core.valueMax === null ? null : core.valueMax * (scale ?? 1);
  let share = core.share;
  const closing = valueMax === null ? rangeEnd(words, end, core, options.between) : null;
  if (closing && (percent === 0 || percentLength(words, closing.end) > 0)) {
    end = closing.end;
    const closingScale = scalable ? scaleAt(words, end) : null;
    if (closingScale) end += 1;
    // "between 1.1 and 1.5 million": the scale written once is meant for both.
    if (!scale && closingScale) value *= closingScale;
    scale = closingScale ?? scale;
    valueMax = closing.value * (scale ?? 1);
    if (valueMax <= value) return null;
    const closingPercent = percentLength(words, end);
    end += closingPercent;
    percent ||= closingPercent;
  }
  // "7 in 10 homes", "one in four": a share; "200 in 2016" is not one.
  const denominator =
    valueMax === null && !percent && words.lower[end] === 'in'
      ? (readDigits(words, end + 1) ?? readWords(words, end + 1))
      : null;
  if (denominator && denominator.value > value && denominator.value <= 100 && denominator.valueMax === null) {
    value /= denominator.value;
    end = denominator.end;
    share = true;
  }
  let currency = before ?? null;
  const after = CURRENCY_AFTER[words.lower[end] ?? ''];
  if (!currency && after) {
    currency = after;
    end += 1;
  } else if (
    !currency &&
    core.vague &&
    words.lower[end] === 'of' &&
    CURRENCY_AFTER[words.lower[end + 1] ?? '']
  ) {
    currency = CURRENCY_AFTER[words.lower[end + 1] ?? ''] ?? null;
    end += 2;
  }
  return {
    first: i,
    end,
    value,
    valueMax,
    vague: core.vague,
    share,
    percent: percent > 0,
    currency,
    inWords: core.inWords,
  };
}
