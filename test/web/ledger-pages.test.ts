/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser: its types are the DOM's.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, type RunningServer, startServe } from '../helpers/browser.ts';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';
import { fileScope } from '../helpers/scope.ts';
import { WEB_FIXTURES } from '../helpers/server.ts';

/**
 * The ledger's pages in Debian's Chromium, as a researcher uses them: a case of fictional articles
 * about a bridge is searched, a document read with its statements marked by speaker, a speaker followed
 * to their page, two spellings of one person merged and the merge undone, a statement's speaker fixed.
 */

const LEDGER = resolve(import.meta.dirname, '../fixtures/ledger');
let browser: Browser;
let server: RunningServer;
const scope = fileScope();

before(async () => {
  const work = temporaryFolder(scope);
  const caseDir = join(work, 'case');
  const added = await runAttest(
    ['--case', caseDir, 'add', LEDGER, join(WEB_FIXTURES, 'council-budget-fa.txt')],
    {
      cwd: work,
    },
  );
  assert.equal(added.code, 0, added.stderr);
  [browser, server] = await Promise.all([launchChromium(), startServe(scope, caseDir)]);
});

after(async () => {
  await browser?.close();
  await scope.cleanup();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => assert.fail(`the page threw: ${error.message}`));
  page.setDefaultTimeout(10_000);
  return page;
}

test('search narrows by speaker and date, and finds statements with the matching words marked', async () => {
  const page = await newPage();
  await page.goto(server.url);
  await page.getByLabel('Search titles, bylines and text').fill('bridge');
  await page.getByLabel('Speaker').fill('Sandqvist');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.result').first().waitFor();
  assert.deepEqual((await page.locator('.result-title').allTextContents()).sort(), [
    'Council questions cost of Tarnby bridge repairs',
    'Tarnby bridge to reopen early, transport office says',
  ]);
  await page.getByLabel('From').fill('2025-05');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/from=2025-05/);
  // The earlier results stay until the new ones arrive.
  await page.waitForFunction(() => document.querySelectorAll('.result-title').length === 1);
  assert.deepEqual(await page.locator('.result-title').allTextContents(), [
    'Tarnby bridge to reopen early, transport office says',
  ]);

  await page.goto(`${server.url}/?q=deck&in=statements&kind=direct`);
  await page.locator('.statement').first().waitFor();
  assert.deepEqual(await page.locator('.statement-text mark').allTextContents(), ['deck', 'deck']);
  assert.deepEqual(await page.locator('.statement .speaker').allTextContents(), [
    'Petra Halvorsen',
    'Petra Halvorsen-Lind',
  ]);
});

test('a document marks statements by speaker and links names, dates and figures; a speaker leads to their page', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/?q=corrosion`);
  await page.locator('.result-title a').first().click();
  await page.locator('.annotated-text mark').first().waitFor();
  const erikQuote = page.locator('.annotated-text mark[title="Statement by Erik Sandqvist (direct)"]');
  assert.ok((await erikQuote.count()) > 0);
  assert.match((await erikQuote.first().getAttribute('class')) ?? '', /range-statement-s\d/);
  assert.match((await erikQuote.first().textContent()) ?? '', /^"We were told/);
  const figure = page
    .locator('.annotated-text mark.range-figure')
    .filter({ hasText: 'Nearly 14,000 vehicles' });
  assert.equal(await figure.getAttribute('title'), 'Figure: 14,000 vehicles (nearly)');
  assert.ok((await page.locator('.annotated-text mark.range-date').count()) >= 2);
  assert.deepEqual(
    await page.locator('.legend .speakers li').evaluateAll((items) => items.map((li) => li.textContent)),
    [
      'Members of the Tarnby city council 1 statement',
      'Erik Sandqvist 1 statement',
      'Petra Halvorsen-Lind 2 statements',
      'the transport office 1 statement',
    ],
  );
  await page.getByLabel(/^Figures/).uncheck();
  await page.waitForFunction(
    () => document.querySelectorAll('.annotated-text mark.range-figure').length === 0,
  );
  assert.equal(await page.locator('.annotated-text mark.range-figure').count(), 0);

  await page.locator('.annotated-text a').filter({ hasText: 'Erik Sandqvist' }).click();
  await page.getByRole('heading', { level: 1, name: 'Erik Sandqvist' }).waitFor();
  await page.locator('.chart-canvas canvas').first().waitFor();
  await page.getByText('Statements, month by month').click();
  assert.deepEqual(await page.locator('.chart-table tbody tr').allTextContents(), [
    'April 20251',
    'May 20252',
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.statement').length === 3);
  assert.equal(await page.locator('.statement').count(), 3);

  await page.locator('.statement-source a').first().click();
  await page.waitForURL(/#at-\d+-\d+$/);
  const target = page.locator('.annotated-text mark.target');
  assert.match((await target.textContent()) ?? '', /^"We were told/);
});

test('two spellings of one person are merged on the page, and the merge undone', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/entities?kind=person`);
  await page.getByRole('link', { name: 'Petra Halvorsen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Petra Halvorsen' }).waitFor();
  const names = () => page.locator('.aliases li bdi').allTextContents();
  assert.deepEqual((await names()).sort(), ['Halvorsen', 'Petra Halvorsen']);

  const merge = page.getByRole('form', { name: 'Find an entity to merge' });
  await merge.getByLabel('Name').fill('Petra Halvorsen-Lind');
  await merge.getByRole('button', { name: 'Find' }).click();
  // The same name is also held by an entity of another kind (a hard-wrapped byline): the person is meant.
  await page.locator('.candidates li').filter({ hasText: '(person,' }).getByRole('button').click();
  await page.locator('.aliases li').filter({ hasText: 'Petra Halvorsen-Lind' }).waitFor();
  assert.ok(
    (await page.locator('.statement-text').allTextContents()).some((t) => t.includes('the deck is sound')),
    'the other spelling’s statements are now hers',
  );
  const change = page.locator('.history .change').first();
  assert.match((await change.textContent()) ?? '', /^merged person-\w+, person-\w+ by /);

  await change.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.history .change-undone').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.aliases li').length === 2);
  assert.deepEqual((await names()).sort(), ['Halvorsen', 'Petra Halvorsen']);
  assert.ok(
    !(await page.locator('.statement-text').allTextContents()).some((t) => t.includes('the deck is sound')),
  );
});

test('a statement’s speaker is corrected in place, and the correction is recorded', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/statements?since=2025-04-10&until=2025-04-10`);
  const unnamed = page.locator('.statement').filter({ hasText: 'Nearly 14,000 vehicles a day' });
  assert.equal(await unnamed.locator('.speaker').textContent(), 'the transport office');
  const petra = await page.evaluate(async () => {
    const answer = await fetch('/api/entities?name=Petra%20Halvorsen-Lind&kind=person');
    return ((await answer.json()) as { entities: Array<{ id: string }> }).entities[0]?.id ?? '';
  });
  await unnamed.getByRole('button', { name: 'Correct speaker or kind' }).click();
  await unnamed.getByLabel('Speaker').fill(petra);
  await unnamed.getByRole('button', { name: 'Save correction' }).click();
  await unnamed.locator('.corrected').waitFor();
  assert.equal(await unnamed.locator('.speaker').textContent(), 'Petra Halvorsen-Lind');

  await page.goto(`${server.url}/entities/${petra}`);
  const fixed = page.locator('.statement').filter({ hasText: 'Nearly 14,000 vehicles a day' });
  await fixed.waitFor();
  assert.equal(await fixed.locator('.corrected').textContent(), 'corrected');
  assert.match(
    (await page.locator('.history .change').first().textContent()) ?? '',
    /set the speaker of \w+:\d+-\d+ to Petra Halvorsen-Lind/,
  );
});

test('each statement says how sure it is and how its speaker was found; the list narrows to the surest', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/statements`);
  await page.locator('.statement .confidence').first().waitFor();
  const shown = await page.locator('.statement .confidence').allTextContents();
  for (const text of shown) {
    assert.match(
      text,
      /^confidence [01]\.\d\d, (speaker [a-z ]+|relayed by another speaker|no attribution found)$/,
    );
  }
  assert.ok(
    shown.some((text) => Number(text.split(' ')[1]?.replace(',', '')) < 0.9),
    'the whole list holds less sure statements too',
  );
  const filters = page.getByRole('form', { name: 'Filter statements' });
  await filters.getByLabel('Confidence').selectOption('0.9');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/minConfidence=0\.9/);
  // Every statement left is at least 0.9 sure, or one a person corrected (the test above corrects one).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.statement')].every((item) => {
      const sure = Number(item.querySelector('.confidence')?.textContent?.split(' ')[1]?.replace(',', ''));
      return sure >= 0.9 || item.querySelector('.corrected') !== null;
    }),
  );
  assert.ok((await page.locator('.statement').count()) > 0);
  assert.equal(await filters.getByLabel('Confidence').inputValue(), '0.9');
});

test('Persian statements and names keep their direction among English ones', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/statements`);
  await page.locator('.statement').first().waitFor();
  const persian = page
    .locator('.statement-text')
    .filter({ hasText: /[\u0600-\u06FF]/ })
    .first();
  await persian.waitFor();
  const direction = await persian.evaluate((el) => ({
    dir: el.getAttribute('dir'),
    computed: getComputedStyle(el).direction,
  }));
  assert.deepEqual(direction, { dir: 'auto', computed: 'rtl' });
  const english = page.locator('.statement-text').filter({ hasText: 'The deck is older' });
  assert.equal(await english.evaluate((el) => getComputedStyle(el).direction), 'ltr');
  assert.equal(
    await page.locator('.statement .speaker bdi').count(),
    (await page.locator('.statement .speaker').count()) - (await page.locator('.speaker-none').count()),
  );
});

test('claims show each source’s wording and hedge; the timeline charts one speaker and lists what is dated', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/claims?text=14%2C000`);
  const vehicles = page.locator('.claim-cluster').first();
  await vehicles.waitFor();
  assert.equal(await vehicles.locator('h2').textContent(), '14,000 vehicles');
  assert.match(
    (await vehicles.locator('.claim-summary').textContent()) ?? '',
    /2 independent sources; first on 3 April 2025/,
  );
  assert.deepEqual(
    await vehicles
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].slice(3, 5).map((td) => td.textContent)),
      ),
    [
      ['about 14,000 vehicles', 'about'],
      ['Nearly 14,000 vehicles', 'nearly'],
    ],
  );

  await page.goto(`${server.url}/timeline?entity=Sandqvist`);
  await page.locator('.event').first().waitFor();
  await page.locator('.chart-canvas canvas').first().waitFor();
  const quotes = await page.locator('.event .statement-text').allTextContents();
  assert.ok(quotes.includes('"We were told 9 million crowns in January and now it is 12 million,"'));
  assert.ok(
    (await page.locator('.event .speaker').allTextContents()).every((name) => name === 'Erik Sandqvist'),
  );
});
