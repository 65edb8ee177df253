/**
 * A linear-chain tagger over hashed features: emission weights per (feature bucket, label), transition
 * weights per (label, label), decoded with Viterbi under the sequence's constraints (a label allowed at
 * a position, a transition allowed between labels). Trained as an averaged perceptron by
 * scripts/train-quotes.ts; only decoding runs in the extractor.
 */

export interface LinearChainModel {
  labels: readonly string[];
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** `emissions[bucket * labels.length + label]` */
  emissions: Float32Array;

  /** `transitions[from * labels.length + to]`, with `from === labels.length` for the start. */
  transitions: Float32Array;
}

/** The same number of hashed features at each position: position `t` owns `features[t * width ..]`. */
export interface FeatureSequence {
  length: number;
  width: number;
  features: Uint32Array;
  /** Bit mask of the labels allowed at each position; all of them when absent. */
  allowed?: Uint8Array;
}

export function emptyModel(labels: readonly string[], buckets: number): LinearChainModel {
  return {
    labels,
    buckets,
    emissions: new Float32Array(buckets * labels.length),
    transitions: new Float32Array((labels.length + 1) * labels.length),
  };
}

export function emptySequence(length: number, width: number, constrained: boolean): FeatureSequence {
  const sequence: FeatureSequence = { length, width, features: new Uint32Array(length * width) };
  if (constrained) sequence.allowed = new Uint8Array(length).fill(0xff);
  return sequence;
}

/**
 * Emission scores, `scores[t * L + label]`, for two to five labels: each position's sums are kept in
 * locals while its features are read, which is what makes decoding cheap.
 */
function emissionScores(model: LinearChainModel, sequence: FeatureSequence): Float32Array {
  const L = model.labels.length;
  if (L < 2 || L > 5) throw new Error('a tagger has two to five labels');
  const mask = model.buckets - 1;
  const { features, width, length, allowed } = sequence;
  const w = model.emissions;
  const scores = new Float32Array(length * L);
  for (let t = 0; t < length; t++) {
    // Where only the first label may stand, its score changes no decision: no need to look it up.
    if (allowed && allowed[t] === 1) continue;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let k = t * width, end = k + width; k < end; k++) {
      const base = ((features[k] as number) & mask) * L;
      s0 += w[base] as number;
      s1 += w[base + 1] as number;
      if (L > 2) s2 += w[base + 2] as number;
      if (L > 3) s3 += w[base + 3] as number;
      if (L > 4) s4 += w[base + 4] as number;
    }
    const at = t * L;
    scores[at] = s0;
    scores[at + 1] = s1;
    if (L > 2) scores[at + 2] = s2;
    if (L > 3) scores[at + 3] = s3;
    if (L > 4) scores[at + 4] = s4;
  }
  return scores;
}

/**
 * The best label sequence. `legal[from * L + to]` (with `from === L` for the start) says which
 * transitions may occur, e.g. that an inside label follows its begin label.
 */
export function decode(model: LinearChainModel, sequence: FeatureSequence, legal: Uint8Array): Uint8Array {
  const L = model.labels.length;
  const n = sequence.length;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const emissions = emissionScores(model, sequence);
  const transitions = model.transitions;
  const allowed = sequence.allowed;
  const best = new Float64Array(n * L).fill(Number.NEGATIVE_INFINITY);
  const back = new Uint8Array(n * L);
  for (let label = 0; label < L; label++) {
    if (allowed && !(((allowed[0] as number) >> label) & 1)) continue;
    if (!legal[L * L + label]) continue;
    best[label] = (transitions[L * L + label] as number) + (emissions[label] as number);
  }
  for (let t = 1; t < n; t++) {
    const mask = allowed ? (allowed[t] as number) : 0xff;
    for (let to = 0; to < L; to++) {
      if (!((mask >> to) & 1)) continue;
      let score = Number.NEGATIVE_INFINITY;
      let from = 0;
      for (let f = 0; f < L; f++) {
        if (!legal[f * L + to]) continue;
        const s = (best[(t - 1) * L + f] as number) + (transitions[f * L + to] as number);
        if (s > score) {
          score = s;
          from = f;
        }
      }
      best[t * L + to] = score + (emissions[t * L + to] as number);
      back[t * L + to] = from;
    }
  }
  let last = 0;
  for (let label = 1; label < L; label++) {
    if ((best[(n - 1) * L + label] as number) > (best[(n - 1) * L + last] as number)) last = label;
  }
  labels[n - 1] = last;
  for (let t = n - 1; t > 0; t--) labels[t - 1] = back[t * L + (labels[t] as number)] as number;
  return labels;
}

/** The best label of each position on its own, for a classifier that reads positions independently. */
export function classify(model: LinearChainModel, sequence: FeatureSequence): Uint8Array {
  const L = model.labels.length;
  const scores = emissionScores(model, sequence);
  const labels = new Uint8Array(sequence.length);
  for (let t = 0; t < sequence.length; t++) {
    let best = 0;
    for (let label = 1; label < L; label++) {
      if ((scores[t * L + label] as number) > (scores[t * L + best] as number)) best = label;
    }
    labels[t] = best;
  }
  return labels;
}
