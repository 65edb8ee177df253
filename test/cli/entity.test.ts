import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite.ts';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder, VANISHED_ENTITY_CURATION } from '../helpers/records.ts';

/** Fictional reports naming one commander in two transliterations, and two other people. */
const ARTICLES: Record<string, string> = {
  'one.txt': `Commander visits the border

By Lena Aberg

March 2, 2025

Ghasem Tavakkoli, the commander of the fictional Eastern Frontier Corps, visited the border town of
Sarvan on Sunday. Tavakkoli told local officials that the crossing would reopen within a week.

Farhad Nouroozi, the town's mayor, welcomed the visit.`,
  'two.txt': `Border crossing reopens

By Jonas Holm

March 9, 2025

The crossing at Sarvan reopened on Saturday, a week after Qasem Tavakoli promised it would.
Tavakoli was not present at the ceremony, which Mayor Nouroozi led.`,
};

async function corpus(t: Parameters<typeof temporaryFolder>[0]) {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'news'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(cwd, 'news', name), text);
  const add = await runAttest(['add', 'news'], { cwd });
  assert.equal(add.code, 0, add.stderr);
  return cwd;
}

async function json(cwd: string, args: string[]) {
  const run = await runAttest([...args, '--json'], { cwd });
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test('one entity per actor across spellings, found by any spelling or the surname', async (t) => {
  const cwd = await corpus(t);
  const shown = await json(cwd, ['entity', 'show', 'Qassem Tavakoli']);
  assert.equal(shown.entity.kind, 'person');
  assert.equal(shown.entity.documents, 2);
  assert.deepEqual(shown.entity.aliases.map((a: { name: string }) => a.name).sort(), [
    'Ghasem Tavakkoli',
    'Qasem Tavakoli',
    'Tavakkoli',
    'Tavakoli',
  ]);
  assert.equal((await json(cwd, ['entity', 'show', 'Tavakkoli'])).entity.id, shown.entity.id);
  const missing = await runAttest(['entity', 'show', 'Nobody Anyone'], { cwd });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no entity named "Nobody Anyone"/);
});

test('a split, a rename and a kind survive reprocessing; undo restores what extraction found', async (t) => {
  const cwd = await corpus(t);
  const { entity } = await json(cwd, ['entity', 'show', 'Tavakoli']);
  const split = await runAttest(['entity', 'split', entity.id, 'Qasem Tavakoli', 'Tavakoli', '--by', 'ana'], {
    cwd,
  });
  assert.equal(split.code, 0, split.stderr);
  const reprocess = await runAttest(['reprocess'], { cwd });
  assert.equal(reprocess.code, 0, reprocess.stderr);
  const kept = await json(cwd, ['entity', 'show', entity.id]);
  assert.deepEqual(kept.entity.aliases.map((a: { name: string }) => a.name).sort(), [
    'Ghasem Tavakkoli',
    'Tavakkoli',
  ]);
  const history = await json(cwd, ['entity', 'history']);
  assert.deepEqual(
    history.map((c: { by: string; action: { type: string }; undone: unknown }) => [
      c.by,
      c.action.type,
      c.undone,
    ]),
    [['ana', 'split', null]],
  );
  const undo = await runAttest(['entity', 'undo', '--by', 'ben'], { cwd });
  assert.equal(undo.code, 0, undo.stderr);
  assert.equal((await json(cwd, ['entity', 'show', entity.id])).entity.documents, 2);
  const [undone] = await json(cwd, ['entity', 'history']);
  assert.equal(undone.undone.by, 'ben', 'the undo is recorded, the curation kept');
});

test('merge, alias, rename and kind are recorded and applied', async (t) => {
  const cwd = await corpus(t);
  const mayor = (await json(cwd, ['entity', 'show', 'Nouroozi'])).entity;
  const commander = (await json(cwd, ['entity', 'show', 'Tavakoli'])).entity;
  await runAttest(['entity', 'rename', commander.id, 'Qasem Tavakkoli'], { cwd });
  await runAttest(['entity', 'alias', 'add', commander.id, 'the Frontier commander'], { cwd });
  const renamed = (await json(cwd, ['entity', 'show', commander.id])).entity;
  assert.equal(renamed.name, 'Qasem Tavakkoli');
  assert.ok(renamed.aliases.some((a: { name: string }) => a.name === 'the Frontier commander'));
  const merged = await runAttest(['entity', 'merge', commander.id, mayor.id, '--reason', 'a test'], { cwd });
  assert.equal(merged.code, 0, merged.stderr);
  assert.equal((await json(cwd, ['entity', 'show', 'Nouroozi'])).entity.id, commander.id);
  const kind = await runAttest(['entity', 'kind', commander.id, 'organization'], { cwd });
  assert.equal(kind.code, 0, kind.stderr);
  assert.equal((await json(cwd, ['entity', 'show', commander.id])).entity.kind, 'organization');
  const wrongKind = await runAttest(['entity', 'kind', commander.id, 'planet'], { cwd });
  assert.equal(wrongKind.code, 2);
});

test('attest entities lists every kind, or one kind, most mentioned first', async (t) => {
  const cwd = await corpus(t);
  const all = await json(cwd, ['entities']);
  assert.equal(all.total, all.entities.length);
  const mentions = all.entities.map((e: { mentions: number }) => e.mentions);
  assert.deepEqual(
    mentions,
    [...mentions].sort((a, b) => b - a),
    'most mentioned first',
  );
  const people = await json(cwd, ['entities', '--kind', 'person']);
  assert.ok(people.total > 0 && people.total < all.total, `${people.total} people of ${all.total}`);
  assert.ok(people.entities.every((e: { kind: string }) => e.kind === 'person'));
  assert.equal(people.entities[0].name, 'Ghasem Tavakkoli', 'the most mentioned person leads');
  const places = await json(cwd, ['entity', 'list', '--kind', 'place']);
  assert.ok(places.entities.every((e: { kind: string }) => e.kind === 'place'));
  const text = await runAttest(['entities', '--kind', 'person', '--limit', '1'], { cwd });
  assert.match(
    text.stdout,
    /^person-[0-9a-f]{12} {2}Ghasem Tavakkoli {2}\(person, \d+ mentions in 2 documents\)\n\(1 of \d+ entities of kind person\)\n$/,
  );
  const wrong = await runAttest(['entities', '--kind', 'animal'], { cwd });
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /expected one of person, organization, place, event, other/);
});

test('add and reprocess say which curations no longer apply because their entity is gone', async (t) => {
  const cwd = await corpus(t);
  const store = await openSqliteStore(join(cwd, '.attest', 'attest.db'));
  await store.addCuration(VANISHED_ENTITY_CURATION);
  await store.close();

  const reprocess = await runAttest(['reprocess'], { cwd });
  assert.equal(reprocess.code, 0, reprocess.stderr);
  assert.match(
    reprocess.stdout,
    /^ {2}curation not applied \(its entity is gone\): curation-of-a-vanished-entity; see `attest entity history`$/m,
  );
  const json = JSON.parse((await runAttest(['reprocess', '--json'], { cwd })).stdout);
  assert.deepEqual(json.resolution.unappliedCurations, ['curation-of-a-vanished-entity']);

  writeFileSync(
    join(cwd, 'news', 'three.txt'),
    'Sarvan market reopens\n\nThe market at Sarvan reopened on Monday, Mayor Nouroozi said.',
  );
  const add = await runAttest(['add', 'news'], { cwd });
  assert.match(add.stdout, /^added 1, already known 2, failed 0$/m);
  assert.match(add.stdout, /curation not applied \(its entity is gone\): curation-of-a-vanished-entity/);

  const clean = await corpus(t);
  assert.doesNotMatch((await runAttest(['reprocess'], { cwd: clean })).stdout, /not applied/);
});
