import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileBlobStore, putBlobFiles } from '../../src/capture/blob-store.ts';
import { temporaryFolder } from '../helpers/records.ts';

const sha256Of = (text: string) => createHash('sha256').update(text).digest('hex');

async function collect(hashes: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const sha of hashes) all.push(sha);
  return all;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

test('stores bytes under their hash at ab/<sha256> and gives them back', async (t) => {
  const dir = temporaryFolder(t);
  const blobs = fileBlobStore(dir);
  const text = 'Fishers in Dunmarra protested the new quota, said organiser Kit Abernethy.';
  const sha = sha256Of(text);
  assert.equal(await blobs.has(sha), false);
  await blobs.put(sha, Buffer.from(text));
  assert.equal(await blobs.has(sha), true);
  assert.equal((await blobs.get(sha)).toString(), text);
  assert.equal(blobs.pathOf(sha), join(dir, sha.slice(0, 2), sha));
  assert.equal(readFileSync(blobs.pathOf(sha), 'utf8'), text);
});

test('a blob is read-only and no temporary file is left behind', async (t) => {
  const dir = temporaryFolder(t);
  const blobs = fileBlobStore(dir);
  const texts = ['First report from Dunmarra.', 'Second report from Dunmarra.', 'Third report.'];
  await Promise.all(texts.map((text) => blobs.put(sha256Of(text), Buffer.from(text))));
  const expected = texts.map(sha256Of).map((sha) => relative(dir, blobs.pathOf(sha)));
  assert.deepEqual(allFiles(dir), expected.sort());
  for (const text of texts) assert.equal(statSync(blobs.pathOf(sha256Of(text))).mode & 0o777, 0o444);
});

test('putting the same bytes again changes nothing, even at the same time', async (t) => {
  const dir = temporaryFolder(t);
  const blobs = fileBlobStore(dir);
  const text = 'The quota was withdrawn on Friday.';
  const sha = sha256Of(text);
  await Promise.all([1, 2, 3, 4].map(() => blobs.put(sha, Buffer.from(text))));
  const firstWrite = statSync(blobs.pathOf(sha));
  await blobs.put(sha, Buffer.from(text));
  const again = statSync(blobs.pathOf(sha));
  assert.equal(again.ino, firstWrite.ino);
  assert.equal(again.mtimeMs, firstWrite.mtimeMs);
  assert.deepEqual(allFiles(dir), [relative(dir, blobs.pathOf(sha))]);
});

test('lists every stored hash in order, ignoring temporary and other files', async (t) => {
  const dir = temporaryFolder(t);
  const blobs = fileBlobStore(dir);
  assert.deepEqual(await collect(blobs.list()), []);
  const shas = ['one', 'two', 'three', 'four'].map(sha256Of);
  for (const sha of shas) await blobs.put(sha, Buffer.from('x'));
  writeFileSync(join(dir, 'README'), 'not a blob');
  const first = shas[0] as string;
  writeFileSync(join(dir, first.slice(0, 2), `.${first}.0a1b2c.tmp`), 'interrupted');
  assert.deepEqual(await collect(blobs.list()), [...shas].sort());
});

test('getting a missing blob fails with an error naming it', async (t) => {
  const blobs = fileBlobStore(temporaryFolder(t));
  const sha = sha256Of('never stored');
  await assert.rejects(blobs.get(sha), new RegExp(`blob ${sha} is missing`));
});

test('refuses a name that is not a SHA-256, so it never becomes a path', async (t) => {
  const blobs = fileBlobStore(temporaryFolder(t));
  assert.throws(() => blobs.pathOf('../../etc/passwd'), /not a SHA-256/);
  await assert.rejects(blobs.put('ABC', Buffer.from('x')), /not a SHA-256/);
});

test('a group of blobs is stored whole, each once, with no temporary file left', async (t) => {
  const dir = temporaryFolder(t);
  const blobs = fileBlobStore(dir);
  const texts = ['Report one from Velmor.', 'Report two from Velmor.', 'Report one from Velmor.'];
  await blobs.put(sha256Of('Already kept.'), Buffer.from('Already kept.'));
  const before = statSync(blobs.pathOf(sha256Of('Already kept.'))).ino;
  await putBlobFiles(dir, [
    ...texts.map((text) => ({ sha256: sha256Of(text), bytes: Buffer.from(text) })),
    { sha256: sha256Of('Already kept.'), bytes: Buffer.from('Already kept.') },
  ]);
  const expected = [...new Set([...texts, 'Already kept.'])].map((text) =>
    relative(dir, blobs.pathOf(sha256Of(text))),
  );
  assert.deepEqual(allFiles(dir), expected.sort());
  for (const text of texts) assert.equal((await blobs.get(sha256Of(text))).toString(), text);
  assert.equal(
    statSync(blobs.pathOf(sha256Of('Already kept.'))).ino,
    before,
    'a stored blob is never rewritten',
  );
});

test('a blob folder removed while the case is open is made again on the next put', async (t) => {
  const dir = temporaryFolder(t);
  const blobs = fileBlobStore(dir);
  const first = 'A report from Dunmarra harbour.';
  await blobs.put(sha256Of(first), Buffer.from(first));
  rmSync(dir, { recursive: true, force: true });
  // A text whose blob goes in the same folder as the first one's, which this thread has made before.
  let n = 0;
  while (sha256Of(`Report ${n} from Dunmarra harbour.`).slice(0, 4) !== sha256Of(first).slice(0, 4)) n++;
  const second = `Report ${n} from Dunmarra harbour.`;
  await blobs.put(sha256Of(second), Buffer.from(second));
  assert.equal((await blobs.get(sha256Of(second))).toString(), second);
  assert.deepEqual(allFiles(dir), [relative(dir, blobs.pathOf(sha256Of(second)))]);
});

test('blobs of a case made before the one-level layout are read, listed and never written again', async (t) => {
  const dir = temporaryFolder(t);
  const earlier = 'A statement preserved by an earlier version, at ab/cd/<sha256>.';
  const sha = sha256Of(earlier);
  mkdirSync(join(dir, sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
  writeFileSync(join(dir, sha.slice(0, 2), sha.slice(2, 4), sha), earlier, { mode: 0o444 });
  const blobs = fileBlobStore(dir);
  const later = 'A statement preserved since.';
  await blobs.put(sha256Of(later), Buffer.from(later));
  assert.equal(await blobs.has(sha), true);
  assert.equal((await blobs.get(sha)).toString(), earlier);
  assert.equal(blobs.pathOf(sha), join(dir, sha.slice(0, 2), sha.slice(2, 4), sha));
  assert.deepEqual(await collect(blobs.list()), [sha, sha256Of(later)].sort());
  await blobs.put(sha, Buffer.from(earlier));
  await putBlobFiles(dir, [{ sha256: sha, bytes: Buffer.from(earlier) }]);
  assert.deepEqual(
    allFiles(dir),
    [
      relative(dir, join(dir, sha.slice(0, 2), sha.slice(2, 4), sha)),
      relative(dir, blobs.pathOf(sha256Of(later))),
    ].sort(),
  );
});
