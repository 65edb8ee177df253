/**
 * `npm run eval -- dates [--verbose]`: date extraction on hand-annotated fictional articles
 * (eval/fixtures/dates.txt). A found date matches the gold date it overlaps; it is correct when its value,
 * precision and calendar are the gold ones. How it was resolved is reported beside.
 */
import { join } from 'node:path';
import { extractDates } from '../src/extract/dates/index.ts';
import type { DateRef } from '../src/model.ts';
import { matchBySpan, readAnnotated, report, type Score } from './annotated.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/dates.txt');
const TARGET = 0.95;

export async function run(args: string[]): Promise<boolean> {
  const verbose = args.includes('--verbose');
  const score: Score = { golds: 0, predictions: 0, matched: 0, correct: 0 };
  let resolvedRight = 0;
  for (const { analyzed, golds } of readAnnotated(FIXTURES)) {
    const found = extractDates(analyzed);
    score.golds += golds.length;
    score.predictions += found.length;
    const pairs = matchBySpan(golds, found);
    score.matched += pairs.length;
    for (const [gold, date] of pairs) {
      const [value, precision, calendar, resolved] = gold.fields.split(' ');
      const right = date.value === value && date.precision === precision && date.calendar === calendar;
      if (right) score.correct += 1;
      if (date.resolved === resolved) resolvedRight += 1;
      if (verbose && (!right || date.resolved !== resolved)) {
        process.stdout.write(`WRONG  "${gold.text}" want ${gold.fields}, got ${describe(date)}\n`);
      }
    }
    if (verbose) {
      const paired = new Set(pairs.map(([, d]) => d));
      for (const d of found) if (!paired.has(d)) process.stdout.write(`EXTRA  "${d.text}" ${describe(d)}\n`);
      const goldPaired = new Set(pairs.map(([g]) => g));
      for (const g of golds) if (!goldPaired.has(g)) process.stdout.write(`MISSED "${g.text}" ${g.fields}\n`);
    }
  }
  const met = report('dates', score, TARGET);
  process.stdout.write(
    `  ${'resolution (explicit/relative/inferred) right'.padEnd(44)} ${(resolvedRight / Math.max(1, score.matched)).toFixed(3)}\n`,
  );
  return met;
}

function describe(date: DateRef): string {
  return `${date.value} ${date.precision} ${date.calendar} ${date.resolved}`;
}
