/**
 * A person's name in parts: the given names and the surname, in lower case without accents or
 * apostrophes. Spaced and hyphenated surnames are joined ("Ahmadi Nejad", "Ahmadi-Nejad" and
 * "Ahmadinejad" all have the surname "ahmadinejad"; "Mir-Bagheri" is "mirbagheri"); hyphenated given
 * names are split ("Mohammad-Javad"); Arabic particles are dropped ("al-Sistani" is "sistani");
 * initials stay as one-letter given names.
 */
export interface PersonName {
  given: string[];
  surname: string;
}

/** Words that end a Persian surname written apart from its first part ("Ahmadi Nejad", "Mohammad Zadeh"). */
const SURNAME_ENDINGS = new Set([
  'nejad',
  'nezhad',
  'nejhad',
  'zadeh',
  'zade',
  'pour',
  'poor',
  'vand',
  'khah',
  'doost',
  'lou',
]);
const PARTICLES = new Set(['al', 'el', 'ul', 'ol', 'bin', 'ibn', 'bint', 'ben', 'de', 'van', 'von', 'der']);

/** Lower case, without accents, apostrophes or full stops; hyphens become spaces. */
/** Names repeat across documents: plain forms already computed, kept up to a bound. */
const plainForms = new Map<string, string>();
const MAX_CACHED = 200_000;

export function plainName(text: string): string {
  const cached = plainForms.get(text);
  if (cached !== undefined) return cached;
  const plain = plainNameOf(text);
  if (plainForms.size >= MAX_CACHED) plainForms.clear();
  plainForms.set(text, plain);
  return plain;
}

function plainNameOf(text: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(text);
  return (ascii ? text : text.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/['’ʼ`‘ʻʿʾ]/g, '')
    .replace(/[.]/g, ' ')
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names repeat: parts already computed, kept up to a bound. Callers never change what they get. */
const parsed = new Map<string, PersonName>();

export function personNameOf(text: string): PersonName {
  const cached = parsed.get(text);
  if (cached !== undefined) return cached;
  const parts = parse(text);
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(text, parts);
  return parts;
}

function parse(text: string): PersonName {
  const written = text.trim().split(/\s+/);
  // A hyphenated last word is one surname ("Mir-Bagheri", "Ahmadi-Nejad"), less a particle ("al-Sistani").
  const last = plainName(written.pop() ?? '')
    .split(' ')
    .filter((w) => w !== '');
  while (last.length > 1 && PARTICLES.has(last[0] ?? '')) last.shift();
  const words = [
    ...plainName(written.join(' '))
      .split(' ')
      .filter((w) => w !== ''),
    ...(last.length > 0 ? [last.join('')] : []),
  ];
  while (words.length > 1 && SURNAME_ENDINGS.has(words.at(-1) ?? '')) {
    const ending = words.pop() ?? '';
    words.push(`${words.pop() ?? ''}${ending}`);
  }
  const surname = words.pop() ?? '';
  // A particle inside a name ("bin" in "Mohammed bin Salman") is not a given name; a first word is ("Ben").
  const given = words.filter((w, k) => k === 0 || !PARTICLES.has(w));
  return { given, surname };
}
