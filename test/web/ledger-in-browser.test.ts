/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser: its types are the DOM's.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite.ts';
import { launchChromium, type RunningServer, startServe } from '../helpers/browser.ts';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder, VANISHED_ENTITY_CURATION } from '../helpers/records.ts';
import { fileScope } from '../helpers/scope.ts';
import { EXAMPLES, fixture, WEB_FIXTURES } from '../helpers/server.ts';

/**
 * The browser UI end to end, in Debian's Chromium: a case made from fictional articles, more added
 * through the page, then searched, read, checked and downloaded as a researcher would.
 */

const NOTES = 52;
let browser: Browser;
let server: RunningServer;
let work: string;

const scope = fileScope();

before(async () => {
  work = temporaryFolder(scope);
  const notes = join(work, 'notes');
  mkdirSync(notes);
  for (let i = 1; i <= NOTES; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(notes, `log-${String(i).padStart(2, '0')}.txt`),
      `Harbour log ${i}\n\nOn 2025-02-${day} the harbour master of Skarn Point logged entry ${i}: calm sea, two arrivals.\n`,
    );
  }
  const caseDir = join(work, 'case');
  const added = await runAttest(
    ['--case', caseDir, 'add', EXAMPLES, join(WEB_FIXTURES, 'council-budget-fa.txt'), notes],
    { cwd: work },
  );
  assert.equal(added.code, 0, added.stderr);
  [browser, server] = await Promise.all([launchChromium(), startServe(scope, caseDir)]);
});

after(async () => {
  await browser?.close();
  await scope.cleanup();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => assert.fail(`the page threw: ${error.message}`));
  page.setDefaultTimeout(10_000);
  return page;
}

test('sources are added through the page, by picker and by drag-and-drop, with each outcome shown', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/add`);
  await page.getByRole('heading', { name: 'Add sources', level: 1 }).waitFor();
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'ferry-timetable.txt', mimeType: 'text/plain', buffer: fixture('ferry-timetable.txt') },
    { name: 'photo.png', mimeType: 'image/png', buffer: png },
  ]);
  const picked = page.locator('.job').filter({ hasText: '2 files' });
  await picked.getByText('Done: 2 sources').waitFor();
  assert.equal(await picked.locator('.job-summary').textContent(), '1 added, 1 failed');
  const failed = picked.locator('.outcome-failed');
  assert.equal(await failed.locator('.locator').textContent(), 'photo.png');
  assert.equal(await failed.locator('.outcome-reason').textContent(), 'not text: binary file (PNG image)');
  const added = picked.locator('.outcome-added .outcome-title');
  assert.equal(await added.textContent(), 'Ferry timetable restored after a winter of cancellations');

  const persian = fixture('council-budget-fa.txt').toString('utf8');
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'council-budget-fa.txt', { type: 'text/plain' }));
    return transfer;
  }, persian);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  const drop = page.locator('.job').filter({ hasText: 'council-budget-fa.txt' }).first();
  await drop.getByText('Done: 1 source').waitFor();
  assert.equal(
    await drop.locator('.job-summary').textContent(),
    '0 added, 1 already in the ledger, 0 failed',
  );

  await added.click();
  await page
    .getByRole('heading', { level: 1, name: 'Ferry timetable restored after a winter of cancellations' })
    .waitFor();
});

test('a line that is not a web address is pointed out before anything is sent', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/add`);
  await page.getByLabel('Addresses, one a line').fill('https://example.org/a\nftp://example.org/b');
  await page.getByRole('button', { name: 'Add pages' }).click();
  assert.equal(
    await page.getByRole('alert').textContent(),
    'Line 2 is not an http or https address: ftp://example.org/b',
  );
  assert.equal(await page.locator('.job', { hasText: 'web pages' }).count(), 0, 'nothing was sent');
});

test('search shows the matching words and leads to the document', async () => {
  const page = await newPage();
  await page.goto(server.url);
  await page.getByText(/The ledger holds \d+ documents/).waitFor();
  await page.getByLabel('Search titles, bylines and text').fill('treasury');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.url}/?q=treasury`);
  const results = page.locator('.result');
  await results.first().waitFor();
  assert.deepEqual(await results.locator('.result-title').allTextContents(), [
    'Regional treasury denies blame for port wage delay',
    'Port director promises back pay by Monday',
    'Dockworkers in Velmora walk out over unpaid wages',
  ]);
  assert.deepEqual(await results.first().locator('.snippet mark').allTextContents(), ['treasury']);
  assert.equal(await page.locator('.results-heading').textContent(), 'Results 1–3 of 3');

  await page.getByLabel('Search titles, bylines and text').fill('"no such words anywhere"');
  await page.keyboard.press('Enter');
  await page.getByText('No documents match “"no such words anywhere"”').waitFor();

  await page.goto(`${server.url}/?q=treasury`);
  await results.first().locator('a').click();
  await page.waitForURL(/\/documents\/[0-9a-f]{16}$/);
  await page
    .getByRole('heading', { level: 1, name: 'Regional treasury denies blame for port wage delay' })
    .waitFor();
});

test('the documents list is paginated and says how many there are', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/documents`);
  await page.locator('table.documents tbody tr').first().waitFor();
  // The notes, the three distinct examples, the Persian article, and the ferry article added through the page.
  const total = NOTES + 3 + 1 + 1;
  assert.equal(await page.locator('table.documents tbody tr').count(), 50);
  await page.getByText(`${total} documents, in the order they were added`).waitFor();
  assert.equal(await page.locator('.pagination-where').textContent(), 'Page 1 of 2');
  await page.getByRole('link', { name: 'Next ›' }).click();
  await page.waitForURL(`${server.url}/documents?page=2`);
  await page.locator('.pagination-where', { hasText: 'Page 2 of 2' }).waitFor();
  // The page's label can change a moment before its rows do.
  await page.waitForFunction(
    (rows) => document.querySelectorAll('table.documents tbody tr').length === rows,
    total - 50,
  );
  assert.equal(await page.locator('table.documents tbody tr').count(), total - 50);
});

async function openDocument(page: Page, title: string): Promise<void> {
  await page.goto(`${server.url}/?q=${encodeURIComponent(`"${title}"`)}`);
  await page.locator('.result-title a').first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

test('a document shows its clean text, what was removed and why, and where it came from', async () => {
  const page = await newPage();
  await openDocument(page, 'Dockworkers in Velmora walk out over unpaid wages');
  const paragraphs = page.locator('.annotated-text p');
  await page.locator('details.removal').first().waitFor();
  assert.equal(await paragraphs.count(), 4);
  assert.match(
    (await paragraphs.first().textContent()) ?? '',
    /^VELMORA, March 4, 2025 - More than 1,200 dockworkers/,
  );

  const removedHere = page.locator('details.removal');
  assert.deepEqual(await removedHere.locator('summary').allTextContents(), [
    'Removed: navigation links · the title (shown above) · the byline (shown above) (91 characters)',
    'Removed: share and follow links ×2 · a repeated paragraph (175 characters)',
    'Removed: comments (24 characters)',
  ]);
  const repeated = page.locator('.removals li', { hasText: 'a repeated paragraph' });
  assert.match((await repeated.textContent()) ?? '', /at character 441/);
  await repeated.getByRole('link').click();
  await page.waitForFunction(() => document.querySelectorAll('details.removal')[1]?.hasAttribute('open'));
  const opened = removedHere.nth(1);
  assert.equal(await opened.getAttribute('open'), '');
  assert.match((await opened.locator('.removed-text').nth(2).textContent()) ?? '', /^"We load the ships/);
  await page.getByLabel(/Show where text was removed/).uncheck();
  await page.waitForFunction(() => document.querySelectorAll('details.removal').length === 0);
  assert.equal(await removedHere.count(), 0);

  const sha256 = createHash('sha256').update(fixture('harbour-strike.txt', EXAMPLES)).digest('hex');
  const provenance = page.getByRole('region', { name: 'Provenance' });
  assert.equal(await provenance.locator('.hash').textContent(), sha256);
  assert.deepEqual((await provenance.locator('.sighting .locator').allTextContents()).sort(), [
    join(EXAMPLES, 'harbour-strike-copy.txt'),
    join(EXAMPLES, 'harbour-strike.txt'),
  ]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    provenance.getByRole('link', { name: 'Download the raw source' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${sha256}.txt`);
  const saved = join(work, 'downloaded.txt');
  await download.saveAs(saved);
  assert.deepEqual(readFileSync(saved), fixture('harbour-strike.txt', EXAMPLES));
});

test('Persian paragraphs read right to left, with an English quote and numbers in their own order', async () => {
  const page = await newPage();
  await openDocument(page, 'شورای شهر ولمرا بودجهٔ بندر را تصویب کرد');
  const direction = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).direction);
  assert.equal(await direction('h1'), 'rtl');
  assert.equal(await direction('.annotated-text p'), 'rtl');
  assert.equal(await page.locator('.annotated-text').getAttribute('lang'), 'fa');

  // Where each of these strings starts on screen, measured in the rendered paragraph (in whichever of its
  // text nodes holds it: statements, names, dates and figures are marks of their own).
  const left = (text: string) =>
    page.locator('.annotated-text p', { hasText: text }).evaluate((p, wanted) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text;
      while (!node.data.includes(wanted)) node = walker.nextNode() as Text;
      const range = document.createRange();
      const at = node.data.indexOf(wanted);
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return range.getBoundingClientRect().left;
    }, text);
  assert.ok((await left('او')) > (await left('خبرنگاران')), 'Persian words run from right to left');
  assert.ok(
    (await left('The harbour')) < (await left('will reopen')),
    'the English quote runs left to right',
  );
  assert.ok((await left('1,')) < (await left('500')), 'a number keeps its digits in order');
  assert.ok((await left('کارگران بندر')) > (await left('1,500')), 'and stands in the right-to-left sentence');

  await openDocument(page, 'Ferry timetable restored after a winter of cancellations');
  assert.equal(await direction('.annotated-text p'), 'ltr');
});

test('the keyboard reaches everything: a skip link first, and focus always visible', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/documents`);
  await page.locator('table.documents').waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
  assert.notEqual(await skip.evaluate((element) => getComputedStyle(element).outlineStyle), 'none');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const firstTitle = await page.locator('table.documents tbody a').first().textContent();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), firstTitle);
});

test('an unknown address or document says so, with a way back', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/no/such/page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.goto(`${server.url}/documents/0000000000000000`);
  await page.getByRole('heading', { level: 1, name: 'Document not found' }).waitFor();
  assert.equal(
    await page.getByRole('alert').locator('p').nth(1).textContent(),
    'no document with an id starting "0000000000000000"',
  );
});

test('a port already in use is reported, with what to do', async () => {
  const port = new URL(server.url).port;
  const second = await runAttest(['--case', join(work, 'other'), 'serve', '--port', port], { cwd: work });
  assert.equal(second.code, 1);
  assert.equal(
    second.stderr,
    `attest: port ${port} is in use: choose another with --port, or --port 0 for any free one\n`,
  );
});

test('the server stops cleanly on SIGTERM', async () => {
  assert.equal(await server.stop(), 0);
  assert.match(server.stderr(), /attest: stopped/);
});

test('a job whose case has a correction that no longer applies says so on the page', async () => {
  const caseDir = join(temporaryFolder(scope), 'case');
  assert.equal((await runAttest(['--case', caseDir, 'add', EXAMPLES], { cwd: work })).code, 0);
  const store = await openSqliteStore(join(caseDir, 'attest.db'));
  await store.addCuration(VANISHED_ENTITY_CURATION);
  await store.close();
  const own = await startServe(scope, caseDir);
  const page = await newPage();
  await page.goto(`${own.url}/add`);
  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'ferry-timetable.txt', mimeType: 'text/plain', buffer: fixture('ferry-timetable.txt') },
    ]);
  const job = page.locator('.job').filter({ hasText: 'ferry-timetable.txt' });
  await job.getByText('Done: 1 source').waitFor();
  assert.equal(
    await job.getByRole('alert').textContent(),
    'One correction no longer applies: the entity it was made on is gone from the ledger. It is kept, ' +
      'not applied; see attest entity history: curation-of-a-vanished-entity.',
  );
  await page.close();
});
