import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BlobStore } from '../src/capture/blob-store.ts';
import type { Document } from '../src/model.ts';
import { openPostgres } from '../src/store/postgres/open-postgres.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite.ts';
import { InvalidQuery, type Store } from '../src/store/store.ts';
import { toDocument } from '../src/text/document.ts';
import { DATA, type ReutersStory, readJsonLinesGz } from './corpora.ts';

/**
 * `npm run bench -- store-engines [--limit N]`: the store stage on SQLite and on PostgreSQL over the
 * first N (5,000) Reuters stories: one transaction a document from one writer and (PostgreSQL) from
 * four at once, each with its own connections as separate processes would have,
 * preserved sources put into PostgreSQL, then search latency. PostgreSQL is the server at
 * ATTEST_BENCH_DATABASE_URL (else the tests' one), in a schema made for the run and dropped after.
 */
const DATABASE_URL =
  process.env.ATTEST_BENCH_DATABASE_URL ||
  process.env.ATTEST_TEST_DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/test';
const WRITERS = 4;

interface Prepared {
  bytes: Buffer;
  sha256: string;
  mediaType: string;
  document: Document;
}

async function prepare(limit: number): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for await (const story of readJsonLinesGz<ReutersStory>(join(DATA, 'reuters-21578/docs.jsonl.gz'))) {
    if (!story.body?.trim()) continue;
    if (prepared.length >= limit) break;
    const bytes = Buffer.from(`${story.title ?? ''}\n\n${story.dateline ?? ''} ${story.body}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const out = toDocument({ bytes, sha256, locator: `reuters/${story.newid}.txt` });
    prepared.push({ bytes, sha256, mediaType: out.mediaType, document: out.document });
  }
  return prepared;
}

/** Saves every document, `writers` at a time, each writer with its own store; returns seconds. */
async function save(stores: Store[], docs: Prepared[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    stores.map(async (store, w) => {
      for (let i = w; i < docs.length; i += stores.length) {
        const doc = docs[i] as Prepared;
        await store.saveDocument(
          { sha256: doc.sha256, size: doc.bytes.length, mediaType: doc.mediaType },
          { locator: doc.document.id, seenAt: new Date().toISOString() },
          doc.document,
        );
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

async function putAll(blobs: BlobStore, docs: Prepared[]): Promise<number> {
  const started = performance.now();
  for (const doc of docs) await blobs.put(doc.sha256, doc.bytes);
  return (performance.now() - started) / 1000;
}

/**
 * Words of the corpus found in at least 3 documents and at most 2% of them (the very common ones are
 * English stop words, which PostgreSQL does not index), one and two to a query, by a fixed stride.
 */
function queries(docs: Prepared[]): string[] {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const word of new Set(doc.document.text.toLowerCase().match(/\b[a-z]{4,}\b/g))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts]
    .filter(([, n]) => n >= 3)
    .map(([w]) => w)
    .sort();
  return Array.from({ length: 200 }, (_, i) => {
    const first = words[(i * 7919) % words.length] as string;
    return i % 2 === 0 ? first : `${first} ${words[(i * 104729 + 13) % words.length]}`;
  });
}

/** Search latency over the queries the engine answers (PostgreSQL refuses stop words alone). */
async function latencies(
  store: Store,
  typed: string[],
): Promise<{ p50: number; p95: number; answered: number }> {
  const times: number[] = [];
  for (const query of typed) {
    const started = performance.now();
    try {
      await store.search(query, { limit: 20, offset: 0 });
    } catch (error) {
      if (error instanceof InvalidQuery) continue;
      throw error;
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), answered: times.length };
}

async function withSchemas<T>(names: string[], work: (urls: string[]) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    for (const name of names)
      await admin.query(`drop schema if exists ${name} cascade; create schema ${name}`);
    return await work(
      names.map((name) => {
        const url = new URL(DATABASE_URL);
        url.searchParams.set('options', `-c search_path=${name}`);
        return url.toString();
      }),
    );
  } finally {
    for (const name of names) await admin.query(`drop schema if exists ${name} cascade`);
    await admin.end();
  }
}

export async function run(args: string[]): Promise<boolean> {
  const limitAt = args.indexOf('--limit');
  const docs = await prepare(limitAt >= 0 ? Number(args[limitAt + 1]) : 5000);
  const typed = queries(docs);
  const rows = [
    [
      'engine',
      'documents',
      '1 writer docs/s',
      `${WRITERS} writers docs/s`,
      'queries',
      'search p50 ms',
      'p95 ms',
    ],
  ];
  const work = await mkdtemp(join(tmpdir(), 'attest-bench-store-'));
  try {
    const measure = async (engine: string, open: (ledger: number) => Promise<Store>, writers: number) => {
      const one = await open(0);
      const oneSeconds = await save([one], docs);
      const search = await latencies(one, typed);
      await one.close();
      let many = '';
      if (writers > 1) {
        const stores = await Promise.all(Array.from({ length: writers }, () => open(1)));
        many = (docs.length / (await save(stores, docs))).toFixed(0);
        await Promise.all(stores.map((s) => s.close()));
      }
      rows.push([
        engine,
        String(docs.length),
        (docs.length / oneSeconds).toFixed(0),
        many || 'n/a: one writer at a time',
        String(search.answered),
        search.p50.toFixed(2),
        search.p95.toFixed(2),
      ]);
    };
    await measure('sqlite', (ledger) => openSqliteStore(join(work, `ledger-${ledger}.db`)), 1);
    const blobSeconds = await withSchemas(['attest_bench_0', 'attest_bench_1'], async (urls) => {
      await measure(
        'postgres',
        async (ledger) => (await openPostgres(urls[ledger] as string)).store,
        WRITERS,
      );
      const engine = await openPostgres(urls[0] as string);
      try {
        return await putAll(engine.blobs, docs);
      } finally {
        await engine.store.close();
      }
    });
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
    for (const row of rows)
      process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}\n`);
    process.stdout.write(`postgres blobs: ${(docs.length / blobSeconds).toFixed(0)} puts/s, one at a time\n`);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
