import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Clusters of words used alike (models/word-clusters.json.gz, written by scripts/cluster-words.ts from
 * GloVe vectors), read by the statement taggers as features: what they learn of a word seen in training
 * carries over to the words of its cluster. Each word has a fine cluster and a coarse class (a cluster of
 * clusters); a word outside the file's vocabulary has neither (0).
 */

/** Where the file lives: the same place relative to src/ and to the compiled dist/. */
export const WORD_CLUSTER_FILE = new URL('../../../../models/word-clusters.json.gz', import.meta.url);

export interface StoredClusters {
  /** Where the clusters come from, for the record. */
  source: string;
  /** The words of each cluster, space-separated. */
  clusters: string[];
  /** The coarse class of each cluster. */
  coarse: number[];
}

export interface WordClusters {
  /** A digest of the file the clusters were read from: models record the clusters they were trained with. */
  digest: string;
  /** For each word, its fine cluster + 1 in the low 16 bits and its coarse class + 1 above them. */
  of: Map<string, number>;
}

export function decodeClusters(bytes: Uint8Array): WordClusters {
  const stored = JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredClusters;
  const of = new Map<string, number>();
  stored.clusters.forEach((words, c) => {
    const code = (c + 1) | (((stored.coarse[c] ?? -1) + 1) << 16);
    for (const word of words.split(' ')) if (word) of.set(word, code);
  });
  return { digest: createHash('sha256').update(bytes).digest('hex').slice(0, 16), of };
}

/** The fine cluster of a lowercase word (1-based), or 0. */
export function fineCluster(clusters: WordClusters, word: string): number {
  return (clusters.of.get(word) ?? 0) & 0xffff;
}

/** The coarse class of a lowercase word (1-based), or 0. */
export function coarseClass(clusters: WordClusters, word: string): number {
  return (clusters.of.get(word) ?? 0) >>> 16;
}

let loaded: WordClusters | undefined;

/** The shipped clusters, loaded on first use; none when the file is missing (the features are then 0). */
export function shippedClusters(): WordClusters {
  if (loaded === undefined) {
    loaded = existsSync(WORD_CLUSTER_FILE)
      ? decodeClusters(readFileSync(WORD_CLUSTER_FILE))
      : { digest: 'none', of: new Map() };
  }
  return loaded;
}
