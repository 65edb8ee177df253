import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { extractClaims } from '../src/extract/claims/index.ts';
import { extractDates } from '../src/extract/dates/index.ts';
import { type AnalyzedDocument, type Claim, documentIdOf, PIPELINE_VERSION } from '../src/model.ts';
import { clusterClaims } from '../src/resolve/claims/clusters.ts';
import { copyClusters } from '../src/resolve/copies/clusters.ts';
import { copyPairs, type Signed } from '../src/resolve/copies/copy-pairs.ts';
import { shingleHashes, signatureOf } from '../src/resolve/copies/minhash.ts';
import { segment } from '../src/text/segment.ts';
import { DATA, type ReutersStory, readJsonLinesGz } from './corpora.ts';
import { type DocumentPrint, type PlantedCorpus, plantCopies } from './planted-copies.ts';

/**
 * `npm run bench -- copies [--sizes 1000,10000,100000]`: copy detection and claim clustering on Reuters
 * bodies plus edited copies planted among them (words changed, a sentence dropped or added, headline
 * changed), each size in a child process so that its peak memory is its own. Prints seconds, documents/s
 * and peak memory per size, the recall of the planted copies, the false-positive rate of the pairs
 * found, and the speed of extractDates and extractClaims per Reuters document.
 */

const SIZES = [1000, 10000, 100000];
const THIS_FILE = import.meta.filename;

async function reutersBodies(): Promise<DocumentPrint[]> {
  const bodies: DocumentPrint[] = [];
  for await (const story of readJsonLinesGz<ReutersStory>(join(DATA, 'reuters-21578/docs.jsonl.gz'))) {
    if (story.body?.trim()) bodies.push({ title: story.title ?? '', body: story.body.trim() });
  }
  return bodies;
}

function analyze(text: string): AnalyzedDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const { paragraphs, sentences, tokens } = segment(text);
  const document = {
    id: documentIdOf(sha256),
    sourceSha256: sha256,
    pipelineVersion: PIPELINE_VERSION,
    handler: 'plain',
    title: null,
    byline: null,
    published: null,
    language: 'en',
    encoding: 'utf-8',
    text,
    paragraphs,
    sentences,
    removed: [],
    warnings: [],
  };
  return { document, tokens };
}

/**
 * Whether two texts really are near-duplicates, on their exact shingle sets: a Jaccard similarity of
 * 0.3 or more, or 60% of the shorter one in the longer. Fixed, so that any threshold is judged the same.
 */
function reallyNear(a: string, b: string): boolean {
  const x = new Set(shingleHashes(a));
  const y = new Set(shingleHashes(b));
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  const jaccard = both / (x.size + y.size - both || 1);
  const containment = both / (Math.min(x.size, y.size) || 1);
  return jaccard >= 0.3 || containment >= 0.6;
}

interface Measured {
  size: number;
  copySeconds: number;
  pairs: number;
  recall: number;
  falsePositiveRate: number;
  unplannedPairs: number;
  claimSeconds: number;
  claims: number;
  sharedClusters: number;
  extractDatesMicros: number;
  extractClaimsMicros: number;
}

function seconds(from: number): number {
  return (performance.now() - from) / 1000;
}

/** Copy detection and claim clustering on one planted corpus; runs in the child process. */
function measure(corpus: PlantedCorpus): Measured {
  const { texts, family } = corpus;
  let started = performance.now();
  const signed: Signed[] = [];
  for (const [i, text] of texts.entries()) {
    const signature = signatureOf(text);
    if (signature) signed.push({ id: String(i), signature });
  }
  const pairs = copyPairs(signed);
  const clusters = copyClusters(pairs);
  const copySeconds = seconds(started);

  const clusterOf = new Map<string, string>();
  for (const cluster of clusters) for (const member of cluster.members) clusterOf.set(member, cluster.id);
  const copies = texts.map((_, i) => i).filter((i) => family[i] !== i);
  const found = copies.filter((i) => {
    const cluster = clusterOf.get(String(i));
    return cluster !== undefined && cluster === clusterOf.get(String(family[i]));
  });
  // A pair across families is a false positive unless the two texts really are near-duplicates: Reuters
  // itself repeats stories and templates, which the planted families do not know about.
  const unplanned = pairs.filter((p) => family[Number(p.a)] !== family[Number(p.b)]);
  const wrong = unplanned.filter((p) => !reallyNear(texts[Number(p.a)] ?? '', texts[Number(p.b)] ?? ''));

  // Documents are analysed one at a time and only their claims kept, as the pipeline's workers do.
  let extractDatesMs = 0;
  let extractClaimsMs = 0;
  const claims: Claim[] = [];
  for (const text of texts) {
    const analyzed = analyze(text);
    started = performance.now();
    const dates = extractDates(analyzed);
    extractDatesMs += performance.now() - started;
    started = performance.now();
    claims.push(...extractClaims(analyzed, dates));
    extractClaimsMs += performance.now() - started;
  }
  const extractDatesMicros = (extractDatesMs * 1000) / texts.length;
  const extractClaimsMicros = (extractClaimsMs * 1000) / texts.length;
  started = performance.now();
  const dated = claims.map((claim) => ({ claim, date: null }));
  const claimClusters = clusterClaims(dated);
  const claimSeconds = seconds(started);
  const shared = claimClusters.filter((c) => new Set(c.members.map((m) => m.claim.documentId)).size > 1);

  return {
    size: texts.length,
    copySeconds,
    pairs: pairs.length,
    recall: found.length / Math.max(1, copies.length),
    falsePositiveRate: wrong.length / Math.max(1, pairs.length),
    unplannedPairs: unplanned.length,
    claimSeconds,
    claims: dated.length,
    sharedClusters: shared.length,
    extractDatesMicros,
    extractClaimsMicros,
  };
}

/** Best of three rounds over the first 5,000 Reuters bodies: the cost of each extractor per document. */
async function extractionSpeed(): Promise<void> {
  const analyzed = (await reutersBodies()).slice(0, 5000).map((b) => analyze(b.body));
  const best = (work: () => void) => {
    let fastest = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      work();
      fastest = Math.min(fastest, performance.now() - started);
    }
    return (fastest * 1000) / analyzed.length;
  };
  const dates = analyzed.map((a) => extractDates(a));
  const datesMicros = best(() => {
    for (const a of analyzed) extractDates(a);
  });
  const claimsMicros = best(() => {
    for (const [i, a] of analyzed.entries()) extractClaims(a, dates[i] ?? []);
  });
  const chars = analyzed.reduce((sum, a) => sum + a.document.text.length, 0) / analyzed.length;
  process.stdout.write(
    `${JSON.stringify({ documents: analyzed.length, chars, datesMicros, claimsMicros })}\n`,
  );
}

async function child(size: number): Promise<void> {
  const corpus = plantCopies(await reutersBodies(), size);
  process.stdout.write(`${JSON.stringify(measure(corpus))}\n`);
}

function runChild(size: number): { measured: Measured; peakMb: number } {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, '--import', 'tsx', THIS_FILE, '--child', String(size)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`size ${size} failed: ${run.stderr}`);
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  return {
    measured: JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Measured,
    peakMb: peakKb / 1024,
  };
}

export async function run(args: string[]): Promise<boolean> {
  const sizesAt = args.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? (args[sizesAt + 1] ?? '').split(',').map(Number) : SIZES;
  const rows: string[][] = [
    [
      'documents',
      'copies s',
      'docs/s',
      'pairs',
      'recall',
      'false pos.',
      'claims',
      'claim clusters s',
      'claims/s',
      'peak MB',
    ],
  ];
  let extraction = '';
  let met = true;
  for (const size of sizes) {
    const { measured: m, peakMb } = runChild(size);
    rows.push([
      String(m.size),
      m.copySeconds.toFixed(2),
      (m.size / m.copySeconds).toFixed(0),
      String(m.pairs),
      m.recall.toFixed(3),
      m.falsePositiveRate.toFixed(4),
      String(m.claims),
      m.claimSeconds.toFixed(2),
      (m.claims / Math.max(1e-9, m.claimSeconds)).toFixed(0),
      peakMb.toFixed(0),
    ]);
    extraction = `extractDates ${m.extractDatesMicros.toFixed(0)} µs/document, extractClaims ${m.extractClaimsMicros.toFixed(0)} µs/document (${m.size} documents, 1 thread); ${m.unplannedPairs} pairs across planted families; ${m.sharedClusters} claim clusters span documents`;
    process.stdout.write(`${size}: done\n`);
    if (m.recall < 0.95) met = false;
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const row of rows)
    process.stdout.write(`${row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')}\n`);
  process.stdout.write(`${extraction}\n`);
  const speed = spawnSync(process.execPath, ['--import', 'tsx', THIS_FILE, '--speed'], { encoding: 'utf8' });
  const measured = JSON.parse(speed.stdout.trim().split('\n').at(-1) ?? '{}');
  process.stdout.write(
    `on ${measured.documents} Reuters bodies (${Math.round(measured.chars)} characters on average), best of 3 rounds, 1 thread: extractDates ${measured.datesMicros?.toFixed(0)} µs/document, extractClaims ${measured.claimsMicros?.toFixed(0)} µs/document\n`,
  );
  process.stdout.write(`recall of planted copies >= 0.95 at every size: ${met ? 'met' : 'NOT met'}\n`);
  return met;
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(Number(process.argv[childAt + 1]));
if (process.argv.includes('--speed')) await extractionSpeed();
