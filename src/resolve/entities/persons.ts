import { type DisjointSets, disjointSets } from '../../extract/mentions/disjoint-sets.ts';
import { genderOfGivenName } from '../../extract/mentions/lexicon/names.ts';
import { FEMININE_TITLES, MASCULINE_TITLES, titleWordOf } from '../../extract/mentions/lexicon/titles.ts';
import { personNameOf } from '../../extract/mentions/person-name.ts';
import type { LocalEntity } from '../../model.ts';
import type { Group } from './groups.ts';
import { canonicalSpelling, isOneTypoApart, sameSpelling, skeletonOf } from './transliteration.ts';

/**
 * People across documents. Local entities with one spelling of a name ("Qasem Soleimani", "Ghasem
 * Suleimani") are variants; variants join when both the given names and the surname are spellings of
 * one another, never on the surname alone (a father and a son share it; Karimi and Karami differ by a
 * vowel). A scraped typo joins a variant at least twice as frequent with the same given name.
 * A name with fewer given names ("Mohammad Zarif" beside "Mohammad Javad Zarif"), a bare surname or a
 * bare given name joins a full name only when exactly one fits in the whole corpus, with roles and
 * titles used to choose among several; otherwise it stays apart.
 */

interface Variant {
  given: string[];
  surname: string;
  members: number[];
  /** Mentions across its members: how established the spelling is. */
  weight: number;
  roleWords: Set<string>;
  gender: 'f' | 'm' | null;
}

const NOT_ROLE_WORDS = new Set(
  'a an the of for at in on and to his her its their former then late mr mrs ms dr who was is has been'.split(
    ' ',
  ),
);

function roleWordsOf(local: LocalEntity): string[] {
  return [...local.titles, ...local.roles]
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}]+/u))
    .filter((w) => w.length > 2 && !NOT_ROLE_WORDS.has(w));
}

/** What the titles say ("Mrs.", "Sheikh"), else what the given name says ("Shirin"), else null. */
function genderOf(local: LocalEntity, firstGiven: string | undefined): 'f' | 'm' | null {
  for (const word of local.titles.flatMap((t) => t.split(/\s+/)).map(titleWordOf)) {
    if (FEMININE_TITLES.has(word)) return 'f';
    if (MASCULINE_TITLES.has(word)) return 'm';
  }
  return genderOfGivenName(firstGiven);
}

function variantsOf(locals: readonly LocalEntity[], indices: readonly number[]): Variant[] {
  const byKey = new Map<string, Variant>();
  for (const i of indices) {
    const local = locals[i];
    if (!local) continue;
    const parts = personNameOf(local.name);
    const given = parts.given.map(canonicalSpelling);
    const surname = canonicalSpelling(parts.surname);
    const gender = genderOf(local, parts.given[0]);
    const key = `${given.join(' ')}|${surname}|${gender ?? ''}`;
    const variant = byKey.get(key) ?? {
      given,
      surname,
      members: [],
      weight: 0,
      roleWords: new Set(),
      gender,
    };
    variant.members.push(i);
    for (const name of local.names) variant.weight += name.count;
    for (const word of roleWordsOf(local)) variant.roleWords.add(word);
    byKey.set(key, variant);
  }
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, v]) => v);
}

const isInitials = (given: readonly string[]) => given.length > 0 && given.every((g) => g.length === 1);
/** Titles or given names that say a woman and a man: never one person. */
const genderless = (a: Variant, b: Variant) => !(a.gender && b.gender && a.gender !== b.gender);
const isFull = (v: Variant) => v.given.length > 0 && !isInitials(v.given);

function sameGiven(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && sameSpelling(a.join(''), b.join(''));
}

/** No given name fits any; initials fit given names with those first letters ("M. J." and "Mohammad Javad"). */
function givenFits(partial: readonly string[], full: readonly string[]): boolean {
  if (partial.length === 0) return true;
  return isInitials(partial) && partial.every((initial, k) => full[k]?.[0] === initial);
}

function blockBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  for (const [i, item] of items.entries()) {
    for (const key of keysOf(item)) {
      const block = blocks.get(key) ?? [];
      block.push(i);
      blocks.set(key, block);
    }
  }
  return blocks;
}

/** Full names that are spellings of one another: blocked by both skeletons, compared within. */
function joinSpellings(variants: readonly Variant[], sets: DisjointSets): void {
  const blocks = blockBy(variants, (v) =>
    isFull(v) ? [`${skeletonOf(v.given.join(''))}|${skeletonOf(v.surname)}`] : [],
  );
  for (const block of blocks.values()) {
    for (const [k, a] of block.entries()) {
      for (const b of block.slice(k + 1)) {
        const x = variants[a];
        const y = variants[b];
        if (x && y && genderless(x, y) && sameGiven(x.given, y.given) && sameSpelling(x.surname, y.surname))
          sets.union(a, b);
      }
    }
  }
}

/** Every skeleton one deletion away, and the skeleton itself: keys under which one-letter typos meet. */
export function deletionKeys(skeleton: string): string[] {
  const keys = [skeleton];
  for (let k = 0; k < skeleton.length; k++) keys.push(skeleton.slice(0, k) + skeleton.slice(k + 1));
  return keys;
}

/**
 * A variant one typo off one at least twice as frequent, with the same given name spelled the same
 * way, is its typo; a typo on top of another spelling of the given name is two doubts, not one.
 */
function joinTypos(variants: readonly Variant[], sets: DisjointSets): void {
  const blocks = blockBy(variants, (v) =>
    isFull(v) && skeletonOf(v.surname).length >= 3
      ? deletionKeys(skeletonOf(v.surname)).map((key) => `${skeletonOf(v.given.join(''))}|${key}`)
      : [],
  );
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    for (const [k, a] of block.entries()) {
      for (const b of block.slice(k + 1)) {
        const x = variants[a];
        const y = variants[b];
        // One deviation only: the same given name, spelled the same way, and one typo in the surname.
        if (!x || !y || sets.find(a) === sets.find(b) || !genderless(x, y)) continue;
        if (x.given.join('') !== y.given.join('')) continue;
        if (!isOneTypoApart(x.surname, y.surname)) continue;
        const [rare, common] = x.weight <= y.weight ? [x, y] : [y, x];
        if (rare.weight * 2 <= common.weight) sets.union(a, b);
      }
    }
  }
}

/** The clusters a partial name may belong to, narrowed by gender and then by shared role words. */
function onlyFit(
  partial: Variant,
  candidates: readonly number[],
  variants: readonly Variant[],
  sets: DisjointSets,
) {
  const roots = [...new Set(candidates.map((c) => sets.find(c)))];
  const byRoot = new Map<number, Variant[]>();
  for (const c of candidates) {
    const root = sets.find(c);
    const list = byRoot.get(root) ?? [];
    const v = variants[c];
    if (v) list.push(v);
    byRoot.set(root, list);
  }
  const fitting = roots.filter((root) =>
    (byRoot.get(root) ?? []).some(
      (full) =>
        sameSpelling(partial.surname, full.surname) &&
        givenFits(partial.given, full.given) &&
        genderless(partial, full),
    ),
  );
  if (fitting.length <= 1) return fitting[0] ?? null;
  const sharing = fitting.filter((root) =>
    (byRoot.get(root) ?? []).some((full) => [...partial.roleWords].some((w) => full.roleWords.has(w))),
  );
  return sharing.length === 1 ? (sharing[0] ?? null) : null;
}

/**
 * Partial names (a bare surname, or initials) join the one cluster they fit. A bare word may also be a
 * given name ("Reza"): it then fits nothing, since full names are blocked by surname. A name with fewer
 * given names is not partial: "Mohammad Karimi" may well be another man than "Mohammad Reza Karimi".
 */
function joinPartials(variants: readonly Variant[], sets: DisjointSets): void {
  const fullBySurname = blockBy(variants, (v) => (isFull(v) ? [skeletonOf(v.surname)] : []));
  for (const [i, v] of variants.entries()) {
    if (isFull(v)) continue;
    const root = onlyFit(v, fullBySurname.get(skeletonOf(v.surname)) ?? [], variants, sets);
    if (root !== null) sets.union(root, i);
  }
}

/** Bare names left apart group with the same bare name elsewhere: one "Karimi" entity, not many. */
function joinLeftovers(variants: readonly Variant[], sets: DisjointSets): void {
  const byName = new Map<string, number>();
  for (const [i, v] of variants.entries()) {
    if (isFull(v) || sets.find(i) !== i) continue;
    const key = `${v.given.join(' ')}|${v.surname}|${v.gender ?? ''}`;
    const same = byName.get(key);
    if (same === undefined) byName.set(key, i);
    else sets.union(same, i);
  }
}

/**
 * Groups people. `lone` are single words not known to be people ("Zarif" in a document that never
 * gives his full name): each joins the one person it fits, and is returned in `unplaced` otherwise.
 */
export function groupPeople(
  locals: readonly LocalEntity[],
  indices: readonly number[],
  lone: readonly number[] = [],
): { groups: Group[]; unplaced: number[] } {
  const variants = variantsOf(locals, indices);
  const loneVariants = variantsOf(locals, lone);
  const all = [...variants, ...loneVariants];
  const sets = disjointSets(all.length);
  joinSpellings(variants, sets);
  joinTypos(variants, sets);
  joinPartials(all, sets);
  joinLeftovers(variants, sets);
  const unplaced: number[] = [];
  for (const [k, v] of loneVariants.entries()) {
    const i = variants.length + k;
    if (sets.find(i) === i) unplaced.push(...v.members);
  }
  const clusters = new Map<number, Variant[]>();
  for (const [i, v] of all.entries()) {
    const root = sets.find(i);
    if (i >= variants.length && root === i) continue;
    const cluster = clusters.get(root);
    if (cluster) cluster.push(v);
    else clusters.set(root, [v]);
  }
  const groups = [...clusters.values()].map((members): Group => {
    const main = [...members].sort((a, b) => b.given.length - a.given.length || b.weight - a.weight)[0];
    const key = `${skeletonOf(main?.given.join('') ?? '')} ${skeletonOf(main?.surname ?? '')}`.trim();
    return { kind: 'person', key, members: members.flatMap((v) => v.members) };
  });
  return { groups, unplaced };
}
