import type { Bounds, Frame } from '../frames.ts';
import type { TokenRange } from '../phrases.ts';
import { closesQuotation, opensQuotation, type TextIndex, wordAt } from '../text-index.ts';
import { feature } from './hash.ts';
import { decode, FeatureBuffer, type FeatureSequence, type LinearChainModel } from './linear-chain.ts';
import type { TokenValues } from './token-values.ts';

/**
 * The learned role tagger: given a cue, tags the tokens of its sentence as the source (S), the content
 * (C) or neither, each span opened by a B label and continued by I. It reads each token's side of and
 * distance to the cue, what lies between them (commas, quotation marks, "that", another verb), and what
 * the rules made of the same cue, and so learns where news corpora draw the spans' edges.
 */

export const ROLE_LABELS = ['O', 'SB', 'SI', 'CB', 'CI'] as const;

/** Allowed transitions, row = from (O, SB, SI, CB, CI, start), column = to. */
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

/** Running counts over the window of what can stand between a token and the cue. */
interface Between {
  commas: Int32Array;
  marks: Int32Array;
  thats: Int32Array;
  colons: Int32Array;
  verbs: Int32Array;
}

function runningCounts(index: TextIndex, bounds: Bounds, cue: Frame['cue']): Between {
  const n = bounds.hi - bounds.lo + 2;
  const counts: Between = {
    commas: new Int32Array(n),
    marks: new Int32Array(n),
    thats: new Int32Array(n),
    colons: new Int32Array(n),
    verbs: new Int32Array(n),
  };
  for (let i = bounds.lo; i <= bounds.hi; i++) {
    const t = i - bounds.lo;
    const w = wordAt(index, i);
    const verb = index.tokens[i]?.pos === 'VERB' && (i < cue.first || i > cue.last);
    counts.commas[t + 1] = (counts.commas[t] ?? 0) + (w === ',' ? 1 : 0);
    counts.marks[t + 1] = (counts.marks[t] ?? 0) + (opensQuotation(index, i) || closesQuotation(index, i) ? 1 : 0);
    counts.thats[t + 1] = (counts.thats[t] ?? 0) + (w === 'that' ? 1 : 0);
    counts.colons[t + 1] = (counts.colons[t] ?? 0) + (w === ':' ? 1 : 0);
    counts.verbs[t + 1] = (counts.verbs[t] ?? 0) + (verb ? 1 : 0);
  }
  return counts;
}

/** How many of a counted thing lie strictly between window positions `a` and `b`. */
function between(counts: Int32Array, a: number, b: number): number {
  const from = Math.min(a, b) + 1;
  const to = Math.max(a, b);
  return from >= to ? 0 : Math.min(3, (counts[to] ?? 0) - (counts[from] ?? 0));
}

function inRange(range: TokenRange | null, i: number): boolean {
  return range !== null && range.first <= i && i <= range.last;
}

/** What the rules said of token `i`: 1 source, 2 content, 3 addressee, 4 where or when, 0 nothing. */
function ruleRole(rule: Frame, i: number): number {
  if (inRange(rule.source, i)) return 1;
  if (rule.content.some((range) => inRange(range, i))) return 2;
  if (inRange(rule.addressee, i)) return 3;
  if (inRange(rule.adjunct, i)) return 4;
  return 0;
}

/** Features of the window's tokens for the role tagger, given the cue and the rules' frame for it. */
export function roleFeatures(
  index: TextIndex,
  values: TokenValues,
  rule: Frame,
  bounds: Bounds,
  lemma: number,
): FeatureSequence {
  const { cue } = rule;
  const buffer = new FeatureBuffer();
  const counts = runningCounts(index, bounds, cue);
  const allowed = new Uint8Array(bounds.hi - bounds.lo + 1);
  const { word, pos, shape, quoted } = values;
  const cueAt = (cue.first + cue.last) >> 1;
  for (let i = bounds.lo; i <= bounds.hi; i++) {
    const t = i - bounds.lo;
    const side = i < cue.first ? 0 : i > cue.last ? 2 : 1;
    allowed[t] = side === 1 ? 1 : 0xff;
    const d = bucket(Math.abs(i - (side === 0 ? cue.first : cue.last)));
    const c = (side === 0 ? cue.first : cue.last) - bounds.lo;
    const w = word[i] ?? 0;
    const p = pos[i] ?? 0;
    const role = ruleRole(rule, i);
    const mark = opensQuotation(index, i) ? 1 : closesQuotation(index, i) ? 2 : 0;
    buffer.add(feature(1, side, d));
    buffer.add(feature(2, side, w));
    buffer.add(feature(3, side, p));
    buffer.add(feature(4, side, p, d));
    buffer.add(feature(5, side, i > bounds.lo ? (word[i - 1] ?? 0) : 1));
    buffer.add(feature(6, side, i < bounds.hi ? (word[i + 1] ?? 0) : 2));
    buffer.add(feature(7, side, i > bounds.lo ? (pos[i - 1] ?? 0) : 1, p));
    buffer.add(feature(8, side, p, i < bounds.hi ? (pos[i + 1] ?? 0) : 2));
    buffer.add(feature(9, side, lemma));
    buffer.add(feature(10, side, lemma, p));
    buffer.add(feature(11, side, between(counts.commas, t, c), d));
    buffer.add(feature(12, side, between(counts.marks, t, c), quoted[i] ?? 0));
    buffer.add(feature(13, side, between(counts.thats, t, c)));
    buffer.add(feature(14, side, between(counts.verbs, t, c), between(counts.commas, t, c)));
    buffer.add(feature(15, side, quoted[i] ?? 0, mark));
    buffer.add(feature(16, side, role));
    buffer.add(feature(17, side, role, p));
    buffer.add(feature(18, side, i === bounds.lo ? 1 : i === bounds.hi ? 2 : 0, p));
    buffer.add(feature(19, side, shape[i] ?? 0, d));
    buffer.add(feature(20, side, between(counts.colons, t, c)));
    buffer.add(feature(21, side, role, ruleRole(rule, i - 1) * 8 + ruleRole(rule, i + 1)));
    buffer.add(feature(22, side, lemma, d));
    buffer.add(feature(23, side, w, Math.abs(i - cueAt) <= 1 ? 1 : 0));
    buffer.next();
  }
  return buffer.finish(allowed);
}

/** Token ranges of the runs of one role in the decoded labels: begin label `b`, inside label `b + 1`. */
function runs(labels: Uint8Array, lo: number, b: number): TokenRange[] {
  const found: TokenRange[] = [];
  for (let t = 0; t < labels.length; t++) {
    if (labels[t] !== b) continue;
    let end = t;
    while (labels[end + 1] === b + 1) end++;
    found.push({ first: lo + t, last: lo + end });
    t = end;
  }
  return found;
}

/** The rules' frame with its source and content redrawn by the model. */
export function tagRoles(
  model: LinearChainModel,
  index: TextIndex,
  values: TokenValues,
  rule: Frame,
  bounds: Bounds,
  lemma: number,
): Frame {
  const labels = decode(model, roleFeatures(index, values, rule, bounds, lemma), ROLE_LEGAL);
  const sources = runs(labels, bounds.lo, 1);
  const content = runs(labels, bounds.lo, 3);
  const near = (r: TokenRange) => Math.min(Math.abs(r.last - rule.cue.first), Math.abs(r.first - rule.cue.last));
  const source = sources.sort((a, b) => near(a) - near(b))[0] ?? null;
  const same = source !== null && rule.source !== null && source.first === rule.source.first && source.last === rule.source.last;
  return {
    ...rule,
    source,
    sourceInherited: same && rule.sourceInherited,
    sourceAntecedent: same ? rule.sourceAntecedent : null,
    content,
    postposed: content.length > 0 && (content[0]?.last ?? 0) < rule.cue.first,
  };
}
