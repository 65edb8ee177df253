import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Claim, ClaimQualifier } from '../../src/model.ts';
import { claimKey } from '../../src/resolve/claims/claim-key.ts';
import { clusterClaims } from '../../src/resolve/claims/clusters.ts';

function claim(documentId: string, value: number, what: string, qualifier: ClaimQualifier = 'exact'): Claim {
  return {
    documentId,
    span: { start: 0, end: 10 },
    text: String(value),
    value,
    valueMax: null,
    qualifier,
    what,
  };
}

function on(date: string | null, c: Claim) {
  return { claim: c, date: date ? { value: date, precision: 'day' as const } : null };
}

describe('claim keys', () => {
  test('the same event in other words gives the same key', () => {
    assert.equal(claimKey('protesters killed'), 'died protester');
    assert.equal(claimKey('demonstrators died'), 'died protester');
    assert.equal(claimKey('people killed'), claimKey('deaths'));
    assert.equal(claimKey('arrests'), claimKey('people arrested'));
  });

  test('durations, percentages and money have no key', () => {
    assert.equal(claimKey('weeks'), null);
    assert.equal(claimKey('%'), null);
    assert.equal(claimKey('USD'), null);
    assert.equal(claimKey(null), null);
  });

  test('different people are different keys', () => {
    assert.notEqual(claimKey('protesters killed'), claimKey('people killed'));
    assert.notEqual(claimKey('political prisoners executed'), claimKey('prisoners executed'));
  });
});

describe('claim clusters', () => {
  test('the same quantity about the same thing, whatever the hedge, earliest first', () => {
    const clusters = clusterClaims([
      on('2019-12-20', claim('doc-b', 1500, 'protesters killed')),
      on('2019-12-16', claim('doc-a', 1500, 'protesters killed', 'over')),
      on(null, claim('doc-c', 1500, 'demonstrators died', 'at least')),
      on('2019-12-18', claim('doc-d', 304, 'people killed', 'at least')),
    ]);
    assert.deepEqual(
      clusters.map((c) => [c.id, c.members.map((m) => m.claim.documentId)]),
      [
        ['claims:died person:304', ['doc-d']],
        ['claims:died protester:1500', ['doc-a', 'doc-b', 'doc-c']],
      ],
    );
  });

  test('values of 100 or more agree within 1%, smaller counts only when equal', () => {
    const clusters = clusterClaims([
      on(null, claim('doc-a', 1500, 'protesters killed')),
      on(null, claim('doc-b', 1510, 'protesters killed')),
      on(null, claim('doc-c', 1480, 'protesters killed')),
      on(null, claim('doc-d', 20, 'protesters killed')),
      on(null, claim('doc-e', 21, 'protesters killed')),
    ]);
    assert.deepEqual(
      clusters.map((c) => c.members.map((m) => m.claim.documentId)),
      [['doc-c'], ['doc-a', 'doc-b'], ['doc-d'], ['doc-e']],
    );
    assert.equal(clusters[1]?.value, 1500);
  });

  test('a cluster spans at most the tolerance: values each 1% from the next do not chain', () => {
    const values = [6_000_000, 6_050_000, 6_100_000, 6_150_000, 6_200_000, 7_300_000];
    const clusters = clusterClaims(values.map((v, i) => on(null, claim(`doc-${i}`, v, 'revenues'))));
    assert.deepEqual(
      clusters.map((c) => c.members.map((m) => m.claim.value)),
      [[6_000_000, 6_050_000], [6_100_000, 6_150_000], [6_200_000], [7_300_000]],
    );
  });

  test('the same claims give the same clusters and ids in any order', () => {
    const claims = [
      on('2019-12-16', claim('doc-a', 7000, 'detainees', 'an estimated')),
      on('2019-12-17', claim('doc-b', 7000, 'detainees')),
      on('2019-12-18', claim('doc-c', 250, 'children')),
    ];
    assert.deepEqual(clusterClaims(claims), clusterClaims([...claims].reverse()));
  });
});
