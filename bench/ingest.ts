import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { putBlobFiles } from '../src/capture/blob-store.ts';
import { annotate } from '../src/extract/annotate.ts';
import { partSignatures } from '../src/resolve/copies/paragraphs.ts';
import { documentKeys } from '../src/resolve/entities/keys.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite.ts';
import type { StoreWrite } from '../src/store/store.ts';
import { toDocument } from '../src/text/document.ts';
import { writeCorpora } from './corpora.ts';

/**
 * `npm run bench -- ingest [--limit N]`: the whole `attest add` process on the Reuters bodies (with the
 * core stages alone, `--no-extract`, and with everything) and the BBC articles, cold start included,
 * then each stage alone on one thread for a breakdown.
 */
const ATTEST = resolve(import.meta.dirname, '../bin/attest.js');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function folderBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += (await stat(f)).size;
  return total;
}

/** One whole `attest` process on the case, `command` its arguments after `--case`. */
function endToEnd(caseDir: string, command: string[]): { seconds: number; peakMb: number; output: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, ATTEST, '--case', caseDir, ...command],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  return { seconds, peakMb: peakKb / 1024, output: run.stdout.split('\n')[0] ?? '' };
}

function rate(count: number, seconds: number): string {
  return `${(count / seconds).toFixed(0)}/s`;
}

export async function run(args: string[]): Promise<boolean> {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
  const work = await mkdtemp(join(tmpdir(), 'attest-bench-'));
  try {
    await writeCorpora(work, limit);
    const reutersDir = join(work, 'reuters');
    const reutersFiles = await listFiles(reutersDir);
    const reutersBytes = await folderBytes(reutersFiles);

    const rows: string[][] = [['run', 'documents', 'seconds', 'documents/s', 'MB/s', 'peak MB']];
    const reutersRow = (label: string, run: ReturnType<typeof endToEnd>) =>
      rows.push([
        label,
        String(reutersFiles.length),
        run.seconds.toFixed(2),
        rate(reutersFiles.length, run.seconds),
        (reutersBytes / 1e6 / run.seconds).toFixed(2),
        run.peakMb.toFixed(0),
      ]);
    // The core's stages alone (capture, text, blob store, store and search index), then everything.
    const core = endToEnd(join(work, 'case-reuters-core'), ['add', '--no-extract', reutersDir]);
    reutersRow('attest add --no-extract reuters (end to end)', core);
    process.stdout.write(`reuters, --no-extract: ${core.output}\n`);
    // The deferred half: what the text-only case costs to extract afterwards.
    const later = endToEnd(join(work, 'case-reuters-core'), ['reprocess', '--outdated']);
    reutersRow('attest reprocess --outdated reuters, after --no-extract', later);
    process.stdout.write(`reuters, reprocess --outdated: ${later.output}\n`);
    const e2e = endToEnd(join(work, 'case-reuters'), ['add', reutersDir]);
    reutersRow('attest add reuters (end to end)', e2e);
    process.stdout.write(`reuters: ${e2e.output}\n`);
    if (limit === Number.POSITIVE_INFINITY) {
      const bbcDir = join(work, 'bbc');
      const bbcFiles = await listFiles(bbcDir);
      const bbcBytes = await folderBytes(bbcFiles);
      const bbc = endToEnd(join(work, 'case-bbc'), ['add', bbcDir]);
      process.stdout.write(`bbc: ${bbc.output}\n`);
      rows.push([
        'attest add bbc (end to end)',
        String(bbcFiles.length),
        bbc.seconds.toFixed(2),
        rate(bbcFiles.length, bbc.seconds),
        (bbcBytes / 1e6 / bbc.seconds).toFixed(2),
        bbc.peakMb.toFixed(0),
      ]);
    }

    // Each stage alone, on this thread, over the Reuters files.
    const sample = reutersFiles.slice(0, Math.min(reutersFiles.length, 5000));
    let t = performance.now();
    const read = [];
    for (const file of sample) {
      const bytes = await readFile(file);
      read.push({ file, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    const readSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const docs = read.map((r) => toDocument({ bytes: r.bytes, sha256: r.sha256, locator: r.file }));
    const textSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const annotations = docs.map(({ document, tokens }) => annotate({ document, tokens }));
    const extractSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const signatures = docs.map(({ document }) => partSignatures(document));
    const keys = annotations.map(({ locals }) => documentKeys(locals));
    const signSeconds = (performance.now() - t) / 1000;
    // As the pipeline does it: blobs in groups of 16 (a worker's batch), documents in groups of 128.
    const blobFolder = join(work, 'stage-blobs');
    t = performance.now();
    for (let i = 0; i < read.length; i += 16) await putBlobFiles(blobFolder, read.slice(i, i + 16));
    const blobSeconds = (performance.now() - t) / 1000;
    const store = await openSqliteStore(join(work, 'stage.db'));
    const writes = new Map<string, StoreWrite>();
    for (const [i, r] of read.entries()) {
      const out = docs[i];
      if (!out || writes.has(r.sha256)) continue;
      writes.set(r.sha256, {
        kind: 'document',
        source: { sha256: r.sha256, size: r.bytes.length, mediaType: out.mediaType },
        sighting: { locator: r.file, seenAt: new Date().toISOString() },
        document: out.document,
        annotations: annotations[i],
        signatures: signatures[i],
        entityKeys: keys[i],
      });
    }
    const all = [...writes.values()];
    t = performance.now();
    for (let i = 0; i < all.length; i += 128) await store.saveBatch(all.slice(i, i + 128));
    const storeSeconds = (performance.now() - t) / 1000;
    await store.close();
    for (const [name, seconds] of [
      ['stage: capture (read + sha256)', readSeconds],
      ['stage: text (decode, clean, segment)', textSeconds],
      ['stage: extract (names, dates, figures, statements)', extractSeconds],
      ['stage: copy signatures and resolution keys', signSeconds],
      ['stage: blob store (write, sync, link; groups of 16)', blobSeconds],
      ['stage: store (transactions of 128 documents and all they hold, FTS5)', storeSeconds],
    ] as const) {
      rows.push([
        `${name}, 1 thread`,
        String(sample.length),
        seconds.toFixed(2),
        rate(sample.length, seconds),
        '',
        '',
      ]);
    }
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
    for (const row of rows)
      process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}\n`);
    const targets = [
      { what: 'the core stages (--no-extract)', run: core, target: 1000 },
      { what: 'everything, statements included', run: e2e, target: 500 },
    ];
    for (const { what, run, target } of targets) {
      const met = reutersFiles.length / run.seconds >= target;
      process.stdout.write(
        `target >= ${target.toLocaleString('en')} Reuters documents/s end to end, ${what}: ${met ? 'met' : 'NOT met'}\n`,
      );
    }
    return targets.every(({ run, target }) => reutersFiles.length / run.seconds >= target);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
