import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LinearChainModel } from './linear-chain.ts';
import { shippedClusters, type WordClusters } from './word-clusters.ts';

/**
 * The trained taggers as one data file in the repository (models/quotes.json.gz), written by
 * scripts/train-quotes.ts and read once per thread. Emission weights are stored sparse: the buckets
 * that carry weight, delta-coded, with the weights rounded to integers of a common scale.
 */

export interface QuoteModels {
  cues: LinearChainModel;
  roles: LinearChainModel;
  /** Whether reported words go on past a clause break (content-end.ts). */
  ends: LinearChainModel;
  /** What the models were trained on, for the record. */
  trainedOn: string;
  /** The digest of the word clusters their features read (word-clusters.ts). */
  wordClusters: string;
}

/** Where the model file lives: the same place relative to src/ and to the compiled dist/. */
export const MODEL_FILE = new URL('../../../../models/quotes.json.gz', import.meta.url);

interface StoredModel {
  labels: string[];
  buckets: number;
  scale: number;
  transitions: number[];
  /** Bucket-major index deltas and weights: `[delta, weight, delta, weight, ...]` over `bucket * L + label`. */
  emissions: number[];
}

function store(model: LinearChainModel, precision: number): StoredModel {
  let max = 0;
  for (const w of model.emissions) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? precision / max : 1;
  const emissions: number[] = [];
  let previous = 0;
  model.emissions.forEach((w, i) => {
    const q = Math.round(w * scale);
    if (q === 0) return;
    emissions.push(i - previous, q);
    previous = i;
  });
  return {
    labels: [...model.labels],
    buckets: model.buckets,
    scale,
    transitions: Array.from(model.transitions, (t) => Math.round(t * scale)),
    emissions,
  };
}

function restore(stored: StoredModel): LinearChainModel {
  const emissions = new Float32Array(stored.buckets * stored.labels.length);
  let at = 0;
  for (let k = 0; k + 1 < stored.emissions.length; k += 2) {
    at += stored.emissions[k] ?? 0;
    emissions[at] = stored.emissions[k + 1] ?? 0;
  }
  return {
    labels: stored.labels,
    buckets: stored.buckets,
    emissions,
    transitions: Float32Array.from(stored.transitions),
  };
}

/** The models as file bytes; weights are rounded to `precision` steps of the largest one. */
export function encodeModels(models: QuoteModels, precision = 8000): Buffer {
  const json = JSON.stringify({
    trainedOn: models.trainedOn,
    wordClusters: models.wordClusters,
    cues: store(models.cues, precision),
    roles: store(models.roles, precision),
    ends: store(models.ends, precision),
  });
  return gzipSync(json, { level: 9 });
}

const WORD_CLUSTER_NAME = 'models/word-clusters.json.gz';

/** The models a file must hold: one written before a model was added lacks it. */
const PARTS = ['cues', 'roles', 'ends'] as const;

/**
 * The models of a file, refused when a model is missing or when they were trained with other word
 * clusters than `clusters` (the shipped ones by default): their weights would then read the wrong features.
 */
export function decodeModels(bytes: Uint8Array, clusters: WordClusters = shippedClusters()): QuoteModels {
  const parsed = JSON.parse(gunzipSync(bytes).toString('utf8')) as {
    trainedOn: string;
    wordClusters?: string;
    cues: StoredModel;
    roles: StoredModel;
    ends: StoredModel;
  };
  const missing = PARTS.filter((part) => !parsed[part]);
  if (missing.length > 0) {
    throw new Error(
      `the statement model file has no ${missing.join(' or ')} model (written by an older version): ` +
        'retrain it with node --import tsx scripts/train-quotes.ts',
    );
  }
  if (parsed.wordClusters !== clusters.digest) {
    throw new Error(
      `the statement models were trained with other word clusters (${parsed.wordClusters ?? 'none recorded'}) ` +
        `than ${WORD_CLUSTER_NAME} (${clusters.digest}): retrain them with node --import tsx scripts/train-quotes.ts`,
    );
  }
  return {
    trainedOn: parsed.trainedOn,
    wordClusters: parsed.wordClusters,
    cues: restore(parsed.cues),
    roles: restore(parsed.roles),
    ends: restore(parsed.ends),
  };
}

let loaded: QuoteModels | null | undefined;

/** The shipped models, loaded on first use; null when the file is missing (the rules then work alone). */
export function shippedModels(): QuoteModels | null {
  if (loaded === undefined) loaded = existsSync(MODEL_FILE) ? decodeModels(readFileSync(MODEL_FILE)) : null;
  return loaded;
}
