import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { capture } from '../../src/capture/capture.ts';
import { optionsIn } from '../helpers/capture-options.ts';
import { temporaryFolder } from '../helpers/records.ts';

const STORY = 'The ferry between Holmsund and Varka Isle was cancelled, said harbourmaster Tove Lindqvar.';

test('reads a file whole, hashes it and records where and when it was seen', async (t) => {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'news'));
  writeFileSync(join(cwd, 'news', 'ferry.txt'), STORY);
  const before = Date.now();
  const result = await capture({ kind: 'file', path: 'news/ferry.txt' }, optionsIn(cwd));
  assert.ok(!('reason' in result), JSON.stringify(result));
  assert.equal(result.locator, 'news/ferry.txt');
  assert.equal(result.bytes.toString(), STORY);
  assert.equal(result.sha256, createHash('sha256').update(STORY).digest('hex'));
  assert.equal(result.contentType, undefined);
  assert.equal(result.sighting.locator, 'news/ferry.txt');
  assert.ok(Date.parse(result.sighting.seenAt) >= before - 1000);
  assert.deepEqual(Object.keys(result.sighting).sort(), ['locator', 'seenAt']);
});

test('reads an empty file as zero bytes', async (t) => {
  const cwd = temporaryFolder(t);
  writeFileSync(join(cwd, 'empty.txt'), '');
  const result = await capture({ kind: 'file', path: 'empty.txt' }, optionsIn(cwd));
  assert.ok('bytes' in result);
  assert.equal(result.bytes.length, 0);
});

test('refuses a file over the size limit, in decimal megabytes', async (t) => {
  const cwd = temporaryFolder(t);
  writeFileSync(join(cwd, 'long.txt'), 'x'.repeat(50_000));
  const options = optionsIn(cwd, { maxBytes: 20_000 });
  assert.deepEqual(await capture({ kind: 'file', path: 'long.txt' }, options), {
    locator: 'long.txt',
    reason: 'too large: 0.05 MB > 0.02 MB limit',
  });
});

test('says what a path is when it is not a regular file', async (t) => {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'folder'));
  execFileSync('mkfifo', [join(cwd, 'pipe')]);
  const reasonFor = async (path: string) => {
    const result = await capture({ kind: 'file', path }, optionsIn(cwd));
    return 'reason' in result ? result.reason : 'captured';
  };
  assert.equal(await reasonFor('folder'), 'not a regular file: folder');
  assert.equal(await reasonFor('pipe'), 'not a regular file: named pipe');
  assert.equal(await reasonFor('/dev/null'), 'not a regular file: character device');
});

test('a file that vanished before capture is not found', async (t) => {
  const cwd = temporaryFolder(t);
  assert.deepEqual(await capture({ kind: 'file', path: 'gone.txt' }, optionsIn(cwd)), {
    locator: 'gone.txt',
    reason: 'not found: gone.txt',
  });
});

test('a file without read permission is unreadable', async (t) => {
  const cwd = temporaryFolder(t);
  writeFileSync(join(cwd, 'secret.txt'), STORY);
  chmodSync(join(cwd, 'secret.txt'), 0o000);
  const expected = { locator: 'secret.txt', reason: 'unreadable: permission denied' };
  if (!canRead(join(cwd, 'secret.txt'))) {
    assert.deepEqual(await capture({ kind: 'file', path: 'secret.txt' }, optionsIn(cwd)), expected);
  } else if (process.getuid?.() === 0) {
    // Root reads everything: the same capture runs as an unprivileged user instead.
    chmodSync(cwd, 0o755);
    assert.deepEqual(captureAsNobody(cwd, 'secret.txt'), expected);
  } else {
    t.skip('the file is readable without permission, so permissions are not enforced here');
  }
});

function canRead(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

function captureAsNobody(cwd: string, path: string): unknown {
  const module = resolve(import.meta.dirname, '../../src/capture/capture.ts');
  const script = join(cwd, 'capture.mts');
  writeFileSync(
    script,
    `import { capture } from ${JSON.stringify(module)};
const options = { maxBytes: 1e6, cwd: ${JSON.stringify(cwd)} };
console.log(JSON.stringify(await capture({ kind: 'file', path: ${JSON.stringify(path)} }, options)));`,
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: resolve(import.meta.dirname, '../..'),
    uid: 65534,
    gid: 65534,
    encoding: 'utf8',
    env: { ...process.env, HOME: cwd },
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test('reads standard input to its end, recorded as -', async (t) => {
  const stdin = Readable.from([Buffer.from('The ferry '), Buffer.from('was cancelled.')]);
  const result = await capture({ kind: 'stdin' }, optionsIn(temporaryFolder(t), { stdin }));
  assert.ok('bytes' in result);
  assert.equal(result.bytes.toString(), 'The ferry was cancelled.');
  assert.equal(result.locator, '-');
  assert.equal(result.sighting.locator, '-');
});

test('stops reading standard input as soon as it passes the limit', async (t) => {
  let produced = 0;
  const endless = new Readable({
    read() {
      produced += 1000;
      this.push(Buffer.alloc(1000, 0x61));
    },
  });
  const result = await capture(
    { kind: 'stdin' },
    optionsIn(temporaryFolder(t), { stdin: endless, maxBytes: 10_000 }),
  );
  assert.deepEqual(result, { locator: '-', reason: 'too large: over the 0.01 MB limit' });
  assert.ok(endless.destroyed, 'the stream is closed');
  assert.ok(produced < 100_000, `read ${produced} bytes of an endless stream`);
});
