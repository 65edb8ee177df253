import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { caseConfig, openCase } from '../src/case.ts';
import { createServer } from '../src/server/app.ts';
import { writeCorpora } from './corpora.ts';

/**
 * `npm run bench -- serve [--documents N]`: how fast the API and the pages answer over a case of
 * N Reuters stories (10,000 by default): each request timed in-process, then the pages in Chromium.
 */
const ATTEST = resolve(import.meta.dirname, '../bin/attest.js');
const REPEATS = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

async function timeRequests(
  request: (path: string) => Response | Promise<Response>,
  paths: Array<[string, string]>,
): Promise<void> {
  process.stdout.write('\n| request | median ms | p95 ms | bytes |\n| --- | --- | --- | --- |\n');
  for (const [label, path] of paths) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      const response = await request(path);
      bytes = (await response.arrayBuffer()).byteLength;
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    }
    times.sort((a, b) => a - b);
    const row = [label, percentile(times, 0.5).toFixed(1), percentile(times, 0.95).toFixed(1), bytes];
    process.stdout.write(`| ${row.join(' | ')} |\n`);
  }
}

async function timePages(caseDir: string, paths: Array<[string, string, string]>): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    process.stdout.write('\n(no /usr/bin/chromium: pages not timed)\n');
    return;
  }
  const server = spawn(process.execPath, [ATTEST, '--case', caseDir, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done) => {
    let out = '';
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/\S+(?=\/\s)/.exec(out);
      if (found) done(found[0]);
    });
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    process.stdout.write('\n| page | ms to content (median of 5) |\n| --- | --- |\n');
    for (const [label, path, selector] of paths) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await page.goto(`${url}${path}`);
        await page.locator(selector).first().waitFor();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(`| ${label} | ${percentile(times, 0.5).toFixed(0)} |\n`);
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

export async function run(args: string[]): Promise<boolean> {
  const at = args.indexOf('--documents');
  const count = at >= 0 ? Number(args[at + 1]) : 10_000;
  const work = await mkdtemp(join(tmpdir(), 'attest-bench-serve-'));
  try {
    const { files } = await writeCorpora(work, count);
    const caseDir = join(work, 'case');
    const add = spawnSync(process.execPath, [ATTEST, '--case', caseDir, 'add', join(work, 'reuters')], {
      encoding: 'utf8',
    });
    process.stdout.write(`case: ${files} Reuters stories; ${add.stdout.split('\n')[0]}\n`);

    const opened = await openCase(caseConfig({ case: caseDir }, {}, process.cwd()));
    const server = createServer({
      store: opened.store,
      blobs: opened.blobs,
      capture: {
        maxBytes: 50e6,
        allowPrivate: false,
        timeoutMs: 30_000,
        maxRedirects: 5,
        userAgent: 'bench',
      },
      threads: 1,
      ui: new Map(),
      allowedHosts: () => null,
      version: 'bench',
      log: () => {},
    });
    const list = (await (await server.app.request('/api/documents?limit=1')).json()) as {
      total: number;
      documents: Array<{ id: string }>;
    };
    const lastOffset = Math.max(0, list.total - 50);
    // The most mentioned person and the largest claim cluster, for their own pages.
    const people = (await (await server.app.request('/api/entities?kind=person&limit=1')).json()) as {
      entities: Array<{ id: string }>;
    };
    const person = people.entities[0]?.id ?? '';
    const claims = (await (await server.app.request('/api/claims?limit=1')).json()) as {
      clusters: Array<{ id: string }>;
    };
    const cluster = encodeURIComponent(claims.clusters[0]?.id ?? '');
    await timeRequests(
      (path) => server.app.request(path),
      [
        ['documents, first page of 50', '/api/documents?limit=50'],
        [`documents, last page (offset ${lastOffset})`, `/api/documents?limit=50&offset=${lastOffset}`],
        ['one document', `/api/documents/${list.documents[0]?.id}`],
        ['search "oil", first page of 20', '/api/search?q=oil'],
        ['search "oil", page 20', '/api/search?q=oil&offset=380'],
        ['search "crude oil prices" (phrase)', '/api/search?q=%22crude%20oil%20prices%22'],
        ['search "zinc", first page', '/api/search?q=zinc'],
        ['statements, first page', '/api/statements'],
        ['statements of the most mentioned person', `/api/statements?speaker=${person}`],
        ['statements containing "oil"', '/api/search/statements?q=oil'],
        ['entities, first page', '/api/entities'],
        ['the most mentioned person', `/api/entities/${person}`],
        ['claim clusters, first page', '/api/claims'],
        ['the largest claim cluster', `/api/claims/${cluster}`],
        ['timeline, first page', '/api/timeline'],
        ['timeline of the most mentioned person', `/api/timeline?entity=${person}`],
        ['one document with its annotations', `/api/documents/${list.documents[0]?.id}/annotations`],
      ],
    );
    await opened.store.close();

    await timePages(caseDir, [
      ['documents, first page', '/documents', 'table.documents tbody tr'],
      ['documents, last page', `/documents?page=${Math.ceil(list.total / 50)}`, 'table.documents tbody tr'],
      ['search "oil"', '/?q=oil', '.result'],
      ['one document', `/documents/${list.documents[0]?.id}`, '.annotated-text p'],
    ]);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
