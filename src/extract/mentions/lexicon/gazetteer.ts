import { createRequire } from 'node:module';
import { countries } from 'countries-list';
import { NOT_PLACES } from './not-names.ts';

/**
 * Places known by name: every country with its capital and its other names (countries-list), and
 * about 7,000 cities with their provinces (city-timezones, from Natural Earth's populated places).
 * Both are maintained, MIT-licensed and small; the names are loaded once per thread.
 */

interface CityRecord {
  city: string;
  city_ascii: string;
  province: string;
}

/** Everyday short forms that the country list leaves out. */
const EXTRA_PLACES = [
  'U.S.',
  'U.S.A.',
  'U.K.',
  'Britain',
  'England',
  'Scotland',
  'Wales',
  'Gaza',
  'Gaza Strip',
  'West Bank',
  'Middle East',
  'Persian Gulf',
  'Gulf',
  'Europe',
  'Asia',
  'Africa',
  'Latin America',
  'Central Asia',
  'Caucasus',
  'Kurdistan',
  'Iraqi Kurdistan',
  'Balochistan',
  'Baluchistan',
  'Sistan',
  'Azerbaijan',
  'Khuzestan',
  'Strait of Hormuz',
  'Hormuz',
  'Tehran',
  'Teheran',
  'Kish',
  // United States' states as wires abbreviate them after a city ("Irvine, Calif."); "Miss." and "Ind."
  // are left out, being far more often a title and "Independent".
  ...'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Kan. Ky. La. Md. Mass. Mich. Minn. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.'.split(
    ' ',
  ),
];

/** The key a place name is looked up by: lower case, without accents or full stops. */
export function placeKeyOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.’']/g, '').toLowerCase();
}

function loadPlaces(): Set<string> {
  const require = createRequire(import.meta.url);
  const cities = require('city-timezones/data/cityMap.json') as CityRecord[];
  const names: string[] = [...EXTRA_PLACES];
  for (const country of Object.values(countries)) {
    names.push(country.name, country.capital, ...(country.alias ?? []));
  }
  for (const city of cities) {
    names.push(city.city, city.city_ascii, city.province);
    // Arabic names come with their article ("An Najaf", "Al Basrah"); news often drops it.
    const bare = /^(?:a[dlnrstz]|el)[\s-]+(.+)$/i.exec(city.city_ascii)?.[1];
    if (bare && bare.length > 3) names.push(bare);
  }
  const keys = new Set<string>();
  for (const name of names) {
    const key = placeKeyOf(name ?? '');
    if (key.length > 1 && !NOT_PLACES.has(key)) keys.add(key);
  }
  return keys;
}

let places: Set<string> | undefined;
let countryNames: Map<string, string> | undefined;

function loadCountryNames(): Map<string, string> {
  const names = new Map<string, string>([
    ['us', 'United States'],
    ['usa', 'United States'],
    ['uk', 'United Kingdom'],
    ['britain', 'United Kingdom'],
  ]);
  for (const country of Object.values(countries)) {
    for (const alias of country.alias ?? []) names.set(placeKeyOf(alias), country.name);
  }
  return names;
}

/** A country's usual English name for any other name of it ("Persia" → "Iran", "U.S." → "United States"). */
export function countryNameOf(name: string): string {
  countryNames ??= loadCountryNames();
  return countryNames.get(placeKeyOf(name)) ?? name;
}

/** Answers already given: a document asks about the same few names again and again. */
const answers = new Map<string, boolean>();

/** Whether `name` is a known country, city or province. */
export function isKnownPlace(name: string): boolean {
  const known = answers.get(name);
  if (known !== undefined) return known;
  places ??= loadPlaces();
  const answer = places.has(placeKeyOf(name));
  if (answers.size >= 100_000) answers.clear();
  answers.set(name, answer);
  return answer;
}
