import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAttest } from '../helpers/cli.ts';
import { temporaryFolder } from '../helpers/records.ts';

const ARTICLES: Record<string, string> = {
  'dam.txt': `Minister defends the Karun dam

By Sara Lind

May 12, 2024

Energy Minister Bahram Golestani defended the new dam on Sunday. "The valley will have water all year,"
Golestani said at a press conference in Ahvaz.

Residents were not convinced. "We were never asked," said Leila Farahani, a farmer from the valley.`,
  'dam-follow-up.txt': `Dam opponents petition the governor

By Omid Rastegar

June 3, 2024

Farmers handed a petition to the provincial governor on Monday. Golestaani, the energy minister, told
reporters that the dam would open in the autumn.`,
};

async function corpus(t: Parameters<typeof temporaryFolder>[0]) {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'news'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(cwd, 'news', name), text);
  const add = await runAttest(['add', 'news'], { cwd });
  assert.equal(add.code, 0, add.stderr);
  return cwd;
}

test('quotes --speaker finds a speaker’s statements in every spelling, with cue, medium and date', async (t) => {
  const cwd = await corpus(t);
  const run = await runAttest(['quotes', '--speaker', 'Golestani', '--json'], { cwd });
  assert.equal(run.code, 0, run.stderr);
  const { total, statements } = JSON.parse(run.stdout);
  const byText = new Map(statements.map((s: { quote: { text: string } }) => [s.quote.text, s]));
  const water = byText.get('"The valley will have water all year,"') as {
    quote: {
      kind: string;
      cue: { lemma: string };
      medium: { text: string } | null;
      speaker: { text: string };
    };
    document: { source: string; published: string };
    speakerEntity: { name: string };
  };
  assert.ok(water, `the direct quotation is found among ${[...byText.keys()].join(' | ')}`);
  assert.equal(water.quote.kind, 'direct');
  assert.equal(water.quote.speaker.text, 'Golestani');
  assert.equal(water.quote.cue.lemma, 'say');
  assert.match(water.quote.medium?.text ?? '', /press conference/);
  assert.equal(water.speakerEntity.name, 'Bahram Golestani');
  assert.ok(
    statements.some((s: { document: { source: string } }) => s.document.source === 'news/dam-follow-up.txt'),
    'the statement of the spelling "Golestaani" is his too',
  );
  assert.ok(
    statements.every((s: { speakerEntity: { name: string } }) => s.speakerEntity.name === 'Bahram Golestani'),
    'nobody else’s statement is listed',
  );
  assert.equal(total, statements.length);
});

test('quotes filters by date and kind, and says so when a name is unknown', async (t) => {
  const cwd = await corpus(t);
  const june = JSON.parse((await runAttest(['quotes', '--since', '2024-06', '--json'], { cwd })).stdout);
  assert.ok(june.statements.length > 0);
  for (const s of june.statements) assert.equal(s.document.source, 'news/dam-follow-up.txt');
  const direct = JSON.parse((await runAttest(['quotes', '--kind', 'direct', '--json'], { cwd })).stdout);
  assert.deepEqual(direct.statements.map((s: { quote: { text: string } }) => s.quote.text).sort(), [
    '"The valley will have water all year,"',
    '"We were never asked,"',
  ]);
  const unknown = await runAttest(['quotes', '--speaker', 'Nobody Known'], { cwd });
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no entity named "Nobody Known"/);
  const badDate = await runAttest(['quotes', '--since', 'last tuesday'], { cwd });
  assert.equal(badDate.code, 2);
});

test('quotes --min-confidence keeps the surer statements and those a person corrected', async (t) => {
  const cwd = await corpus(t);
  const listed = async (...args: string[]) =>
    JSON.parse((await runAttest(['quotes', ...args, '--json'], { cwd })).stdout).statements as Array<{
      id: string;
      quote: { text: string; confidence: number };
    }>;
  const all = await listed();
  const sure = await listed('--min-confidence', '0.9');
  assert.deepEqual(
    sure.map((s) => s.id),
    all.filter((s) => s.quote.confidence >= 0.9).map((s) => s.id),
  );
  assert.ok(sure.length > 0 && sure.length < all.length, `${sure.length} of ${all.length}`);
  const doubtful = all.find((s) => s.quote.confidence < 0.9);
  assert.ok(doubtful);
  const fix = await runAttest(['quotes', 'fix', doubtful.id, '--speaker', 'Golestani'], { cwd });
  assert.equal(fix.code, 0, fix.stderr);
  assert.ok((await listed('--min-confidence', '0.9')).some((s) => s.id === doubtful.id));
  for (const bad of ['1.5', '-0.1', 'sure']) {
    const run = await runAttest(['quotes', '--min-confidence', bad], { cwd });
    assert.equal(run.code, 2, bad);
    assert.match(run.stderr, /expected a number from 0 to 1/);
  }
});

test('show marks each statement in the text and lists it with its speaker', async (t) => {
  const cwd = await corpus(t);
  const list = JSON.parse((await runAttest(['list', '--json'], { cwd })).stdout);
  const dam = list.documents.find((d: { source: string }) => d.source === 'news/dam.txt');
  const show = await runAttest(['show', dam.id], { cwd });
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /⟦"We were never asked,"⟧[¹²³⁴⁵⁶⁷⁸⁹]+ said Leila Farahani/);
  assert.match(
    show.stdout,
    /statements \(\d+\)\n(.*\n)*\s+[¹²³⁴⁵⁶⁷⁸⁹]+ direct\s+Leila Farahani(, a farmer from the valley)? said/,
  );
});

test('quotes fix corrects a speaker and a kind as curations that survive reprocess and can be undone', async (t) => {
  const cwd = await corpus(t);
  const env = { ATTEST_USER: 'sara' };
  const direct = JSON.parse((await runAttest(['quotes', '--kind', 'direct', '--json'], { cwd })).stdout);
  const asked = direct.statements.find(
    (s: { quote: { text: string } }) => s.quote.text === '"We were never asked,"',
  );
  const fix = await runAttest(['quotes', 'fix', asked.id, '--speaker', 'Golestani', '--kind', 'mixed'], {
    cwd,
    env,
  });
  assert.equal(fix.code, 0, fix.stderr);
  assert.match(fix.stdout, /recorded c-[0-9a-f]{12}: \{"type":"speaker"/);
  const shown = async () => {
    const all = JSON.parse(
      (await runAttest(['quotes', '--kind', 'mixed', '--kind', 'direct', '--json'], { cwd })).stdout,
    );
    const found = all.statements.find((s: { id: string }) => s.id === asked.id);
    return [found.speakerEntity?.name, found.quote.kind];
  };
  assert.deepEqual(await shown(), ['Bahram Golestani', 'mixed']);
  assert.equal((await runAttest(['reprocess'], { cwd })).code, 0);
  assert.deepEqual(await shown(), ['Bahram Golestani', 'mixed'], 'the fix survives reprocessing');
  const history = JSON.parse((await runAttest(['entity', 'history', '--json'], { cwd })).stdout);
  assert.deepEqual(
    history.map((c: { by: string; action: { type: string } }) => [c.by, c.action.type]),
    [
      ['sara', 'speaker'],
      ['sara', 'quote-kind'],
    ],
  );
  assert.equal((await runAttest(['entity', 'undo'], { cwd })).code, 0);
  assert.equal((await runAttest(['entity', 'undo'], { cwd })).code, 0);
  assert.deepEqual(await shown(), ['Leila Farahani', 'direct']);
  const nothing = await runAttest(['quotes', 'fix', asked.id], { cwd });
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /give --speaker, --unnamed or --kind/);
});
