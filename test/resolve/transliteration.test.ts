import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonicalSpelling,
  isOneTypoApart,
  sameSpelling,
  skeletonOf,
} from '../../src/resolve/entities/transliteration.ts';

const same = (a: string, b: string) => sameSpelling(canonicalSpelling(a), canonicalSpelling(b));

test('transliterations of one Persian or Arabic name are the same spelling', () => {
  const variants = [
    ['hossein', 'hussein', 'hossain', 'hoseyn', 'husayn', 'hosein'],
    ['mohammad', 'muhammad', 'mohammed', 'mohamad', 'muhammed'],
    ['qasem', 'ghasem', 'qassem', 'qasim'],
    ['soleimani', 'suleimani', 'soleymani', 'solaimani'],
    ['abdollah', 'abdullah', 'abdallah'],
    ['ahmadinejad', 'ahmadinezhad'],
    ['rouhani', 'rohani', 'ruhani'],
    ['mousavi', 'musavi', 'moussavi'],
    ['rezaie', 'rezaei', 'rezai', 'rezaee'],
    ['fatemeh', 'fatima'],
    ['seyed', 'sayyid', 'seyyed'],
    ['tehran', 'teheran'],
    ['ebrahim', 'ibrahim'],
    ['noori', 'nouri', 'nuri'],
  ];
  for (const group of variants) {
    for (const other of group.slice(1)) assert.ok(same(group[0] ?? '', other), `${group[0]} ~ ${other}`);
  }
});

test('names one vowel apart, or only alike in consonants, are different names', () => {
  for (const [a, b] of [
    ['karimi', 'karami'],
    ['jalili', 'jalali'],
    ['hassan', 'hossein'],
    ['hosseini', 'hassani'],
    ['rahimi', 'rahmani'],
  ]) {
    assert.equal(same(a ?? '', b ?? ''), false, `${a} ≠ ${b}`);
  }
});

test('the consonant skeleton blocks spellings together', () => {
  assert.equal(skeletonOf(canonicalSpelling('ghasem')), 'qsm');
  assert.equal(skeletonOf(canonicalSpelling('qassem')), 'qsm');
  assert.equal(skeletonOf(canonicalSpelling('khamenei')), skeletonOf(canonicalSpelling('khamenei')));
  assert.equal(skeletonOf(canonicalSpelling('karimi')), skeletonOf(canonicalSpelling('karami')));
});

test('one typo apart: a letter dropped, added, changed or swapped, but not one vowel for another', () => {
  const typo = (a: string, b: string) => isOneTypoApart(canonicalSpelling(a), canonicalSpelling(b));
  assert.equal(typo('soleimani', 'soleimnai'), true);
  assert.equal(typo('soleimani', 'solimani'), true);
  assert.equal(typo('mirbagheri', 'mirbaheri'), true);
  assert.equal(typo('tavakoli', 'tavakolli'), false, 'a doubled letter is a spelling, not a typo');
  assert.equal(typo('karimi', 'karami'), false);
  assert.equal(typo('tavakoli', 'tavaloki'), false);
});
