import assert from 'node:assert/strict';
import type { StoreWrite } from '../../src/store/store.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { fictionalDocument } from '../helpers/records.ts';

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

forEachEngine(
  'a batch stores every document with its sighting, and later sightings in order',
  async (_t, engine) => {
    const store = await engine.open();
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
  },
);

forEachEngine('a batch that cannot be written leaves nothing behind', async (_t, engine) => {
  const store = await engine.open();
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

forEachEngine('known sources come with their document id, title and pipeline version', async (_t, engine) => {
  const store = await engine.open();
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

forEachEngine(
  'a document already derived by this version is kept; only the new sighting is added',
  async (_t, engine) => {
    const store = await engine.open();
    const first = documentWrite('Ferry', 'The ferry to Oskarnes was cancelled.', 'a/ferry.txt');
    assert.deepEqual(await store.saveBatch([first]), { kept: [] });
    const before = await store.getDocument(first.document.id);
    const again = { ...first, sighting: { locator: 'b/ferry.txt', seenAt }, keepExisting: true };
    assert.deepEqual(await store.saveBatch([again]), { kept: [first.source.sha256] });
    const after = await store.getDocument(first.document.id);
    assert.equal(after?.processedAt, before?.processedAt, 'the document is not written again');
    assert.deepEqual(
      after?.source.sightings.map((s) => s.locator),
      ['a/ferry.txt', 'b/ferry.txt'],
    );
    const rederived = {
      ...first,
      document: { ...first.document, pipelineVersion: 'next' },
      keepExisting: true,
    };
    assert.deepEqual(await store.saveBatch([rederived]), { kept: [] }, 'another version replaces it');
    assert.equal((await store.getDocument(first.document.id))?.document.pipelineVersion, 'next');
  },
);
