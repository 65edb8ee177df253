/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: its types are the DOM's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, type RunningServer, startServe } from '../helpers/browser.ts';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';
import { fileScope } from '../helpers/scope.ts';
import { EXAMPLES, fixture, WEB_FIXTURES } from '../helpers/server.ts';

/**
 * Every page checked by axe-core (the WCAG rules: names, labels, landmarks, headings, contrast) in light
 * and in dark mode, with content on it: results, a table, a document with a removal open, a finished job.
 */

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const scope = fileScope();
let browser: Browser;
let server: RunningServer;

before(async () => {
  const work = temporaryFolder(scope);
  const caseDir = join(work, 'case');
  const added = await runAttest(
    ['--case', caseDir, 'add', EXAMPLES, join(WEB_FIXTURES, 'council-budget-fa.txt')],
    { cwd: work },
  );
  assert.equal(added.code, 0, added.stderr);
  [browser, server] = await Promise.all([launchChromium(), startServe(scope, caseDir)]);
});

after(async () => {
  await browser?.close();
  await scope.cleanup();
});

/** axe-core's violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, so the page's CSP does not stop it.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

interface AxeResults {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page passes axe-core's checks in ${colorScheme} mode`, async () => {
    const page = await browser.newPage({ colorScheme });
    page.setDefaultTimeout(10_000);
    const check = async (where: string) => assert.deepEqual(await violations(page), [], where);

    await page.goto(`${server.url}/?q=wages`);
    await page.locator('.result').first().waitFor();
    await check('search results');

    await page.goto(`${server.url}/`);
    await page.getByText(/The ledger holds/).waitFor();
    await check('search page');

    await page.goto(`${server.url}/documents`);
    await page.locator('table.documents tbody tr').first().waitFor();
    await check('documents');

    await page.goto(`${server.url}/?q=${encodeURIComponent('"walk out"')}`);
    await page.locator('.result-title a').first().click();
    await page.locator('details.removal summary').nth(1).click();
    await check('a document with a removal open');

    await page.goto(`${server.url}/?q=${encodeURIComponent('ولمرا')}`);
    await page.locator('.result-title a').first().click();
    await page.locator('.annotated-text p').first().waitFor();
    await check('a Persian document');

    await page.goto(`${server.url}/add`);
    await page.getByTestId('file-input').setInputFiles([
      { name: 'ferry-timetable.txt', mimeType: 'text/plain', buffer: fixture('ferry-timetable.txt') },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') },
    ]);
    await page.getByText('Done: 2 sources').waitFor();
    // A finished job fades from its busy dimming to full opacity: its contrast is checked once it has.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.job')].every((job) => getComputedStyle(job).opacity === '1'),
    );
    await check('add sources, with a finished job');

    await page.goto(`${server.url}/statements`);
    await page.locator('.statement').first().waitFor();
    await page.getByRole('button', { name: 'Correct speaker or kind' }).first().click();
    await check('statements, with a correction form open');

    await page.goto(`${server.url}/?q=wages&in=statements`);
    await page.locator('.statement mark').first().waitFor();
    await check('statement search');

    await page.goto(`${server.url}/entities`);
    await page.locator('table.listing a').first().click();
    await page.locator('.chart-canvas canvas').first().waitFor();
    await page.locator('.statement').first().waitFor();
    await check('an entity');

    await page.locator('.statement-source a').first().click();
    await page.locator('.annotated-text mark.target').waitFor();
    await check('a document with statements, names, dates and figures marked');

    await page.goto(`${server.url}/claims`);
    await page.locator('.claim-cluster').first().waitFor();
    await check('claims');

    await page.goto(`${server.url}/timeline`);
    await page.locator('.event').first().waitFor();
    await check('timeline');

    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await check('page not found');
    await page.close();
  });
}
