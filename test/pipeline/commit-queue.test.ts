import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commitQueue } from '../../src/commit-queue.ts';
import type { WorkResult } from '../../src/pipeline-worker.ts';
import type { Store, StoreWrite } from '../../src/store/store.ts';
import { fictionalDocument } from '../helpers/records.ts';

const seenAt = '2026-11-20T10:00:00.000Z';

/** A store that records each transaction's writes, and refuses any batch holding a poisoned document. */
function recordingStore(poisoned = new Set<string>()) {
  const transactions: StoreWrite[][] = [];
  const store = {
    async saveBatch(writes: readonly StoreWrite[]) {
      if (writes.some((w) => w.kind === 'document' && poisoned.has(w.document.id))) {
        throw new Error('constraint failed');
      }
      transactions.push([...writes]);
      return { kept: [] };
    },
  } as unknown as Store;
  return { store, transactions };
}

function derived(text: string, locator: string): Extract<WorkResult, { status: 'new' }> {
  const document = fictionalDocument(text);
  return {
    status: 'new',
    sha256: document.sourceSha256,
    size: text.length,
    sighting: { locator, seenAt },
    mediaType: 'text/plain',
    document,
    annotations: { mentions: [], roles: [], locals: [], quotes: [], dates: [], claims: [] },
    signatures: [],
    entityKeys: [],
  };
}

const locatorOf = (w: StoreWrite) => (w.kind === 'sighting' ? w.sighting.locator : w.sighting?.locator);

test('the first sighting of bytes seen twice is the one given first, whichever finished first', async () => {
  const { store, transactions } = recordingStore();
  const queue = commitQueue(store, new Map());
  const later = queue.commit(1, 'b/copy.txt', derived('The dam at Velmor held.', 'b/copy.txt'));
  const first = queue.commit(0, 'a/story.txt', derived('The dam at Velmor held.', 'a/story.txt'));
  const [one, two] = await Promise.all([first, later]);
  assert.equal(one.status, 'added');
  assert.equal(two.status, 'known');
  assert.deepEqual(
    transactions.flat().map((w) => [w.kind, locatorOf(w)]),
    [
      ['document', 'a/story.txt'],
      ['sighting', 'b/copy.txt'],
    ],
  );
});

test('results ready together are committed in one transaction', async () => {
  const { store, transactions } = recordingStore();
  const queue = commitQueue(store, new Map());
  const texts = ['One harbour.', 'Two harbours.', 'Three harbours.'];
  const pending = texts.map((text, i) =>
    queue.commit(texts.length - 1 - i, `${i}.txt`, derived(text, `${i}.txt`)),
  );
  await Promise.all(pending);
  assert.equal(transactions.length, 1);
  assert.equal(transactions[0]?.length, 3);
});

test('a record the store refuses fails alone, with the reason, and the rest are stored', async () => {
  const bad = derived('A poisoned record.', 'bad.txt');
  const { store, transactions } = recordingStore(new Set([bad.document.id]));
  const queue = commitQueue(store, new Map());
  const outcomes = await Promise.all([
    queue.commit(0, 'good.txt', derived('A good record.', 'good.txt')),
    queue.commit(1, 'bad.txt', bad),
    queue.commit(2, 'broken.txt', {
      status: 'failed',
      locator: 'broken.txt',
      reason: 'not text: binary file',
    }),
  ]);
  assert.deepEqual(
    outcomes.map((o) => [o.status, o.status === 'failed' ? o.reason : o.locator]),
    [
      ['added', 'good.txt'],
      ['failed', 'not stored: constraint failed'],
      ['failed', 'not text: binary file'],
    ],
  );
  assert.deepEqual(transactions.flat().map(locatorOf), ['good.txt']);
});

test('results that arrive a few at a time are gathered into large transactions', async () => {
  const { store, transactions } = recordingStore();
  const queue = commitQueue(store, new Map());
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < 300; i++) {
    pending.push(queue.commit(i, `${i}.txt`, derived(`Harbour report number ${i}.`, `${i}.txt`)));
    // A worker hands back a batch of 16 at a time; the main thread turns between batches.
    if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
  }
  queue.flush();
  await Promise.all(pending);
  assert.equal(transactions.flat().length, 300);
  assert.ok(transactions.length <= 3, `${transactions.length} transactions`);
  assert.ok((transactions[0]?.length ?? 0) >= 128);
});

test('a lone result is committed soon without waiting for a group to fill', async () => {
  const { store, transactions } = recordingStore();
  const queue = commitQueue(store, new Map());
  const outcome = await queue.commit(0, 'only.txt', derived('A single harbour report.', 'only.txt'));
  assert.equal(outcome.status, 'added');
  assert.equal(transactions.length, 1);
});

test('bytes stored before but derived again are brought up to date, unless another process already did', async () => {
  const stale = derived('The ferry to Oskarvik ran late.', 'stale.txt');
  const kept = derived('The ferry to Brannholm ran early.', 'kept.txt');
  const before = (r: typeof stale) => ({
    sha256: r.sha256,
    size: r.size,
    mediaType: r.mediaType,
    documentId: r.document.id,
    pipelineVersion: 'an earlier version',
    title: null,
  });
  const store = {
    saveBatch: async () => ({ kept: [kept.sha256] }),
  } as unknown as Store;
  const queue = commitQueue(
    store,
    new Map([
      [stale.sha256, before(stale)],
      [kept.sha256, before(kept)],
    ]),
  );
  const outcomes = await Promise.all([
    queue.commit(0, 'stale.txt', stale),
    queue.commit(1, 'kept.txt', kept),
  ]);
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['updated', 'known'],
  );
});
