import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { type TestContext, test } from 'node:test';
import pg from 'pg';
import { type BlobStore, fileBlobStore } from '../../src/capture/blob-store.ts';
import { openPostgres } from '../../src/store/postgres/open-postgres.ts';
import { postgresTest } from '../helpers/engines.ts';
import { temporaryFolder } from '../helpers/records.ts';

/** Both places preserved sources can live behave the same behind the BlobStore port. */

const sha256Of = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function forEachBlobStore(name: string, body: (t: TestContext, blobs: BlobStore) => Promise<void>) {
  test(`${name} [folder]`, (t) => body(t, fileBlobStore(temporaryFolder(t))));
  postgresTest(`${name} [postgres]`, async (t, db) => {
    const engine = await openPostgres(db.url);
    db.closeAfter(engine.store);
    await body(t, engine.blobs);
  });
}

async function collect(hashes: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const sha of hashes) all.push(sha);
  return all;
}

forEachBlobStore('bytes come back exactly as stored, under their hash', async (_t, blobs) => {
  const every = Uint8Array.from({ length: 256 * 4 }, (_, i) => i % 256);
  const sha = sha256Of(every);
  assert.equal(await blobs.has(sha), false);
  await blobs.put(sha, every);
  assert.equal(await blobs.has(sha), true);
  assert.deepEqual(new Uint8Array(await blobs.get(sha)), every);
});

forEachBlobStore('the same bytes put again, even at once, are kept once', async (_t, blobs) => {
  const text = 'The quota was withdrawn on Friday, said organiser Kit Abernethy.';
  const sha = sha256Of(text);
  await Promise.all([1, 2, 3, 4].map(() => blobs.put(sha, Buffer.from(text))));
  await blobs.put(sha, Buffer.from(text));
  assert.deepEqual(await collect(blobs.list()), [sha]);
  assert.equal((await blobs.get(sha)).toString(), text);
});

forEachBlobStore('every stored hash is listed, in order', async (_t, blobs) => {
  assert.deepEqual(await collect(blobs.list()), []);
  const texts = ['one', 'two', 'three', 'four', 'five'];
  for (const text of texts) await blobs.put(sha256Of(text), Buffer.from(text));
  assert.deepEqual(await collect(blobs.list()), texts.map(sha256Of).sort());
});

forEachBlobStore(
  'a missing blob fails with an error naming it; a name that is no hash is refused',
  async (_t, blobs) => {
    const sha = sha256Of('never stored');
    await assert.rejects(blobs.get(sha), new RegExp(`blob ${sha} is missing`));
    await assert.rejects(blobs.put('../../etc/passwd', Buffer.from('x')), /not a SHA-256/);
    await assert.rejects(blobs.has('ABC'), /not a SHA-256/);
  },
);

postgresTest(
  'the database itself refuses bytes that do not hash to their name, and any change',
  async (_t, db) => {
    const engine = await openPostgres(db.url);
    db.closeAfter(engine.store);
    const sha = sha256Of('Dockworkers walked out.');
    await assert.rejects(
      engine.blobs.put(sha, Buffer.from('Something else entirely.')),
      /blobs_named_by_their_hash/,
    );
    await engine.blobs.put(sha, Buffer.from('Dockworkers walked out.'));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await assert.rejects(
        client.query(`update blobs set bytes = 'x' where sha256 = $1`, [sha]),
        new RegExp(`preserved source ${sha} is never changed`),
      );
    } finally {
      await client.end();
    }
    assert.equal((await engine.blobs.get(sha)).toString(), 'Dockworkers walked out.');
  },
);

postgresTest('a source of several megabytes is preserved whole in PostgreSQL', async (_t, db) => {
  const engine = await openPostgres(db.url);
  db.closeAfter(engine.store);
  const bytes = Buffer.alloc(8_000_000, 'Velmora harbour report. ');
  const sha = sha256Of(bytes);
  await engine.blobs.put(sha, bytes);
  assert.equal(sha256Of(await engine.blobs.get(sha)), sha);
});
