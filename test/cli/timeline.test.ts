import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAttest } from '../helpers/cli.ts';
import { postgresTest } from '../helpers/engines.ts';
import { temporaryFolder } from '../helpers/records.ts';

const ARTICLES: Record<string, string> = {
  'strike.txt': `Dockers end the Velmar strike

By Anna Kroll

March 14, 2023

The strike at the port of Velmar ended on March 10, 2023, after eleven days. Union leader Tomas Brenner
had called it on February 27, 2023.

"We won back every shift," Brenner said at a rally in the harbour.

The port authority first opened in 1961.`,
  'inquiry.txt': `Velmar inquiry opens

By Mira Santos

September 2, 2023

An inquiry into the port's safety record opened on August 30, 2023. Tomas Brenner told the panel that
cranes had failed twice in the summer of 2022.

Harbour master Ilka Renner said the cranes were replaced in January 2023.`,
};

async function corpus(t: Parameters<typeof temporaryFolder>[0], engine: string[]) {
  const cwd = temporaryFolder(t);
  mkdirSync(join(cwd, 'news'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(cwd, 'news', name), text);
  const add = await runAttest([...engine, 'add', 'news'], { cwd });
  assert.equal(add.code, 0, add.stderr);
  return async (args: string[]) => {
    const run = await runAttest([...engine, 'timeline', ...args], { cwd });
    return { ...run, json: () => JSON.parse(run.stdout) };
  };
}

interface Event {
  kind: string;
  when: { value: string; precision: string };
  text: string;
  sentence: { text: string } | null;
  document: { source: string };
  statement: { speakerEntity: { name: string } | null } | null;
}

async function timelineChecks(t: Parameters<typeof temporaryFolder>[0], engine: string[]) {
  const timeline = await corpus(t, engine);

  const all = await timeline(['--json', '--limit', '100']);
  assert.equal(all.code, 0, all.stderr);
  const { total, events } = all.json() as { total: number; events: Event[] };
  assert.equal(total, events.length);
  const values = events.map((e) => e.when.value);
  assert.deepEqual(values, [...values].sort(), 'earliest first');
  const founded = events.find((e) => e.text === '1961');
  assert.equal(founded?.when.precision, 'year');
  assert.equal(founded?.sentence?.text, 'The port authority first opened in 1961.');
  const called = events.find((e) => e.text === 'February 27, 2023');
  assert.equal(called?.when.value, '2023-02-27');
  assert.match(called?.sentence?.text ?? '', /^Union leader Tomas Brenner\s+had called it/);
  const rally = events.find((e) => e.kind === 'statement' && e.text.includes('every shift'));
  assert.equal(rally?.statement?.speakerEntity?.name, 'Tomas Brenner');
  assert.equal(
    rally?.when.value,
    '2023-03-14',
    'a statement the text does not date is dated by its document',
  );

  const brenner = (await timeline(['--entity', 'Brenner', '--json', '--limit', '100'])).json() as {
    events: Event[];
  };
  const about = brenner.events.map((e) => `${e.kind} ${e.when.value} ${e.text}`);
  assert.ok(about.includes('date 2023-02-27 February 27, 2023'), about.join(' | '));
  assert.ok(about.includes('date 2022-06 the summer of 2022'), about.join(' | '));
  assert.ok(
    about.some((a) => a.startsWith('statement 2023-03-14')),
    'his statement at the rally is in his timeline',
  );
  assert.ok(
    !about.some((a) => a.includes('1961') || a.includes('January 2023')),
    'dates in sentences that do not name him are not his',
  );

  const window = (
    await timeline(['--from', '2023-03', '--to', '2023-08', '--only', 'date', '--json'])
  ).json();
  assert.deepEqual(
    window.events.map((e: Event) => `${e.kind} ${e.when.value}`),
    ['date 2023-03-10', 'date 2023-08-30'],
    'only dates, from the first day of the first month to the last day of the last',
  );

  const text = await timeline(['--entity', 'Brenner']);
  assert.match(text.stdout, /^2023-02-27 \(day\)\s+\[February 27, 2023\]\s+Union leader Tomas Brenner/m);
  assert.match(text.stdout, /Tomas Brenner \(said, direct\): "We won back every shift,"/);
  assert.match(text.stdout, /\(1-\d+ of \d+ events\)\n$/);
}

test('timeline: dates and statements in calendar order, for the corpus and for one actor [sqlite]', (t) =>
  timelineChecks(t, []));

postgresTest('timeline: the same on PostgreSQL', (t, db) => timelineChecks(t, ['--db', db.url]));

test('timeline refuses an unknown actor, a bad date and a page too deep, each with a reason', async (t) => {
  const timeline = await corpus(t, []);
  const unknown = await timeline(['--entity', 'Nobody Atall']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no entity named "Nobody Atall"/);
  const badDate = await timeline(['--from', '2023-13']);
  assert.equal(badDate.code, 2);
  assert.match(badDate.stderr, /expected a date as YYYY, YYYY-MM or YYYY-MM-DD/);
  const deep = await timeline(['--offset', '9990', '--limit', '50']);
  assert.equal(deep.code, 2);
  assert.match(deep.stderr, /narrow it with a date range/);
});
