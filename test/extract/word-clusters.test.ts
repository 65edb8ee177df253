import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  coarseClass,
  decodeClusters,
  fineCluster,
  shippedClusters,
} from '../../src/extract/quotes/learned/word-clusters.ts';

/** The word clusters the statement taggers read: words used alike share one, and unknown words have none. */

test('a clusters file gives each word its cluster and class, and an unknown word neither', () => {
  const bytes = gzipSync(
    JSON.stringify({ source: 'fixture', clusters: ['said told', 'harbour ferry'], coarse: [0, 3] }),
  );
  const clusters = decodeClusters(bytes);
  assert.equal(fineCluster(clusters, 'told'), 1);
  assert.equal(fineCluster(clusters, 'ferry'), 2);
  assert.equal(coarseClass(clusters, 'said'), 1);
  assert.equal(coarseClass(clusters, 'harbour'), 4);
  assert.equal(fineCluster(clusters, 'quellmark'), 0);
  assert.equal(coarseClass(clusters, 'quellmark'), 0);
  assert.match(clusters.digest, /^[0-9a-f]{16}$/);
});

test('in the shipped clusters, verbs of criticism share a cluster that days of the week do not', () => {
  const clusters = shippedClusters();
  const lambasted = fineCluster(clusters, 'lambasted');
  assert.ok(lambasted > 0);
  assert.equal(fineCluster(clusters, 'denounced'), lambasted);
  assert.notEqual(fineCluster(clusters, 'tuesday'), lambasted);
});
