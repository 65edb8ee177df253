import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { defaultIo } from '../../src/cli/context.ts';
import { buildProgram, main } from '../../src/cli/main.ts';
import { runAttest } from '../helpers/cli.ts';
import { exampleWorkspace, temporaryFolder } from '../helpers/records.ts';

test('adding a folder stores each distinct source once and counts the copy as already known', async (t) => {
  const cwd = exampleWorkspace(t);
  const add = await runAttest(['add', 'articles'], { cwd });
  assert.equal(add.code, 0, add.stderr);
  assert.match(add.stdout, /^added 3, already known 1, failed 0$/m);
  assert.ok(existsSync(join(cwd, '.attest', 'attest.db')), 'the case is created in ./.attest');
  const again = await runAttest(['add', 'articles', '--json'], { cwd });
  const summary = JSON.parse(again.stdout);
  assert.deepEqual([summary.added, summary.known, summary.failed], [0, 4, 0]);
});

test('export documents follows the contract in JSON Lines, CSV and JSON', async (t) => {
  const cwd = exampleWorkspace(t);
  await runAttest(['add', 'articles'], { cwd });
  const jsonl = await runAttest(['export', 'documents'], { cwd });
  assert.equal(jsonl.code, 0, jsonl.stderr);
  const records = jsonl.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(records.length, 3);
  for (const record of records) {
    assert.deepEqual(Object.keys(record), [
      'id',
      'source',
      'sha256',
      'title',
      'byline',
      'published',
      'language',
      'text',
    ]);
    assert.match(record.sha256, /^[0-9a-f]{64}$/);
    assert.equal(record.id, record.sha256.slice(0, 16));
  }
  const html = records.find((r) => r.source === 'articles/press-conference.html');
  assert.ok(html, 'the source is the locator as the user typed it');
  assert.equal(html.title, 'Port director promises back pay by Monday');
  assert.equal(html.byline, 'Petra Lindqvist');
  assert.equal(html.published, '2025-03-07');
  assert.ok(!html.text.includes('tracking'), 'script content never reaches the text');
  assert.ok(!html.text.includes('First!'), 'the comment section is not article text');

  const csv = await runAttest(['export', 'documents', '--format', 'csv'], { cwd });
  assert.equal(csv.stdout.split('\n')[0], 'id,source,sha256,title,byline,published,language,text');
  const json = await runAttest(['export', 'documents', '--format', 'json', '-o', 'out.json'], { cwd });
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(JSON.parse(readFileSync(join(cwd, 'out.json'), 'utf8')), records);
});

test('show prints the clean text, what was removed and why, and the provenance', async (t) => {
  const cwd = exampleWorkspace(t);
  await runAttest(['add', 'articles'], { cwd });
  const list = await runAttest(['list', '--json'], { cwd });
  const strike = JSON.parse(list.stdout).documents.find((d: { title: string }) =>
    d.title.startsWith('Dockworkers'),
  );
  assert.ok(strike);
  const show = await runAttest(['show', strike.id.slice(0, 6)], { cwd });
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /title {7}Dockworkers in Velmora walk out over unpaid wages/);
  assert.match(show.stdout, /byline {6}Talin Oskarsdottir/);
  assert.match(show.stdout, /duplicate-paragraph/);
  assert.match(show.stdout, /share-links|navigation|comments/);
  assert.match(show.stdout, /seen {8}\S+ {2}articles\/harbour-strike\.txt/);
  assert.match(show.stdout, /seen {8}\S+ {2}articles\/harbour-strike-copy\.txt/);
  const record = JSON.parse((await runAttest(['show', strike.id, '--json'], { cwd })).stdout);
  const text: string = record.document.text;
  assert.equal(text.split('"We load the ships').length, 2, 'the repeated paragraph is kept once');
  assert.ok(text.includes('crane operator who has worked at the port'), 'wrapped lines are joined');
  for (const removal of record.document.removed) assert.ok(removal.at >= 0 && removal.at <= text.length);
});

test('search ranks documents and shows the matching words in context', async (t) => {
  const cwd = exampleWorkspace(t);
  await runAttest(['add', 'articles'], { cwd });
  const search = await runAttest(['search', 'treasury', 'delay'], { cwd });
  assert.equal(search.code, 0, search.stderr);
  assert.match(search.stdout, /^1\. [0-9a-f]{16} {2}2025-03-06 {2}Regional treasury denies blame/m);
  assert.match(search.stdout, /\[delay\]/);
  const none = await runAttest(['search', 'zeppelin'], { cwd });
  assert.equal(none.code, 0);
  assert.match(none.stdout, /no documents match "zeppelin"/);
  const bad = await runAttest(['search', '--', '-only'], { cwd });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /a query needs at least one word/);
});

test('standard input is a source named -', async (t) => {
  const cwd = temporaryFolder(t);
  const text =
    'Ferry service to the island of Skarvik resumes\n\nThe ferry returned on Monday, the operator said.';
  const add = await runAttest(['add', '-'], { cwd, input: text });
  assert.equal(add.code, 0, add.stderr);
  const record = JSON.parse((await runAttest(['export', 'documents'], { cwd })).stdout);
  assert.equal(record.source, '-');
  assert.equal(record.title, 'Ferry service to the island of Skarvik resumes');
});

test('the case is found through --case, ATTEST_CASE, or the nearest .attest folder upward', async (t) => {
  const cwd = exampleWorkspace(t);
  await runAttest(['add', 'articles'], { cwd, env: { ATTEST_CASE: '' } });
  writeFileSync(join(cwd, 'note.txt'), 'A short fictional note about the Velmora lighthouse.');
  const nested = join(cwd, 'articles');
  const fromBelow = await runAttest(['list', '--json'], { cwd: nested, env: { ATTEST_CASE: '' } });
  assert.equal(JSON.parse(fromBelow.stdout).total, 3);
  const other = temporaryFolder(t);
  const byFlag = await runAttest(['--case', join(other, 'case'), 'add', join(cwd, 'note.txt')], { cwd });
  assert.equal(byFlag.code, 0, byFlag.stderr);
  const byEnv = await runAttest(['list', '--json'], { cwd, env: { ATTEST_CASE: join(other, 'case') } });
  assert.equal(JSON.parse(byEnv.stdout).total, 1);
});

test('verify passes on an intact case and fails on an altered or missing source', async (t) => {
  const cwd = exampleWorkspace(t);
  await runAttest(['add', 'articles'], { cwd });
  const ok = await runAttest(['verify'], { cwd });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /verified 3 sources: every one intact/);
  const list = JSON.parse((await runAttest(['list', '--json'], { cwd })).stdout);
  const [first, second] = list.documents;
  const blobPath = (sha: string) => join(cwd, '.attest', 'blobs', sha.slice(0, 2), sha);
  const { chmodSync, rmSync } = await import('node:fs');
  chmodSync(blobPath(first.sha256), 0o644);
  writeFileSync(blobPath(first.sha256), 'tampered');
  rmSync(blobPath(second.sha256));
  const bad = await runAttest(['verify', '--json'], { cwd });
  assert.equal(bad.code, 1);
  const result = JSON.parse(bad.stdout);
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map((p: { problem: string; sha256: string }) => [p.problem, p.sha256]).sort(),
    [
      ['altered', first.sha256],
      ['missing', second.sha256],
    ].sort(),
  );
});

test('reprocess re-derives every document from its preserved bytes', async (t) => {
  const cwd = exampleWorkspace(t);
  await runAttest(['add', 'articles'], { cwd });
  const before = (await runAttest(['export', 'documents'], { cwd })).stdout;
  const again = await runAttest(['reprocess'], { cwd });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^reprocessed 3, failed 0$/m);
  assert.equal((await runAttest(['export', 'documents'], { cwd })).stdout, before);
});

function sink(out: string[]) {
  return new Writable({
    write(chunk, _encoding, done) {
      out.push(String(chunk));
      done();
    },
  });
}

test('every command has help with examples, and usage errors exit with status 2', async (t) => {
  const cwd = temporaryFolder(t);
  // Every command and subcommand the program declares, so a new one cannot ship without examples.
  const paths: string[][] = [];
  const walk = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      paths.push([...path, sub.name()]);
      walk(sub, [...path, sub.name()]);
    }
  };
  walk(buildProgram(defaultIo()), []);
  assert.ok(paths.length >= 20, `${paths.length} commands`);
  for (const path of paths) {
    const out: string[] = [];
    const io = { ...defaultIo(), cwd, stdout: sink(out), stderr: sink(out) };
    assert.equal(await main(['node', 'attest', ...path, '--help'], io), 0);
    assert.match(out.join(''), /Examples:\n {2}attest /, `${path.join(' ')} --help shows examples`);
  }
  const unknown = await runAttest(['frobnicate'], { cwd });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command 'frobnicate'/);
  const badKind = await runAttest(['export', 'rumours'], { cwd });
  assert.equal(badKind.code, 2);
  assert.match(badKind.stderr, /Allowed choices are documents/);
  const missing = await runAttest(['show', 'abcd'], { cwd });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no document with an id starting "abcd"/);
});

test('a ledger written by a newer version of Attest is refused with a clear message', async (t) => {
  const cwd = exampleWorkspace(t);
  assert.equal((await runAttest(['add', 'articles'], { cwd })).code, 0);
  const database = new Database(join(cwd, '.attest', 'attest.db'));
  database
    .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
    .run('9999_from_a_later_version', new Date().toISOString());
  database.close();

  const list = await runAttest(['list'], { cwd });
  assert.equal(list.code, 1);
  assert.match(
    list.stderr,
    /^attest: this ledger was written by a newer version of Attest \(its schema has 9999_from_a_later_version, .*\): open it with that version or a later one\n$/,
  );
  assert.doesNotMatch(list.stderr, /internal error/);
});
