import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { emptyModel } from '../../src/extract/quotes/learned/linear-chain.ts';
import { decodeModels, encodeModels, MODEL_FILE } from '../../src/extract/quotes/learned/model-file.ts';
import { shippedClusters, type WordClusters } from '../../src/extract/quotes/learned/word-clusters.ts';

/**
 * The statement models' data file: what is written is read back, and an incomplete file, or one trained
 * with other word clusters, says what is wrong and what to do.
 */

function fixtureModels() {
  const cues = emptyModel(['O', 'CUE'], 16);
  cues.emissions[3] = 2;
  const roles = emptyModel(['O', 'SB', 'SI', 'CB', 'CI'], 16);
  roles.transitions[1] = -1;
  const ends = emptyModel(['STOP', 'ON'], 16);
  ends.emissions[5] = -4;
  return { cues, roles, ends, trainedOn: 'fixture' };
}

const clusters: WordClusters = { digest: 'c0ffee', of: new Map([['said', 1]]) };

test('models written to the file are read back with their weights', () => {
  const read = decodeModels(encodeModels({ ...fixtureModels(), wordClusters: 'c0ffee' }), clusters);
  assert.equal(read.trainedOn, 'fixture');
  assert.equal(read.wordClusters, 'c0ffee');
  assert.ok((read.cues.emissions[3] as number) > 0);
  assert.ok((read.roles.transitions[1] as number) < 0);
  assert.ok((read.ends.emissions[5] as number) < 0);
});

test('a file written before the content-end model existed is refused with what to do', () => {
  const stored = {
    labels: ['O', 'CUE'],
    buckets: 16,
    scale: 1,
    transitions: [0, 0, 0, 0, 0, 0],
    emissions: [],
  };
  const old = gzipSync(JSON.stringify({ trainedOn: 'old', cues: stored, roles: stored }));
  assert.throws(
    () => decodeModels(old, clusters),
    /no ends model .*retrain it with node --import tsx scripts\/train-quotes\.ts/,
  );
});

test('models trained with other word clusters than the given ones are refused with what to do', () => {
  const bytes = encodeModels({ ...fixtureModels(), wordClusters: 'beef' });
  assert.throws(
    () => decodeModels(bytes, clusters),
    /other word clusters \(beef\) than models\/word-clusters\.json\.gz \(c0ffee\): retrain them/,
  );
});

test('the shipped models were trained with the shipped word clusters', () => {
  const shipped = readFileSync(MODEL_FILE);
  assert.equal(decodeModels(shipped).wordClusters, shippedClusters().digest);
  assert.ok(shippedClusters().of.size > 50_000, 'the shipped clusters hold the common English words');
});
