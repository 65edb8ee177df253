import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';

const WIRE = `Crackdown in Velmora province

VELMORA, March 4, 2025 - Over 1,500 protesters were killed in Velmora province during the winter
crackdown, the Marsh Rights Collective said in a report on Tuesday.

The collective said its researchers had spoken to relatives in 14 towns and checked each name against
hospital and cemetery records before publishing the list.

Officials in the provincial capital have not answered requests for comment on the report, which the
collective sent to the United Nations office in Geneva last week.`;

/** The same wire story on another site, with a new headline and a paragraph added. */
const SYNDICATED = WIRE.replace(
  'Crackdown in Velmora province',
  'Rights group counts the dead in Velmora',
).concat('\n\nThe provincial governor is expected to visit the capital next month.');

const OWN_REPORTING = `Velmora families bury their dead

By Orla Brandt

March 20, 2025

An estimated 1,500 demonstrators died in the crackdown, according to relatives interviewed in three
towns, who said the real figure was likely higher.

About 200 people remain in detention, the families said.`;

async function caseWith(t: Parameters<typeof temporaryFolder>[0]) {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'news'));
  writeFileSync(join(cwd, 'news', 'a-wire.txt'), WIRE);
  writeFileSync(join(cwd, 'news', 'b-syndicated.txt'), SYNDICATED);
  writeFileSync(join(cwd, 'news', 'c-own.txt'), OWN_REPORTING);
  const add = await runAttest(['add', 'news'], { cwd });
  assert.equal(add.code, 0, add.stderr);
  return cwd;
}

test('a figure stated by three documents, two of them copies, has two independent sources', async (t) => {
  const cwd = await caseWith(t);
  const claims = await runAttest(['claims', '1,500', '--json'], { cwd });
  assert.equal(claims.code, 0, claims.stderr);
  const [cluster, ...others] = JSON.parse(claims.stdout);
  assert.equal(others.length, 0, 'one cluster for the figure');
  const sources = cluster.sources.map(
    (s: { claim: { text: string; qualifier: string }; document: { source: string } }) => [
      s.document.source,
      s.claim.text,
      s.claim.qualifier,
    ],
  );
  // Earliest first; the two copies share a date, so their order is the documents' ids.
  assert.deepEqual(sources.slice(0, 2).sort(), [
    ['news/a-wire.txt', 'Over 1,500 protesters', 'over'],
    ['news/b-syndicated.txt', 'Over 1,500 protesters', 'over'],
  ]);
  assert.deepEqual(sources[2], ['news/c-own.txt', 'An estimated 1,500 demonstrators', 'an estimated']);
  assert.equal(cluster.independence.documents, 3);
  assert.equal(cluster.independence.sources, 2, 'the syndicated copy counts once');
  assert.equal(cluster.earliest.document.published, '2025-03-04');
});

test('claims prints each cluster with its sources, hedges and independence', async (t) => {
  const cwd = await caseWith(t);
  const claims = await runAttest(['claims'], { cwd });
  assert.equal(claims.code, 0, claims.stderr);
  assert.match(
    claims.stdout,
    /3 claims in 3 documents, 2 independent sources; earliest 2025-03-04 in news\/(a-wire|b-syndicated).txt/,
  );
  assert.match(
    claims.stdout,
    /"An estimated 1,500 demonstrators" {2}\[an estimated 1500\] {2}2025-03-20 {2}news\/c-own.txt/,
  );
  assert.doesNotMatch(claims.stdout, /200 people/, 'a figure in one document only is not listed by default');
  const none = await runAttest(['claims', '9,999'], { cwd });
  assert.equal(none.stdout, 'no claim clusters match "9,999"\n');
});

test('exported claims carry the cluster they belong to', async (t) => {
  const cwd = await caseWith(t);
  const exported = await runAttest(['export', 'claims'], { cwd });
  const records = exported.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const killed = records.filter((r) => r.value === 1500);
  assert.equal(killed.length, 3);
  assert.equal(new Set(killed.map((r) => r.cluster)).size, 1, 'the three claims share one cluster');
  assert.match(killed[0].cluster, /^claims:/);
  assert.deepEqual(
    killed.map((r) => r.independent_sources),
    [2, 2, 2],
    'each claim says how many independent sources carry its figure',
  );
  const detained = records.find((r) => r.value === 200);
  assert.notEqual(detained?.cluster, killed[0].cluster);
});
