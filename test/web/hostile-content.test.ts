/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser: its types are the DOM's.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, type RunningServer, startServe } from '../helpers/browser.ts';
import { temporaryFolder } from '../helpers/records.ts';
import { fileScope } from '../helpers/scope.ts';
import { fixture } from '../helpers/server.ts';

/**
 * Article content is hostile. A page full of scripts, event handlers, `javascript:` links and a meta
 * refresh, a plain-text article that quotes such markup, and a file whose name is markup are added
 * through the browser; then every page that shows them is opened while the browser reports anything
 * that runs, navigates, loads from elsewhere or breaks the Content-Security-Policy.
 */

let browser: Browser;
let server: RunningServer;
const scope = fileScope();

before(async () => {
  const work = temporaryFolder(scope);
  [browser, server] = await Promise.all([launchChromium(), startServe(scope, join(work, 'case'))]);
});

after(async () => {
  await browser?.close();
  await scope.cleanup();
});

interface Watch {
  page: Page;
  /** Everything that would show that content ran or escaped: each a line describing it. */
  incidents: string[];
}

async function watchedPage(): Promise<Watch> {
  const page = await browser.newPage({ acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  const incidents: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      incidents.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) incidents.push(`request elsewhere: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).origin !== origin) {
      incidents.push(`navigated away: ${frame.url()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, incidents };
}

/** What the DOM would hold if any content had been injected as markup. */
function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('*')];
    return {
      handlers: elements.flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
      ),
      scripts: [...document.scripts].map((s) => s.src.replace(location.origin, '')),
      foreign: elements
        .filter((el) =>
          ['IMG', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'BASE', 'STYLE'].includes(el.tagName.toUpperCase()),
        )
        .map((el) => el.tagName),
      // The app's own forms (search, addresses) have no action; a form from content would.
      formActions: [...document.forms].filter((f) => f.hasAttribute('action')).map((f) => f.action),
      refreshes: document.querySelectorAll('meta[http-equiv]').length,
      scriptLinks: [...document.querySelectorAll('a')]
        .filter((a) => !/^https?:/.test(a.href))
        .map((a) => a.href),
    };
  });
}

async function assertNothingRan(watch: Watch, where: string): Promise<void> {
  // Give a meta refresh, a timer or a late handler the time to fire.
  await watch.page.waitForTimeout(1500);
  assert.deepEqual(watch.incidents, [], where);
  const markup = await injectedMarkup(watch.page);
  assert.deepEqual(markup.handlers, [], `${where}: event handler attributes`);
  assert.equal(markup.scripts.length, 1, `${where}: only the app's own script`);
  assert.match(markup.scripts[0] ?? '', /^\/assets\/index-[\w-]+\.js$/);
  assert.deepEqual(markup.foreign, [], `${where}: elements from the content`);
  assert.deepEqual(markup.formActions, [], `${where}: forms from the content`);
  assert.equal(markup.refreshes, 0, `${where}: meta refresh`);
  assert.deepEqual(markup.scriptLinks, [], `${where}: links that are not http(s)`);
}

test('hostile sources added through the page run nothing, anywhere they are shown', async () => {
  const watch = await watchedPage();
  const { page } = watch;
  await page.goto(`${server.url}/add`);
  const hostileName = `<img src=x onerror=alert('file name')>.html`;
  await page.getByTestId('file-input').setInputFiles([
    { name: 'hostile-page.html', mimeType: 'text/html', buffer: fixture('hostile-page.html') },
    { name: 'security-advisory.txt', mimeType: 'text/plain', buffer: fixture('security-advisory.txt') },
    {
      name: hostileName,
      mimeType: 'text/html',
      buffer: Buffer.from(fixture('hostile-page.html').toString().replace('Sunday', 'Saturday')),
    },
  ]);
  await page.getByText('Done: 3 sources').waitFor();
  assert.equal(await page.locator('.job-summary').textContent(), '3 added, 0 failed');
  assert.ok((await page.locator('.outcome .locator').allTextContents()).includes(hostileName));
  await assertNothingRan(watch, 'add sources page');

  await page.goto(`${server.url}/documents`);
  await page.locator('table.documents tbody tr').nth(2).waitFor();
  const title = "Harbour pilots <img src=x onerror=alert('title')> end their strike";
  assert.equal(
    (await page.locator('table.documents tbody a').allTextContents()).filter((t) => t === title).length,
    2,
  );
  await assertNothingRan(watch, 'documents page');

  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), title);
  const text = (await page.locator('.annotated-text p').allTextContents()).join('\n');
  assert.match(text, /The port authority said in a statement/);
  assert.doesNotMatch(text, /alert|replaced|head script/, 'scripts and handlers never reach the text');
  await assertNothingRan(watch, 'document page');

  await page.goto(`${server.url}/?q=${encodeURIComponent('script')}`);
  await page.locator('.result').first().waitFor();
  const snippet = await page.locator('.snippet').first().textContent();
  assert.match(
    snippet ?? '',
    /<script>alert\('clerk'\)<\/script>/,
    'markup quoted in an article reads as text',
  );
  await assertNothingRan(watch, 'search results');

  await page.locator('.result-title a').first().click();
  await page.getByText("<img src=x onerror=alert('calendar')>", { exact: false }).waitFor();
  await assertNothingRan(watch, 'plain-text document page');
});

test('the raw hostile page downloads as a file; opened directly, it still runs nothing on this origin', async () => {
  const watch = await watchedPage();
  const { page } = watch;
  await page.goto(`${server.url}/?q=${encodeURIComponent('pilots Sunday')}`);
  await page.locator('.result-title a').first().click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the raw source' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^[0-9a-f]{64}\.html$/);
  const address = page.url();
  await assertNothingRan(watch, 'after the download');
  assert.equal(page.url(), address, 'the page stayed where it was');

  const sourceUrl = `${server.url}/api/documents/${address.split('/').pop()}/source`;
  const direct = await browser.newPage();
  const [directDownload] = await Promise.all([
    direct.waitForEvent('download'),
    direct.goto(sourceUrl).catch(() => null),
  ]);
  assert.match(directDownload.suggestedFilename(), /\.html$/);
  await direct.close();
});

test('statements, entities, claims and the timeline show hostile words as text and run nothing', async () => {
  const watch = await watchedPage();
  const { page } = watch;
  await page.goto(`${server.url}/statements`);
  await page.locator('.statement').first().waitFor();
  const quoted = (await page.locator('.statement-text').allTextContents()).join('\n');
  assert.match(quoted, /run <script>alert\('clerk'\)<\/script> when/, 'markup in a statement reads as text');
  await assertNothingRan(watch, 'statements page');

  await page.goto(`${server.url}/?q=script&in=statements`);
  await page.locator('.statement mark').first().waitFor();
  await assertNothingRan(watch, 'statement search');

  await page.goto(`${server.url}/entities`);
  await page.locator('table.listing a').first().waitFor();
  await assertNothingRan(watch, 'entities page');

  await page.goto(`${server.url}/statements`);
  await page.locator('.statement a.speaker').first().click();
  await page.getByRole('heading', { level: 2, name: 'Statements over time' }).waitFor();
  await page.locator('.statement').first().waitFor();
  await assertNothingRan(watch, 'entity page');

  await page.locator('.statement-source a').first().click();
  await page.locator('.annotated-text mark.target').waitFor();
  await assertNothingRan(watch, 'document page with its marks');

  for (const [path, ready] of [
    ['/claims', '.claim-cluster'],
    ['/timeline', '.event'],
  ] as const) {
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).first().waitFor();
    await assertNothingRan(watch, `${path} page`);
  }
});
