import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ATTEST_BIN, runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';

test('a reader that stops early (attest export | head) ends attest quietly with status 0', async (t) => {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'notes'));
  // More than a pipe holds (64 KB), so attest is still writing when the reader goes away.
  for (let i = 0; i < 40; i++) {
    const line = `Harbour note ${i}: the ferry from Velmora to Oskarnes sailed late again today. `;
    writeFileSync(join(cwd, 'notes', `${i}.txt`), `Note ${i}\n\n${line.repeat(40)}`);
  }
  assert.equal((await runAttest(['add', 'notes'], { cwd })).code, 0);
  const child = spawn(process.execPath, [ATTEST_BIN, 'export', 'documents'], {
    cwd,
    env: { ...process.env, ATTEST_CASE: join(cwd, '.attest') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Like `head -c 1`: read one chunk, then close the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((done) => child.on('close', done));
  assert.equal(code, 0);
  assert.equal(stderr, '');
});
