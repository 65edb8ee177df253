import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite.ts';
import type { StoreWrite } from '../../src/store/store.ts';
import { fictionalDocument, temporaryFolder } from '../helpers/records.ts';

const seenAt = '2026-11-20T10:00:00.000Z';

function documentWrite(
  title: string,
  text: string,
  locator: string,
): Extract<StoreWrite, { kind: 'document' }> {
  const document = fictionalDocument(text, { title });
  return {
    kind: 'document',
    source: { sha256: document.sourceSha256, size: text.length, mediaType: 'text/plain' },
    sighting: { locator, seenAt },
    document,
  };
}

async function openStore(t: Parameters<typeof temporaryFolder>[0]) {
  const store = await openSqliteStore(join(temporaryFolder(t), 'attest.db'));
  t.after(() => store.close());
  return store;
}

test('a batch stores every document with its sighting, and later sightings in order', async (t) => {
  const store = await openStore(t);
  const ferry = documentWrite('Ferry', 'The ferry to Oskarnes was cancelled.', 'a/ferry.txt');
  const mill = documentWrite('Mill', 'The old mill in Brenholt burned down.', 'a/mill.txt');
  const again: StoreWrite = {
    kind: 'sighting',
    sha256: ferry.source.sha256,
    sighting: { locator: 'b/ferry-copy.txt', seenAt },
  };
  await store.saveBatch([ferry, mill, again]);
  assert.equal(await store.countDocuments(), 2);
  const stored = await store.getDocument(ferry.document.id);
  assert.deepEqual(stored?.document, ferry.document);
  assert.deepEqual(
    stored?.source.sightings.map((s) => s.locator),
    ['a/ferry.txt', 'b/ferry-copy.txt'],
  );
  assert.equal((await store.search('Brenholt', { limit: 5, offset: 0 }))[0]?.title, 'Mill');
});

test('a batch that cannot be written leaves nothing behind', async (t) => {
  const store = await openStore(t);
  const ferry = documentWrite('Ferry', 'The ferry to Oskarnes was cancelled.', 'a/ferry.txt');
  const orphan: StoreWrite = {
    kind: 'sighting',
    sha256: 'f'.repeat(64),
    sighting: { locator: 'nowhere.txt', seenAt },
  };
  await assert.rejects(store.saveBatch([ferry, orphan]));
  assert.equal(await store.countDocuments(), 0);
  assert.equal((await store.knownSources()).size, 0);
  assert.equal((await store.search('ferry', { limit: 5, offset: 0 })).length, 0);
});

test('known sources come with their document id, title and pipeline version', async (t) => {
  const store = await openStore(t);
  const ferry = documentWrite('Ferry', 'The ferry to Oskarnes was cancelled.', 'a/ferry.txt');
  await store.saveBatch([ferry]);
  const known = await store.knownSources();
  assert.deepEqual([...known.keys()], [ferry.source.sha256]);
  assert.deepEqual(known.get(ferry.source.sha256), {
    sha256: ferry.source.sha256,
    size: ferry.source.size,
    mediaType: 'text/plain',
    documentId: ferry.document.id,
    pipelineVersion: ferry.document.pipelineVersion,
    title: 'Ferry',
  });
});
