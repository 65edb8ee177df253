import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractMentions } from '../src/extract/mentions/index.ts';
import type { AnalyzedDocument, LocalEntity, RoleFact } from '../src/model.ts';
import { resolveEntities } from '../src/resolve/entities/index.ts';
import { toDocument } from '../src/text/document.ts';
import { DATA, type ReutersStory, readJsonLinesGz } from './corpora.ts';

/**
 * `npm run bench -- entities [--limit N] [--target N]`: mention extraction per document on the
 * Reuters-21578 bodies and the BBC News articles (CPU time of one thread, the text stage excluded),
 * then corpus-wide resolution of their local entities at growing sizes, replicated under new document
 * ids up to `--target` local entities (default 1,000,000), with time and memory.
 */

interface Extracted {
  documents: number;
  /** Documents timed, after the warm-up. */
  timed: number;
  characters: number;
  cpuMs: number;
  locals: LocalEntity[];
  roles: RoleFact[];
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function analyze(text: string, locator: string): AnalyzedDocument {
  const bytes = Buffer.from(text, 'utf8');
  return toDocument({ bytes, sha256: createHash('sha256').update(bytes).digest('hex'), locator });
}

async function* reutersTexts(limit: number): AsyncIterable<[string, string]> {
  let count = 0;
  for await (const story of readJsonLinesGz<ReutersStory>(join(DATA, 'reuters-21578/docs.jsonl.gz'))) {
    if (!story.body?.trim()) continue;
    if (count++ >= limit) break;
    yield [`${story.title ?? ''}\n\n${story.dateline ?? ''} ${story.body}`, `reuters/${story.newid}.txt`];
  }
}

async function* bbcTexts(limit: number): AsyncIterable<[string, string]> {
  const root = join(DATA, 'bbc-news/articles');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .slice(0, limit);
  for (const file of files) yield [await readFile(file, 'latin1'), file];
}

/** Documents a worker extracts before the timing starts: the gazetteer loaded, the code compiled. */
const WARM_UP = 500;

/**
 * Cleans each text (not timed) and extracts its mentions (timed, CPU of this thread), one document at
 * a time so that the heap stays as small as a worker's.
 */
async function extractAll(texts: AsyncIterable<[string, string]>): Promise<Extracted> {
  const locals: LocalEntity[] = [];
  const roles: RoleFact[] = [];
  let documents = 0;
  let characters = 0;
  let spent = 0;
  let timed = 0;
  for await (const [text, locator] of texts) {
    const analyzed = analyze(text, locator);
    const since = process.cpuUsage();
    const found = extractMentions(analyzed);
    const used = cpuMs(since);
    documents++;
    if (documents > WARM_UP) {
      spent += used;
      timed++;
      characters += analyzed.document.text.length;
    }
    locals.push(...found.locals);
    roles.push(...found.roles);
  }
  return { documents, timed, characters, cpuMs: spent, locals, roles };
}

/** `locals` repeated under new document ids until there are `target` of them. */
function replicated(locals: readonly LocalEntity[], target: number): LocalEntity[] {
  const out: LocalEntity[] = [];
  for (let copy = 0; out.length < target; copy++) {
    for (const local of locals) {
      if (out.length >= target) break;
      out.push(copy === 0 ? local : { ...local, documentId: `${local.documentId}~${copy}` });
    }
  }
  return out;
}

function resolveTimed(locals: readonly LocalEntity[], roles: readonly RoleFact[]): string[] {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const since = process.cpuUsage();
  const { entities } = resolveEntities(locals, roles);
  const cpu = cpuMs(since);
  const wall = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  return [
    locals.length.toLocaleString('en'),
    entities.length.toLocaleString('en'),
    (cpu / 1000).toFixed(2),
    (wall / 1000).toFixed(2),
    ((heapAfter - heapBefore) / 2 ** 20).toFixed(0),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

export async function run(args: string[]): Promise<boolean> {
  const limit = option(args, '--limit', Number.POSITIVE_INFINITY);
  const target = option(args, '--target', 1_000_000);

  const rows = [['corpus', 'documents', 'chars/doc', 'ms/doc (CPU)', 'mentions found', 'local entities']];
  const extracted: Extracted[] = [];
  for (const [name, texts] of [
    ['Reuters-21578', reutersTexts(limit)],
    ['BBC News', bbcTexts(limit)],
  ] as const) {
    const e = await extractAll(texts);
    extracted.push(e);
    const mentions = e.locals.reduce((sum, l) => sum + l.names.reduce((s, n) => s + n.count, 0), 0);
    rows.push([
      name,
      e.documents.toLocaleString('en'),
      (e.characters / e.timed).toFixed(0),
      (e.cpuMs / e.timed).toFixed(3),
      mentions.toLocaleString('en'),
      e.locals.length.toLocaleString('en'),
    ]);
  }
  process.stdout.write(
    `mention extraction, one thread (CPU time after ${WARM_UP} documents of warm-up; text stage not timed):\n${table(rows)}\n`,
  );

  const [fromReuters, fromBbc] = extracted;
  if (!fromReuters || !fromBbc) return false;
  const perDocument = new Map<string, LocalEntity[]>();
  for (const local of fromReuters.locals) {
    const list = perDocument.get(local.documentId);
    if (list) list.push(local);
    else perDocument.set(local.documentId, [local]);
  }
  const reutersIds = [...perDocument.keys()];
  const sizes: Array<[string, LocalEntity[]]> = [1_000, 10_000, reutersIds.length].map((n) => [
    `Reuters, ${n.toLocaleString('en')} documents`,
    reutersIds.slice(0, n).flatMap((id) => perDocument.get(id) ?? []),
  ]);
  const all = [...fromReuters.locals, ...fromBbc.locals];
  const roles = [...fromReuters.roles, ...fromBbc.roles];
  sizes.push(['Reuters and BBC', all]);
  sizes.push([`Reuters and BBC replicated to ${target.toLocaleString('en')}`, replicated(all, target)]);
  const resolved = [['corpus', 'local entities', 'entities', 'CPU s', 'wall s', 'heap growth MB']];
  for (const [name, locals] of sizes) resolved.push([name, ...resolveTimed(locals, roles)]);
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `\ncorpus-wide resolution:\n${table(resolved)}\npeak resident memory of the process: ${peak.toFixed(0)} MB\n`,
  );
  return true;
}
