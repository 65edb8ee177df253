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

/** The hashed features of each position, flat: position `t` owns `features[offsets[t] .. offsets[t + 1])`. */
export interface FeatureSequence {
  length: number;
  features: Uint32Array;
  offsets: Uint32Array;
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

/** Emission scores, `scores[t * L + label]`. */
export function emissionScores(model: LinearChainModel, sequence: FeatureSequence): Float32Array {
  const L = model.labels.length;
  const mask = model.buckets - 1;
  const scores = new Float32Array(sequence.length * L);
  for (let t = 0; t < sequence.length; t++) {
    const from = sequence.offsets[t] ?? 0;
    const to = sequence.offsets[t + 1] ?? 0;
    for (let k = from; k < to; k++) {
      const base = ((sequence.features[k] ?? 0) & mask) * L;
      for (let label = 0; label < L; label++) {
        scores[t * L + label] = (scores[t * L + label] ?? 0) + (model.emissions[base + label] ?? 0);
      }
    }

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
  const best = new Float64Array(n * L).fill(Number.NEGATIVE_INFINITY);
  const back = new Uint8Array(n * L);
  const allowedAt = (t: number, label: number) => ((sequence.allowed?.[t] ?? 0xff) >> label) & 1;
  for (let label = 0; label < L; label++) {
    if (!allowedAt(0, label) || !legal[L * L + label]) continue;
    best[label] = (model.transitions[L * L + label] ?? 0) + (emissions[label] ?? 0);
  }
  for (let t = 1; t < n; t++) {
    for (let to = 0; to < L; to++) {
      if (!allowedAt(t, to)) continue;
      let score = Number.NEGATIVE_INFINITY;
      let from = 0;
      for (let f = 0; f < L; f++) {
        if (!legal[f * L + to]) continue;
        const s = (best[(t - 1) * L + f] ?? 0) + (model.transitions[f * L + to] ?? 0);
        if (s > score) {
          score = s;
          from = f;
        }
      }
      best[t * L + to] = score + (emissions[t * L + to] ?? 0);
      back[t * L + to] = from;
    }
  }
  let last = 0;
  for (let label = 1; label < L; label++) {
    if ((best[(n - 1) * L + label] ?? 0) > (best[(n - 1) * L + last] ?? 0)) last = label;
  }
  labels[n - 1] = last;
  for (let t = n - 1; t > 0; t--) labels[t - 1] = back[t * L + (labels[t] ?? 0)] ?? 0;
  return labels;
}

/** Collects hashed features position by position into a `FeatureSequence`. */
export class FeatureBuffer {
  private features: number[] = [];
  private offsets: number[] = [0];

  add(feature: number): void {
    this.features.push(feature);
  }

  /** Closes the current position. */
  next(): void {
    this.offsets.push(this.features.length);
  }

  finish(allowed?: Uint8Array): FeatureSequence {
    const sequence: FeatureSequence = {
      length: this.offsets.length - 1,
      features: Uint32Array.from(this.features),
      offsets: Uint32Array.from(this.offsets),
    };
    if (allowed) sequence.allowed = allowed;
    return sequence;
  }
}
