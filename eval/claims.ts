/**
 * `npm run eval -- claims [--verbose]`: figure extraction on hand-annotated fictional articles
 * (eval/fixtures/claims.txt), with the dates found first as the pipeline does. A found figure matches the
 * gold figure it overlaps; it is correct when its value, upper value, qualifier and `what` are the gold ones.
 */
import { join } from 'node:path';
import { extractClaims } from '../src/extract/claims/index.ts';
import { extractDates } from '../src/extract/dates/index.ts';
import type { Claim } from '../src/model.ts';
import { matchBySpan, readAnnotated, report, type Score } from './annotated.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/claims.txt');
const TARGET = 0.95;

interface Expected {
  value: number;
  valueMax: number | null;
  qualifier: string;
  what: string | null;
}

function expected(fields: string): Expected {
  const [value = '', valueMax = '-', qualifier = '', what = '-'] = fields.split('|');
  return {
    value: Number(value),
    valueMax: valueMax === '-' ? null : Number(valueMax),
    qualifier,
    what: what === '-' ? null : what,
  };
}

function sameNumber(a: number | null, b: number | null): boolean {
  return a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
}

function isRight(claim: Claim, want: Expected): boolean {
  return (
    sameNumber(claim.value, want.value) &&
    sameNumber(claim.valueMax, want.valueMax) &&
    claim.qualifier === want.qualifier &&
    claim.what === want.what
  );
}

export async function run(args: string[]): Promise<boolean> {
  const verbose = args.includes('--verbose');
  const score: Score = { golds: 0, predictions: 0, matched: 0, correct: 0 };
  for (const { analyzed, golds } of readAnnotated(FIXTURES)) {
    const found = extractClaims(analyzed, extractDates(analyzed));
    score.golds += golds.length;
    score.predictions += found.length;
    const pairs = matchBySpan(golds, found);
    score.matched += pairs.length;
    for (const [gold, claim] of pairs) {
      if (isRight(claim, expected(gold.fields))) score.correct += 1;
      else if (verbose)
        process.stdout.write(`WRONG  "${gold.text}" want ${gold.fields}, got ${describe(claim)}\n`);
    }
    if (verbose) {
      const paired = new Set(pairs.map(([, c]) => c));
      for (const c of found) if (!paired.has(c)) process.stdout.write(`EXTRA  "${c.text}" ${describe(c)}\n`);
      const goldPaired = new Set(pairs.map(([g]) => g));
      for (const g of golds) if (!goldPaired.has(g)) process.stdout.write(`MISSED "${g.text}" ${g.fields}\n`);
    }
  }
  return report('claims', score, TARGET);
}

function describe(claim: Claim): string {
  return `${claim.value}|${claim.valueMax ?? '-'}|${claim.qualifier}|${claim.what ?? '-'}`;
}
