import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ATTEST_BIN, runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';

const TOWNS = ['Brenholt', 'Skarvik', 'Velmora', 'Oskarnes', 'Lindqvist', 'Marrow'];

test('a run killed mid-way leaves a case that verifies, and the next add completes it', async (t) => {
  const cwd = temporaryFolder(t);
  const dir = join(cwd, 'many');
  mkdirSync(dir);
  const total = 4000;
  for (let i = 0; i < total; i += 1) {
    const town = TOWNS[i % TOWNS.length];
    writeFileSync(
      join(dir, `${String(i).padStart(5, '0')}.txt`),
      `Council meeting ${i} in ${town}\n\nThe council of ${town} met for the ${i}th time, the clerk said. ` +
        `Item ${i * 7} on the agenda was postponed.`,
    );
  }
  const child = spawn(process.execPath, [ATTEST_BIN, 'add', 'many'], { cwd, stdio: 'ignore' });
  // Kill it once documents are being written, well before the end.
  const db = join(cwd, '.attest', 'attest.db');
  for (let waited = 0; !existsSync(`${db}-wal`) && waited < 20_000; waited += 50) await sleep(50);
  await sleep(700);
  child.kill('SIGKILL');
  await new Promise((done) => child.on('close', done));

  const partial = JSON.parse((await runAttest(['list', '--json', '--limit', '1'], { cwd })).stdout).total;
  assert.ok(partial < total, `the run was interrupted (${partial} of ${total} stored)`);
  const verify = await runAttest(['verify'], { cwd });
  assert.equal(verify.code, 0, verify.stdout + verify.stderr);

  const resumed = await runAttest(['add', '--json', 'many'], { cwd });
  assert.equal(resumed.code, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout);
  assert.equal(summary.failed, 0);
  assert.equal(summary.added + summary.known, total);
  assert.equal(summary.added, total - partial);
  assert.equal(
    JSON.parse((await runAttest(['list', '--json', '--limit', '1'], { cwd })).stdout).total,
    total,
  );
  assert.equal((await runAttest(['verify'], { cwd })).code, 0);
});
