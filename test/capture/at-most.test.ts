import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atMost } from '../../src/capture/at-most.ts';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

test('no more than the limit run at once, every call runs, and they start in order', async () => {
  const gate = atMost(3);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      gate(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await pause(5);
        running -= 1;
        return i * 2;
      }),
    ),
  );
  assert.equal(most, 3);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(results, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
});

test('a call that fails gives its turn to the next', async () => {
  const gate = atMost(1);
  const failing = gate(async () => {
    throw new Error('HTTP 500');
  });
  const next = gate(async () => 'fetched');
  await assert.rejects(failing, /HTTP 500/);
  assert.equal(await next, 'fetched');
});
