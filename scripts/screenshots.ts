import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

/**
 * `npm run screenshots`: the main pages of `attest serve` over the bundled fictional articles, as PNGs in
 * docs/screenshots/ for the README. Uses Debian's Chromium at /usr/bin/chromium.
 */
const ROOT = resolve(import.meta.dirname, '..');
const ATTEST = join(ROOT, 'bin/attest.js');
const OUT = join(ROOT, 'docs/screenshots');
const FIXTURES = join(ROOT, 'test/fixtures/web');
const MAX_HEIGHT = 1200;

function startServe(caseDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [ATTEST, '--case', caseDir, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/\S+(?=\/\s)/.exec(out);
      if (found) done({ url: found[0], stop: () => child.kill('SIGTERM') });
    });
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The top of a long page is what the README shows; the rest would only make the file large.
  const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({
    path: join(OUT, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height },
  });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'attest-screenshots-'));
  const caseDir = join(work, 'case');
  const added = spawnSync(
    process.execPath,
    [
      ATTEST,
      '--case',
      caseDir,
      'add',
      'examples/articles',
      'test/fixtures/ledger',
      'test/fixtures/web/council-budget-fa.txt',
    ],
    { encoding: 'utf8', cwd: ROOT },
  );
  if (added.status !== 0) throw new Error(added.stderr);
  mkdirSync(OUT, { recursive: true });
  const server = await startServe(caseDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/?q=bridge`);
    await page.locator('.result').first().waitFor();
    await shoot(page, 'search');

    await page.goto(`${server.url}/statements?since=2025-04`);
    await page.locator('.statement').first().waitFor();
    await shoot(page, 'statements');

    await page.goto(`${server.url}/entities?name=${encodeURIComponent('Erik Sandqvist')}`);
    await page.locator('table.listing a').first().click();
    await page.locator('.chart-canvas canvas').first().waitFor();
    await shoot(page, 'entity');

    await page.goto(`${server.url}/claims`);
    await page.locator('.claim-cluster').first().waitFor();
    await shoot(page, 'claims');

    await page.goto(`${server.url}/timeline?from=2025-04`);
    await page.locator('.event').first().waitFor();
    await shoot(page, 'timeline');

    await page.goto(`${server.url}/?q=${encodeURIComponent('corrosion')}`);
    await page.locator('.result-title a').first().click();
    await page.locator('.annotated-text mark').first().waitFor();
    await shoot(page, 'document-marked');

    await page.goto(`${server.url}/documents`);
    await page.locator('table.documents tbody tr').first().waitFor();
    await shoot(page, 'documents');

    await page.goto(`${server.url}/?q=${encodeURIComponent('"walk out"')}`);
    await page.locator('.result-title a').first().click();
    await page.locator('.annotated-text p').first().waitFor();
    await page.locator('details.removal').nth(1).locator('summary').click();
    await shoot(page, 'document');

    await page.goto(`${server.url}/?q=${encodeURIComponent('ولمرا')}`);
    await page.locator('.result-title a').first().click();
    await page.locator('.annotated-text p').first().waitFor();
    await shoot(page, 'document-persian');

    await page.goto(`${server.url}/add`);
    const file = (name: string) => ({
      name,
      mimeType: 'text/plain',
      buffer: readFileSync(join(FIXTURES, name)),
    });
    await page
      .getByTestId('file-input')
      .setInputFiles([
        file('ferry-timetable.txt'),
        file('council-budget-fa.txt'),
        { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n') },
      ]);
    await page.getByText('Done: 3 sources').waitFor();
    await shoot(page, 'add-sources');
  } finally {
    await browser.close();
    server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
