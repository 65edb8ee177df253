import type { Bounds, Frame } from '../frames.ts';
import type { TokenRange } from '../phrases.ts';
import { feature } from './hash.ts';
import { decode, emptySequence, type FeatureSequence, type LinearChainModel } from './linear-chain.ts';
import type { Positions } from './positions.ts';

/**
 * The learned role tagger: given a cue, tags the positions of its sentence as the source (S), the
 * content (C) or neither (O), each span opened by a B label and continued by I. It reads each token's side of and
 * distance to the cue, what lies between them (commas, quotation marks, "that", another verb), and what
 * the rules made of the same cue, and so learns where news corpora draw the spans' edges.
 */

export const ROLE_LABELS = ['O', 'SB', 'SI', 'CB', 'CI'] as const;

/** Allowed transitions, row = from (O, SB, SI, CB, CI, start), column = to: an I label follows its B or I. */
export const ROLE_LEGAL = Uint8Array.from([
  1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0,
]);

function bucket(distance: number): number {
  if (distance <= 3) return distance;
  if (distance <= 5) return 4;
  if (distance <= 8) return 5;
  if (distance <= 12) return 6;
  if (distance <= 20) return 7;
  return 8;
}

/** Running counts over the positions of what can stand between a position and the cue. */
interface Between {
  commas: Int32Array;
  quotations: Int32Array;
  thats: Int32Array;
  colons: Int32Array;
  verbs: Int32Array;
}

function runningCounts(
  positions: Positions,
  from: number,
  to: number,
  cueFirst: number,
  cueLast: number,
): Between {
  const n = to - from + 2;
  const counts: Between = {
    commas: new Int32Array(n),
    quotations: new Int32Array(n),
    thats: new Int32Array(n),
    colons: new Int32Array(n),
    verbs: new Int32Array(n),
  };
  for (let t = 0; t <= to - from; t++) {
    const kind = positions.kind[from + t];
    const verb = kind === 9 && (t < cueFirst || t > cueLast);
    counts.commas[t + 1] = (counts.commas[t] as number) + (kind === 3 ? 1 : 0);
    counts.quotations[t + 1] = (counts.quotations[t] as number) + (kind === 11 ? 1 : 0);
    counts.thats[t + 1] = (counts.thats[t] as number) + (kind === 1 ? 1 : 0);
    counts.colons[t + 1] = (counts.colons[t] as number) + (kind === 2 ? 1 : 0);
    counts.verbs[t + 1] = (counts.verbs[t] as number) + (verb ? 1 : 0);
  }
  return counts;
}

/** How many of a counted thing lie strictly between positions `a` and `b` (at most 3). */
function between(counts: Int32Array, a: number, b: number): number {
  const from = Math.min(a, b) + 1;
  const to = Math.max(a, b);
  return from >= to ? 0 : Math.min(3, (counts[to] as number) - (counts[from] as number));
}

/** What the rules said of each position: 1 source, 2 content, 3 addressee, 4 where or when, 0 nothing. */
function ruleRoles(rule: Frame, positions: Positions, from: number, to: number): Uint8Array {
  const roles = new Uint8Array(to - from + 1);
  const inside = (range: TokenRange | null, i: number) =>
    range !== null && range.first <= i && i <= range.last;
  for (let t = 0; t <= to - from; t++) {
    const i = positions.first[from + t] as number;
    if (inside(rule.source, i)) roles[t] = 1;
    else if (rule.content.some((range) => inside(range, i))) roles[t] = 2;
    else if (inside(rule.addressee, i)) roles[t] = 3;
    else if (inside(rule.adjunct, i)) roles[t] = 4;
  }
  return roles;
}

/** Features at each position of the role tagger's sequence. */
const ROLE_WIDTH = 28;

/** Features of the window's positions for the role tagger, given the cue and the rules' frame for it. */
export function roleFeatures(
  positions: Positions,
  rule: Frame,
  from: number,
  to: number,
  lemma: number,
): FeatureSequence {
  const n = to - from + 1;
  const sequence = emptySequence(n, ROLE_WIDTH, true);
  const f = sequence.features;
  const allowed = sequence.allowed as Uint8Array;
  const cueFirst = (positions.at[rule.cue.first] as number) - from;
  const cueLast = (positions.at[rule.cue.last] as number) - from;
  const counts = runningCounts(positions, from, to, cueFirst, cueLast);
  const roles = ruleRoles(rule, positions, from, to);
  const word = positions.word.subarray(from, to + 1);
  const pos = positions.pos.subarray(from, to + 1);
  const shape = positions.shape.subarray(from, to + 1);
  const quoted = positions.quoted.subarray(from, to + 1);
  const ending = positions.ending.subarray(from, to + 1);
  const fine = positions.fine.subarray(from, to + 1);
  const coarse = positions.coarse.subarray(from, to + 1);
  const cueCluster = positions.fine[positions.at[rule.cue.head] as number] as number;
  for (let t = 0, at = 0; t < n; t++) {
    const side = t < cueFirst ? 0 : t > cueLast ? 2 : 1;
    if (side === 1) allowed[t] = 1;
    const edge = side === 0 ? cueFirst : cueLast;
    const d = bucket(Math.abs(t - edge));
    const w = word[t] as number;
    const p = pos[t] as number;
    const role = roles[t] as number;
    const commas = between(counts.commas, t, edge);
    f[at++] = feature(1, side, d);
    f[at++] = feature(2, side, w);
    f[at++] = feature(3, side, p);
    f[at++] = feature(5, side, t > 0 ? word[t - 1] : 1);
    f[at++] = feature(6, side, t + 1 < n ? word[t + 1] : 2);
    f[at++] = feature(7, side, t > 0 ? pos[t - 1] : 1, p);
    f[at++] = feature(8, side, p, t + 1 < n ? pos[t + 1] : 2);
    f[at++] = feature(9, side, lemma);
    f[at++] = feature(10, side, lemma, p);
    f[at++] = feature(11, side, commas, d);
    f[at++] = feature(13, side, between(counts.thats, t, edge));
    f[at++] = feature(14, side, between(counts.verbs, t, edge), commas);
    f[at++] = feature(15, side, between(counts.quotations, t, edge), quoted[t] ? ending[t] : 4);
    f[at++] = feature(16, side, role);
    f[at++] = feature(17, side, role, p);
    f[at++] = feature(18, side, t === 0 ? 1 : t === n - 1 ? 2 : 0, p);
    f[at++] = feature(19, side, shape[t], d);
    f[at++] = feature(20, side, between(counts.colons, t, edge));
    f[at++] = feature(21, side, role, (t > 0 ? (roles[t - 1] as number) : 5) * 8 + (roles[t + 1] ?? 5));
    f[at++] = feature(23, side, w, Math.abs(t - edge) <= 1 ? 1 : 0);
    f[at++] = feature(24, side, fine[t], p);
    f[at++] = feature(25, side, coarse[t], d);
    f[at++] = feature(26, side, cueCluster, p);
    f[at++] = feature(27, side, t > 0 ? fine[t - 1] : 0, fine[t]);
    f[at++] = feature(28, side, lemma, t + 1 < n ? word[t + 1] : 2);
    f[at++] = feature(29, side, cueCluster, t > 0 ? word[t - 1] : 1);
    f[at++] = feature(30, side, feature(0, t > 1 ? pos[t - 2] : 1, t > 0 ? pos[t - 1] : 1), p);
    f[at++] = feature(31, side, p, feature(0, t + 1 < n ? pos[t + 1] : 2, t + 2 < n ? pos[t + 2] : 2));
  }
  return sequence;
}

/** Token ranges of the runs of one role in the decoded labels: begin label `b`, inside label `b + 1`. */
function runs(labels: Uint8Array, positions: Positions, from: number, b: number): TokenRange[] {
  const found: TokenRange[] = [];
  for (let t = 0; t < labels.length; t++) {
    if (labels[t] !== b) continue;
    let end = t;
    while (labels[end + 1] === b + 1) end++;
    found.push({ first: positions.first[from + t] as number, last: positions.last[from + end] as number });
    t = end;
  }
  return found;
}

/** The rules' frame with its source and content redrawn by the model. */
export function tagRoles(
  model: LinearChainModel,
  positions: Positions,
  rule: Frame,
  bounds: Bounds,
  lemma: number,
): Frame {
  const from = positions.at[bounds.lo] as number;
  const to = positions.at[bounds.hi] as number;
  const labels = decode(model, roleFeatures(positions, rule, from, to, lemma), ROLE_LEGAL);
  const sources = runs(labels, positions, from, 1);
  const content = runs(labels, positions, from, 3);
  const near = (r: TokenRange) =>
    Math.min(Math.abs(r.last - rule.cue.first), Math.abs(r.first - rule.cue.last));
  const source = sources.sort((a, b) => near(a) - near(b))[0] ?? null;
  const same =
    source !== null &&
    rule.source !== null &&
    source.first === rule.source.first &&
    source.last === rule.source.last;
  return {
    ...rule,
    source,
    sourceInherited: same && rule.sourceInherited,
    sourceAntecedent: same ? rule.sourceAntecedent : null,
    content,
    postposed: content.length > 0 && (content[0]?.last ?? 0) < rule.cue.first,
  };
}
