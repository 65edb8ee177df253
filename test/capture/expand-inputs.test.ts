import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { expandInputs, locatorText } from '../../src/capture/capture.ts';
import { optionsIn } from '../helpers/capture-options.ts';
import { temporaryFolder } from '../helpers/records.ts';

function files(cwd: string, paths: Record<string, string>): void {
  for (const [path, text] of Object.entries(paths)) {
    mkdirSync(join(cwd, path, '..'), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
}

async function expanded(inputs: string[], cwd: string) {
  const { locators, failures } = await expandInputs(inputs, optionsIn(cwd));
  return { located: locators.map(locatorText), failures };
}

test('walks a folder recursively in name order, as the folder was typed', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, {
    'articles/2019/b.txt': 'The harbour of Velmora reopened.',
    'articles/2019/a.txt': 'Councillor Ines Draven resigned.',
    'articles/2020/c.html': '<p>Floods in Karsk.</p>',
    'articles/z.txt': 'A late note.',
    'articles/index.txt': 'An index.',
  });
  const { located, failures } = await expanded(['./articles/'], cwd);
  assert.deepEqual(failures, []);
  assert.deepEqual(located, [
    'articles/2019/a.txt',
    'articles/2019/b.txt',
    'articles/2020/c.html',
    'articles/index.txt',
    'articles/z.txt',
  ]);
});

test('keeps an absolute folder absolute, and never makes a typed relative path absolute', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, { 'notes/one.txt': 'One.' });
  assert.deepEqual((await expanded([join(cwd, 'notes')], cwd)).located, [join(cwd, 'notes', 'one.txt')]);
  assert.deepEqual((await expanded(['notes'], cwd)).located, ['notes/one.txt']);
});

test('skips dot-files and dot-folders such as .git and .attest inside a folder', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, {
    'corpus/.git/HEAD': 'ref: refs/heads/main',
    'corpus/.attest/blobs/ab/cd/x': 'blob',
    'corpus/.hidden.txt': 'hidden',
    'corpus/visible.txt': 'The mayor of Tarnwick spoke.',
  });
  assert.deepEqual((await expanded(['corpus'], cwd)).located, ['corpus/visible.txt']);
});

test('expands a glob pattern relative to the working folder, sorted', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, {
    'reports/2021/q2.html': '<p>Q2</p>',
    'reports/2020/q4.html': '<p>Q4</p>',
    'reports/2020/notes.txt': 'Not matched.',
    'reports/.drafts/q1.html': '<p>draft</p>',
  });
  const { located, failures } = await expanded(['reports/**/*.html'], cwd);
  assert.deepEqual(failures, []);
  assert.deepEqual(located, ['reports/2020/q4.html', 'reports/2021/q2.html']);
});

test('a glob pattern lists a file reached again through a linked folder once', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, { 'desk/a.txt': 'A.', 'desk/inbox/b.txt': 'B.' });
  symlinkSync('..', join(cwd, 'desk', 'inbox', 'back-up'));
  symlinkSync('a.txt', join(cwd, 'desk', 'latest.txt'));
  const { located } = await expanded(['desk/**/*.txt'], cwd);
  assert.deepEqual(located, ['desk/a.txt', 'desk/inbox/b.txt', 'desk/latest.txt']);
});

test('a glob pattern that matches nothing is a failure', async (t) => {
  const cwd = temporaryFolder(t);
  const { located, failures } = await expanded(['reports/*.pdf'], cwd);
  assert.deepEqual(located, []);
  assert.deepEqual(failures, [{ locator: 'reports/*.pdf', reason: 'no match: reports/*.pdf' }]);
});

test('a path that does not exist is not found', async (t) => {
  const cwd = temporaryFolder(t);
  assert.deepEqual((await expanded(['missing.txt'], cwd)).failures, [
    { locator: 'missing.txt', reason: 'not found: missing.txt' },
  ]);
});

test('reports a symlink loop and does not walk the same real folder twice', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, { 'batch/a.txt': 'A.', 'batch/sub/b.txt': 'B.', 'shared/c.txt': 'C.' });
  symlinkSync('..', join(cwd, 'batch', 'sub', 'back-up'));
  symlinkSync(join(cwd, 'shared'), join(cwd, 'batch', 'link-one'));
  symlinkSync(join(cwd, 'shared'), join(cwd, 'batch', 'link-two'));
  symlinkSync(join(cwd, 'batch', 'a.txt'), join(cwd, 'batch', 'latest.txt'));
  symlinkSync('self', join(cwd, 'batch', 'self'));
  const { located, failures } = await expanded(['batch'], cwd);
  assert.deepEqual(located, ['batch/a.txt', 'batch/latest.txt', 'batch/link-one/c.txt', 'batch/sub/b.txt']);
  assert.deepEqual(failures, [
    { locator: 'batch/self', reason: 'symlink loop: batch/self' },
    { locator: 'batch/sub/back-up', reason: 'symlink loop: batch/sub/back-up' },
  ]);
});

test('accepts http and https URLs and refuses other schemes', async (t) => {
  const cwd = temporaryFolder(t);
  const inputs = [
    'https://news.example/story?id=7',
    'HTTP://news.example/old',
    'file:///etc/passwd',
    'ftp://files.example/a.txt',
    'javascript:alert(1)',
  ];
  const { located, failures } = await expanded(inputs, cwd);
  assert.deepEqual(located, ['https://news.example/story?id=7', 'HTTP://news.example/old']);
  assert.deepEqual(
    failures.map((f) => f.reason),
    [
      'unsupported locator: file: (only http and https URLs)',
      'unsupported locator: ftp: (only http and https URLs)',
      'unsupported locator: javascript: (only http and https URLs)',
    ],
  );
});

test('keeps each source once: a repeated path, the same file reached twice, and - given twice', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, { 'docs/a.txt': 'A.', 'docs/b.txt': 'B.' });
  const { locators } = await expandInputs(
    ['docs/a.txt', '-', 'docs', './docs/a.txt', '-', 'https://news.example/x', 'https://news.example/x'],
    optionsIn(cwd),
  );
  assert.deepEqual(locators, [
    { kind: 'file', path: 'docs/a.txt' },
    { kind: 'stdin' },
    { kind: 'file', path: 'docs/b.txt' },
    { kind: 'url', url: 'https://news.example/x' },
  ]);
});

test('an unreadable folder is a failure with its reason, and the rest is still listed', async (t) => {
  const cwd = temporaryFolder(t);
  files(cwd, { 'mixed/open/a.txt': 'A.', 'mixed/locked/b.txt': 'B.' });
  const locked = join(cwd, 'mixed', 'locked');
  chmodSync(locked, 0o000);
  const expected = {
    located: ['mixed/open/a.txt'],
    failures: [{ locator: 'mixed/locked', reason: 'unreadable: permission denied' }],
  };
  try {
    if (!canRead(locked)) {
      assert.deepEqual(await expanded(['mixed'], cwd), expected);
    } else if (process.getuid?.() === 0) {
      // Root reads everything: the same check runs as an unprivileged user instead.
      chmodSync(cwd, 0o755);
      assert.deepEqual(JSON.parse(expandAsNobody(cwd, ['mixed'])), expected);
    } else {
      t.skip('the locked folder is readable, so permissions are not enforced here');
    }
  } finally {
    chmodSync(locked, 0o755);
  }
});

function canRead(folder: string): boolean {
  try {
    readdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

function expandAsNobody(cwd: string, inputs: string[]): string {
  const module = resolve(import.meta.dirname, '../../src/capture/capture.ts');
  const script = join(cwd, 'expand.mts');
  writeFileSync(
    script,
    `import { expandInputs, locatorText } from ${JSON.stringify(module)};
const { locators, failures } = await expandInputs(${JSON.stringify(inputs)}, { cwd: ${JSON.stringify(cwd)} });
console.log(JSON.stringify({ located: locators.map(locatorText), failures }));`,
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: resolve(import.meta.dirname, '../..'),
    uid: 65534,
    gid: 65534,
    encoding: 'utf8',
    env: { ...process.env, HOME: cwd },
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}
