import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchChromium, startServe } from '../helpers/browser.ts';
import { runAttest } from '../helpers/cli.ts';
import { exampleWorkspace } from '../helpers/records.ts';

/** `attest add --no-extract`: preserve and index now, extract later, and never lose what was extracted. */

async function attest(cwd: string, args: string[]): Promise<string> {
  const run = await runAttest(args, { cwd });
  assert.equal(run.code, 0, `attest ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** Each statement as a user reads it: document, span, speaker and kind. */
async function statements(cwd: string): Promise<string[]> {
  const lines = (await attest(cwd, ['export', 'quotes'])).split('\n').filter((line) => line !== '');
  const quotes = lines.map(
    (line) =>
      JSON.parse(line) as {
        document: { id: string };
        start: number;
        end: number;
        kind: string;
        speaker: { name: string | null };
      },
  );
  return quotes.map((q) => `${q.document.id} ${q.start}-${q.end} ${q.kind} ${q.speaker.name}`).sort();
}

test('documents added with --no-extract are searchable at once and extracted in full by reprocess --outdated', async (t) => {
  const full = exampleWorkspace(t);
  await attest(full, ['add', 'articles']);
  const expected = await statements(full);
  assert.ok(expected.length > 0, 'the bundled articles hold statements');

  const cwd = exampleWorkspace(t);
  const add = await attest(cwd, ['add', '--no-extract', 'articles']);
  assert.match(add, /^added 3, already known 1, failed 0$/m);
  assert.match(add, /not looked for yet: `attest reprocess --outdated`/);
  assert.deepEqual(await statements(cwd), [], 'nothing is extracted yet');
  const exported = await runAttest(['export', 'entities'], { cwd });
  assert.equal(exported.stdout, '');
  assert.match(exported.stderr, /3 documents were added with --no-extract/);
  const silent = await runAttest(['quotes'], { cwd });
  assert.match(silent.stdout, /\(0 of 0 statements\)/);
  assert.match(
    silent.stderr,
    /3 documents were added with --no-extract and not searched for statements, actors, dates, figures or copies yet/,
  );
  const found = JSON.parse(await attest(cwd, ['search', 'back pay', '--json'])).results;
  assert.ok(found.length > 0, 'the text is indexed for search');
  const id: string = found[0].id;
  assert.match(await attest(cwd, ['show', id]), /^outdated +added with --no-extract, nothing extracted yet/m);

  const reprocessed = JSON.parse(await attest(cwd, ['reprocess', '--outdated', '--json']));
  assert.equal(reprocessed.outcomes.length, 3, 'each outdated document is derived again');
  assert.deepEqual(await statements(cwd), expected, 'the same statements as an add that extracted');
  assert.doesNotMatch(await attest(cwd, ['show', id]), /^outdated/m);
  assert.equal((await runAttest(['quotes'], { cwd })).stderr, '', 'no note once everything is extracted');

  const again = JSON.parse(await attest(cwd, ['reprocess', '--outdated', '--json']));
  assert.equal(again.outcomes.length, 0, 'nothing is left to bring up to date');
});

test('adding the sources again without --no-extract extracts them; adding with it keeps what was extracted', async (t) => {
  const cwd = exampleWorkspace(t);
  await attest(cwd, ['add', '--no-extract', 'articles']);
  const second = await attest(cwd, ['add', 'articles']);
  assert.match(second, /^added 0, brought up to date 3, already known 1, failed 0$/m);
  const extracted = await statements(cwd);
  assert.ok(extracted.length > 0, 'the second add extracted the text-only documents');

  const third = await attest(cwd, ['add', '--no-extract', 'articles']);
  assert.match(third, /^added 0, already known 4, failed 0$/m);
  assert.doesNotMatch(third, /not looked for yet/, 'nothing new was left unextracted');
  assert.deepEqual(await statements(cwd), extracted, 'a text-only add never replaces an extracted document');
});

test('--no-extract is refused with --queue, whose workers always extract', async (t) => {
  const cwd = exampleWorkspace(t);
  const run = await runAttest(['add', '--no-extract', '--queue', 'articles'], { cwd });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--no-extract cannot be used with --queue/);
});

test('the API, the document page and the statements page say what is not extracted yet, until it is', async (t) => {
  const cwd = exampleWorkspace(t);
  await attest(cwd, ['add', '--no-extract', 'articles']);
  const id: string = JSON.parse(await attest(cwd, ['search', 'back pay', '--json'])).results[0].id;
  const server = await startServe(t, join(cwd, '.attest'));
  const extracted = async () => {
    const response = await fetch(`${server.url}/api/documents/${id}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { extracted: boolean }).extracted;
  };
  assert.equal(await extracted(), false);
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`${server.url}/documents/${id}`);
  const note = page.getByRole('note').filter({ hasText: 'Not extracted yet' });
  await note.waitFor();
  assert.match((await note.textContent()) ?? '', /attest reprocess --outdated/);

  await page.goto(`${server.url}/statements`);
  await page.getByText('3 documents were added with --no-extract').waitFor();

  await attest(cwd, ['reprocess', '--outdated']);
  assert.equal(await extracted(), true);
  await page.goto(`${server.url}/documents/${id}`);
  await page.locator('article.document .document-body').waitFor();
  assert.equal(await page.getByText('Not extracted yet').count(), 0);
});
