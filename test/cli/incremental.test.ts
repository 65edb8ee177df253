import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runAttest } from '../helpers/cli.ts';
import { postgresTest } from '../helpers/engines.ts';
import { temporaryFolder } from '../helpers/records.ts';

/**
 * Incremental entity resolution: documents added a few at a time are resolved with the part of the
 * corpus they share keys with, and the ledger must end exactly as a resolution of the whole corpus
 * leaves it. The corpus is the entity evaluation's: fictional articles full of transliterations, typos,
 * acronyms, short forms and look-alike people, the cases where parts of the corpus interact.
 */

const ARTICLES = resolve(import.meta.dirname, '../../eval/fixtures/entities/articles');

async function attest(cwd: string, args: string[]) {
  const run = await runAttest(args, { cwd });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

/** Adds the articles in batches; returns how each add resolved entities. */
async function addInBatches(cwd: string, ledger: string[], batches: number) {
  const files = readdirSync(ARTICLES).sort();
  const size = Math.ceil(files.length / batches);
  const scopes: Array<{ scope: string; localEntities: number }> = [];
  for (let b = 0; b < batches; b++) {
    const folder = join(cwd, `batch-${b}`);
    mkdirSync(folder);
    for (const file of files.slice(b * size, (b + 1) * size))
      cpSync(join(ARTICLES, file), join(folder, file));
    const summary = JSON.parse(await attest(cwd, [...ledger, 'add', '--json', folder]));
    scopes.push(summary.resolution.entityResolution);
  }
  return scopes;
}

/** Every entity and every mention's entity, as the exports give them. */
async function ledgerState(cwd: string, ledger: string[]) {
  const entities = await attest(cwd, [...ledger, 'export', 'entities', '--format', 'json']);
  const mentions = await attest(cwd, [...ledger, 'export', 'mentions', '--format', 'json']);
  return { entities: JSON.parse(entities), mentions: JSON.parse(mentions) };
}

async function addsMatchAWholeResolution(t: TestContext, ledger: string[]) {
  const cwd = temporaryFolder(t);
  const scopes = await addInBatches(cwd, ledger, 4);
  assert.equal(scopes[0]?.scope, 'whole', 'a new ledger is resolved whole');
  for (const later of scopes.slice(1)) assert.equal(later.scope, 'part');
  const incremental = await ledgerState(cwd, ledger);
  const total = incremental.mentions.length;
  assert.ok(total > 100, 'the corpus has mentions to resolve');

  const reprocessed = JSON.parse(await attest(cwd, [...ledger, 'reprocess', '--json']));
  assert.equal(reprocessed.resolution.entityResolution.scope, 'whole');
  assert.deepEqual(await ledgerState(cwd, ledger), incremental);
}

test('documents added in batches are resolved in part, and end as a whole resolution does [sqlite]', (t) =>
  addsMatchAWholeResolution(t, []));

postgresTest(
  'documents added in batches are resolved in part, and end as a whole resolution does [postgres]',
  (t, db) => addsMatchAWholeResolution(t, ['--db', db.url]),
);

test('a merge made before new documents arrive holds for their mentions too', async (t) => {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'first'));
  writeFileSync(
    join(cwd, 'first', 'harbour.txt'),
    'Harbour board names a chair\n\nThe Tidewater Harbour Board named Ilse Varga its chair on Monday. ' +
      'The Morrow Pilots Association welcomed the choice.\n',
  );
  await attest(cwd, ['add', 'first']);
  const list = JSON.parse(await attest(cwd, ['entities', '--kind', 'organization', '--json']));
  const id = (name: string) => list.entities.find((e: { name: string }) => e.name === name)?.id;
  const board = id('Tidewater Harbour Board');
  const guild = id('Morrow Pilots Association');
  assert.ok(board && guild, 'both bodies are found');
  await attest(cwd, [
    'entity',
    'merge',
    board,
    guild,
    '--reason',
    'the association is the board under another name',
  ]);

  mkdirSync(join(cwd, 'later'));
  writeFileSync(
    join(cwd, 'later', 'pilots.txt'),
    'Pilots strike\n\nThe Morrow Pilots Association called a strike on Friday.\n',
  );
  const summary = JSON.parse(await attest(cwd, ['add', '--json', 'later']));
  assert.equal(summary.resolution.entityResolution.scope, 'part');
  const merged = JSON.parse(await attest(cwd, ['entity', 'show', 'Morrow Pilots Association', '--json']));
  assert.equal(merged.entity.id, board);
  assert.equal(merged.entity.documents, 2, 'the new document is one more of the merged entity');
});

test('a ledger whose keys were made by an older definition is resolved whole once, then in part', async (t) => {
  const cwd = temporaryFolder(t);
  const [first] = await addInBatches(cwd, [], 2);
  assert.equal(first?.scope, 'whole');
  // What a ledger made before incremental resolution looks like: no keys, and version 0.
  const db = new Database(join(cwd, '.attest', 'attest.db'));
  db.prepare('delete from entity_keys').run();
  db.prepare("update resolutions set keys_version = 0 where step = 'entities'").run();
  db.close();
  const before = await ledgerState(cwd, []);

  mkdirSync(join(cwd, 'later'));
  writeFileSync(join(cwd, 'later', 'note.txt'), 'A note\n\nThe Tidewater Harbour Board met on Monday.\n');
  const upgrade = JSON.parse(await attest(cwd, ['add', '--json', 'later']));
  assert.equal(upgrade.resolution.entityResolution.scope, 'whole', 'keys of another version are made again');
  writeFileSync(
    join(cwd, 'later', 'second.txt'),
    'Second note\n\nIlse Varga chaired the Tidewater Harbour Board.\n',
  );
  const next = JSON.parse(await attest(cwd, ['add', '--json', 'later']));
  assert.equal(next.resolution.entityResolution.scope, 'part');
  const after = await ledgerState(cwd, []);
  assert.ok(after.entities.length > before.entities.length, 'the new bodies and people are entities');
  await attest(cwd, ['reprocess']);
  assert.deepEqual(await ledgerState(cwd, []), after);
});
