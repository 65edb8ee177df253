import { initialsOf } from '../../extract/mentions/acronyms.ts';
import { isKnownPlace } from '../../extract/mentions/lexicon/gazetteer.ts';
import { ORGANIZATION_HEADS } from '../../extract/mentions/lexicon/heads.ts';
import { THING_WORDS } from '../../extract/mentions/lexicon/names.ts';
import { DEMONYMS } from '../../extract/mentions/lexicon/not-names.ts';

/**
 * Short names of organisations learned across the corpus: a bare "Basij" or "UN", or "Revolutionary
 * Guards", in documents that never give the full name, joins the one organisation of the corpus it
 * can stand for: one whose documents use that short name, whose name starts with that distinctive
 * word, whose initials it is (three letters or more), or whose name contains it whole, ending in a
 * head word, less only generic words ("Islamic Revolutionary Guard Corps" contains "Revolutionary
 * Guard"). Two candidates, and it stays apart.
 */
export interface OrganizationCluster {
  /** Plain names of every name its documents use. */
  aliases: string[];
  /** Compared forms of its multi-word names ("islamic revolutionary guard corp"). */
  longKeys: string[];
  /** Acronyms, in capitals. */
  acronyms: string[];
}

/** A head word, in the singular the compared names use ("holding" for "Holdings"). */
export function isHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || ORGANIZATION_HEADS.has(`${word}s`);
}

/** Words a name may lose and stay the same body's: "Islamic", "Iranian", "Tehran", "Corps", "Inc". */
function isDroppable(word: string, atEnd: boolean): boolean {
  if (atEnd) return isHead(word);
  return THING_WORDS.has(word) || DEMONYMS.has(word) || isKnownPlace(word);
}

/**
 * Shorter forms of a name, two words or more, ending in a head word, that leave out only generic
 * words before ("Islamic", a place, a nationality) and heads after ("Corps"): "Revolutionary Guard"
 * for "Islamic Revolutionary Guard Corps", not "Investors Service Inc" for "Nippon Investors Service Inc".
 */
export function headedParts(key: string): string[] {
  const words = key.split(' ');
  const parts: string[] = [];
  for (let start = 0; start < words.length; start++) {
    if (start > 0 && !isDroppable(words[start - 1] ?? '', false)) break;
    for (let end = words.length; end >= start + 2; end--) {
      if (end < words.length && !isDroppable(words[end] ?? '', true)) break;
      if (end - start === words.length || !isHead(words[end - 1] ?? '')) continue;
      const part = words.slice(start, end);
      // "Group Inc" names nothing; "General Corp" names nothing once "Michigan" is gone.
      const named = part.filter((w) => !isHead(w));
      const distinctive = named.some((w) => !THING_WORDS.has(w));
      const lostPlace = words.slice(0, start).some((w) => isKnownPlace(w) && !THING_WORDS.has(w));
      if (named.length > 0 && (distinctive || !lostPlace)) parts.push(part.join(' '));
    }
  }
  return parts;
}

function add(index: Map<string, Set<number>>, key: string, cluster: number): void {
  const set = index.get(key);
  if (set) set.add(cluster);
  else index.set(key, new Set([cluster]));
}

/** For each cluster, the one other cluster it is a short form of, if any. */
export function shortFormTargets(clusters: readonly OrganizationCluster[]): Map<number, number> {
  const index = new Map<string, Set<number>>();
  for (const [c, cluster] of clusters.entries()) {
    if (cluster.longKeys.length === 0) continue;
    for (const alias of cluster.aliases) {
      if (!THING_WORDS.has(alias) && !isHead(alias)) add(index, `alias:${alias}`, c);
    }
    for (const key of cluster.longKeys) {
      const first = key.split(' ')[0] ?? '';
      if (!THING_WORDS.has(first) && !isHead(first)) add(index, `alias:${first}`, c);
      for (const part of headedParts(key)) add(index, `part:${part}`, c);
      // Two letters are too many things' initials ("GS"); three or more are telling.
      const initials = initialsOf(key);
      if (initials.length >= 3) add(index, `initials:${initials}`, c);
    }
  }
  const targets = new Map<number, number>();
  for (const [c, cluster] of clusters.entries()) {
    // A cluster with a full name of its own is only ever part of a longer one; one without, any short form.
    const short = cluster.longKeys.length === 0;
    const lookups = [
      ...(short ? cluster.aliases.filter((a) => !a.includes(' ')).map((a) => `alias:${a}`) : []),
      ...cluster.longKeys.map((key) => `part:${key}`),
      ...(short ? cluster.acronyms.map((a) => `initials:${a}`) : []),
    ];
    const found = new Set<number>();
    for (const lookup of lookups) for (const t of index.get(lookup) ?? []) if (t !== c) found.add(t);
    const [target] = found;
    if (found.size === 1 && target !== undefined) targets.set(c, target);
  }
  return targets;
}
