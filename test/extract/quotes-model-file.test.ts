import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { emptyModel } from '../../src/extract/quotes/learned/linear-chain.ts';
import { decodeModels, encodeModels } from '../../src/extract/quotes/learned/model-file.ts';

/** The statement models' data file: what is written is read back, and an incomplete file says what it lacks. */

test('models written to the file are read back with their weights', () => {
  const cues = emptyModel(['O', 'CUE'], 16);
  cues.emissions[3] = 2;
  const roles = emptyModel(['O', 'SB', 'SI', 'CB', 'CI'], 16);
  roles.transitions[1] = -1;
  const ends = emptyModel(['STOP', 'ON'], 16);
  ends.emissions[5] = -4;
  const read = decodeModels(encodeModels({ cues, roles, ends, trainedOn: 'fixture' }));
  assert.equal(read.trainedOn, 'fixture');
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
    () => decodeModels(old),
    /no ends model .*retrain it with node --import tsx scripts\/train-quotes\.ts/,
  );
});
