import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { documentIdOf, type Entity } from '../src/model.ts';
import { processItem, type WorkResult } from '../src/pipeline-worker.ts';
import { entitiesNamed } from '../src/query/entities.ts';
import { listStatements } from '../src/query/quotes.ts';
import { searchDocuments } from '../src/query/search.ts';
import { resolveEntities } from '../src/resolve/entities/index.ts';
import { nameKey } from '../src/resolve/entities/lookup.ts';
import { openPostgres } from '../src/store/postgres/open-postgres.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite.ts';
import { InvalidQuery, type Membership, type Store, type StoreWrite } from '../src/store/store.ts';
import { percentiles, printTable, withSchema } from './bench-postgres.ts';
import { DATA, type ReutersStory, readJsonLinesGz } from './corpora.ts';

/**
 * `npm run bench -- query-scale [--documents N] [--base B]`: query latency at N (100,000) documents.
 * The first B (2,000) Reuters stories go through the pipeline once; the ledger is then filled cheaply
 * with copies of them (each a document of its own, its records rewritten to its own id) written
 * directly in batches, and their entities resolved once and assigned to every copy; the tables are
 * analysed (as autovacuum would, in time). Then, on each
 * engine: 100 searches (one or two words of the corpus, a page of 20 with snippets) and statements by
 * speaker for 50 speakers (the name looked up in any spelling, then the first page of 20 statements
 * with their count and repeats), as `attest search` and `attest quotes --speaker` run them.
 */

const BATCH = 500;

function baseStories(limit: number): Promise<Array<Extract<WorkResult, { status: 'new' }>>> {
  return (async () => {
    const base = [];
    // Reuters repeats some stories word for word: one document each.
    const seen = new Set<string>();
    for await (const story of readJsonLinesGz<ReutersStory>(join(DATA, 'reuters-21578/docs.jsonl.gz'))) {
      if (!story.body?.trim()) continue;
      if (base.length >= limit) break;
      const bytes = Buffer.from(`${story.title ?? ''}\n\n${story.dateline ?? ''} ${story.body}`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const result = processItem({
        kind: 'bytes',
        input: { bytes, sha256, locator: `reuters/${story.newid}.txt` },
        sighting: null,
      });
      if (result.status === 'new' && !seen.has(result.document.id)) {
        seen.add(result.document.id);
        base.push(result);
      }
    }
    return base;
  })();
}

/** Copy `n` of a processed story: the same text and records under an id of its own. */
function copyOf(
  story: Extract<WorkResult, { status: 'new' }>,
  n: number,
): { write: StoreWrite; from: string; to: string } {
  const sha256 = createHash('sha256').update(`${story.sha256}/${n}`).digest('hex');
  const from = story.document.id;
  const to = documentIdOf(sha256);
  const rewrite = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(from, to)) as T;
  return {
    from,
    to,
    write: {
      kind: 'document',
      source: { sha256, size: story.size, mediaType: story.mediaType },
      sighting: { locator: `reuters-copy/${n}/${from}.txt`, seenAt: new Date().toISOString() },
      document: { ...rewrite(story.document), sourceSha256: sha256 },
      annotations: rewrite(story.annotations),
      signatures: story.signatures,
    },
  };
}

async function fill(store: Store, base: Awaited<ReturnType<typeof baseStories>>, documents: number) {
  const resolution = resolveEntities(
    base.flatMap((s) => s.annotations.locals),
    base.flatMap((s) => s.annotations.roles),
  );
  const copies = new Map<string, string[]>();
  let batch: StoreWrite[] = [];
  for (let n = 0; n < documents; n++) {
    const story = base[n % base.length] as (typeof base)[number];
    const copy = copyOf(story, n);
    batch.push(copy.write);
    copies.set(copy.from, [...(copies.get(copy.from) ?? []), copy.to]);
    if (batch.length === BATCH) {
      await store.saveBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await store.saveBatch(batch);
  const memberships: Membership[] = resolution.assignments.flatMap((a) =>
    (copies.get(a.documentId) ?? []).map((documentId) => ({
      documentId,
      chain: a.chain,
      entityId: a.entityId,
    })),
  );
  await store.replaceEntities(resolution.entities, memberships, nameKey, await store.resolutionMark());
  return resolution.entities;
}

/** Speakers of the base's statements, most quoted first: the names a user would look up. */
function speakers(
  base: Awaited<ReturnType<typeof baseStories>>,
  entities: Entity[],
  count: number,
): string[] {
  const resolution = resolveEntities(
    base.flatMap((s) => s.annotations.locals),
    base.flatMap((s) => s.annotations.roles),
  );
  const entityOf = new Map(resolution.assignments.map((a) => [`${a.documentId}/${a.chain}`, a.entityId]));
  const quoted = new Map<string, number>();
  for (const story of base)
    for (const quote of story.annotations.quotes) {
      const id =
        quote.speaker?.chain == null
          ? undefined
          : entityOf.get(`${story.document.id}/${quote.speaker.chain}`);
      if (id) quoted.set(id, (quoted.get(id) ?? 0) + 1);
    }
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return [...quoted]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .flatMap(([id]) => names.get(id) ?? []);
}

function searchWords(base: Awaited<ReturnType<typeof baseStories>>): string[] {
  const counts = new Map<string, number>();
  for (const story of base)
    for (const word of new Set(story.document.text.toLowerCase().match(/\b[a-z]{4,}\b/g)))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts]
    .filter(([, n]) => n >= 3 && n <= base.length / 50)
    .map(([w]) => w)
    .sort();
  return Array.from({ length: 100 }, (_, i) => {
    const first = words[(i * 7919) % words.length] as string;
    return i % 2 === 0 ? first : `${first} ${words[(i * 104729 + 13) % words.length]}`;
  });
}

async function timeEach<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    try {
      await work(item);
    } catch (error) {
      if (error instanceof InvalidQuery) continue;
      throw error;
    }
    times.push(performance.now() - started);
  }
  return times;
}

export async function run(args: string[]): Promise<boolean> {
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const documents = option('--documents', 100_000);
  const base = await baseStories(option('--base', 2000));
  const words = searchWords(base);
  const rows = [
    [
      'engine',
      'documents',
      'fill s',
      'search p50 ms',
      'p95 ms',
      'by speaker p50 ms',
      'p95 ms',
      'statements found (median)',
    ],
  ];
  const measure = async (engine: string, store: Store, analyze: () => Promise<void>) => {
    const started = performance.now();
    const entities = await fill(store, base, documents);
    const fillSeconds = (performance.now() - started) / 1000;
    // After a bulk fill the planner's statistics describe empty tables until autovacuum catches up.
    await analyze();
    const names = speakers(base, entities, 50);
    const page = { limit: 20, offset: 0 };
    const search = percentiles(await timeEach(words, (q) => searchDocuments(store, q, page)));
    const found: number[] = [];
    const bySpeaker = percentiles(
      await timeEach(names, async (name) => {
        const named = await entitiesNamed(store, name);
        const list = await listStatements(store, { speakerEntities: named.map((e) => e.id) }, page);
        found.push(list.total);
      }),
    );
    rows.push([
      engine,
      String(await store.countDocuments()),
      fillSeconds.toFixed(0),
      search.p50.toFixed(1),
      search.p95.toFixed(1),
      bySpeaker.p50.toFixed(1),
      bySpeaker.p95.toFixed(1),
      String(percentiles(found).p50),
    ]);
  };
  const work = await mkdtemp(join(tmpdir(), 'attest-bench-scale-'));
  try {
    const sqlite = await openSqliteStore(join(work, 'scale.db'));
    try {
      await measure('SQLite', sqlite, async () => {
        const file = new Database(join(work, 'scale.db'));
        file.exec('analyze');
        file.close();
      });
    } finally {
      await sqlite.close();
    }
    await withSchema('attest_bench_scale', async (url) => {
      const { store } = await openPostgres(url);
      try {
        await measure('PostgreSQL', store, async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query('analyze');
          await client.end();
        });
      } finally {
        await store.close();
      }
    });
    printTable(rows);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
