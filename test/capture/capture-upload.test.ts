import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { capture, expandInputs } from '../../src/capture/capture.ts';
import { optionsIn } from '../helpers/capture-options.ts';
import { temporaryFolder } from '../helpers/records.ts';

const STORY = 'The night ferry to Varka Isle ran again on Monday, said harbourmaster Tove Lindqvar.';

test('an upload is captured from its bytes and recorded under the file name it came with', async (t) => {
  const cwd = temporaryFolder(t);
  const bytes = Buffer.from(STORY);
  const result = await capture({ kind: 'upload', name: 'ferry.txt', bytes }, optionsIn(cwd));
  assert.ok(!('reason' in result), JSON.stringify(result));
  assert.equal(result.locator, 'ferry.txt');
  assert.equal(result.sha256, createHash('sha256').update(STORY).digest('hex'));
  assert.deepEqual(Object.keys(result.sighting).sort(), ['locator', 'seenAt']);
  assert.equal(result.sighting.locator, 'ferry.txt');
});

test('an upload over the size limit is refused with the same reason as a file', async (t) => {
  const cwd = temporaryFolder(t);
  const bytes = Buffer.from('x'.repeat(50_000));
  const result = await capture(
    { kind: 'upload', name: 'long.txt', bytes },
    optionsIn(cwd, { maxBytes: 20_000 }),
  );
  assert.deepEqual(result, { locator: 'long.txt', reason: 'too large: 0.05 MB > 0.02 MB limit' });
});

test('a file name that looks like a path is never read from disk', async (t) => {
  const cwd = temporaryFolder(t);
  const bytes = Buffer.from(STORY);
  const result = await capture({ kind: 'upload', name: '../../etc/passwd', bytes }, optionsIn(cwd));
  assert.ok('bytes' in result);
  assert.equal(result.bytes.toString(), STORY);
});

test('uploads given beside typed inputs are kept in order, each one even when two share a name', async (t) => {
  const cwd = temporaryFolder(t);
  const first = { kind: 'upload' as const, name: 'story.txt', bytes: Buffer.from('one') };
  const second = { kind: 'upload' as const, name: 'story.txt', bytes: Buffer.from('two') };
  const url = { kind: 'url' as const, url: 'https://example.org/a' };
  const { locators, failures } = await expandInputs(
    [first, 'https://example.org/a', url, second],
    optionsIn(cwd),
  );
  assert.deepEqual(locators, [first, url, second]);
  assert.deepEqual(failures, []);
});
