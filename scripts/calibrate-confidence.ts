/**
 * Fits the statements' confidence (models/confidence.json) on PolNeAR's train split, never dev.
 *
 * Each tenth of train is read by models trained on the nine others, as a new article would be read by
 * the shipped ones: names, dates and statements found by the whole extract stage. Each statement found
 * is judged right or wrong against the annotations (eval/confidence-calibration.ts), and a logistic
 * regression over its evidence (the sieve, the kind, the cue, the speaker's form, the length; see
 * src/extract/quotes/confidence.ts) is fitted to those judgements, so that its output is the chance a
 * statement like it is right.
 *
 *   node --import tsx scripts/calibrate-confidence.ts [--examples FILE]
 *
 * Reading train takes ten trainings (about ten minutes); `--examples FILE` keeps the judged evidence in
 * FILE and reads it from there when it exists, to refit without reading again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { confidenceCases } from '../eval/confidence-calibration.ts';
import { loadPolnear, splitTenth } from '../eval/polnear.ts';
import {
  CONFIDENCE_FILE,
  type ConfidenceModel,
  type Evidence,
  evidenceFeatures,
} from '../src/extract/quotes/confidence.ts';
import { decodeModels, encodeModels } from '../src/extract/quotes/learned/model-file.ts';
import { trainModels } from './train-quotes.ts';

interface Example {
  evidence: Evidence;
  right: boolean;
}

/**
 * Evidence PolNeAR cannot judge, weighed by hand: it annotates no statement inside another's words, so
 * a relayed statement is never right there, and scare quotes are no statements at all. Each takes the
 * odds of a statement like it down to about a third: relayed words pass through two speakers, and a
 * scare quote's tie to the one who used it is looser than a quotation's.
 */
const UNMEASURED: Record<string, number> = { 'sieve=relayed': -1, 'kind=scare': -1 };

/** Ten trainings, each tenth of train read by models that never saw it. */
function judgedExamples(): Example[] {
  const articles = loadPolnear('train');
  const examples: Example[] = [];
  for (let tenth = 0; tenth < 10; tenth++) {
    const { held, rest } = splitTenth(articles, tenth);
    process.stderr.write(`tenth ${tenth}: training on ${rest.length} articles\n`);
    const trained = trainModels({
      articles: rest,
      epochs: 12,
      trainedOn: `tenth ${tenth} out`,
      log: () => {},
    });
    const models = decodeModels(encodeModels(trained));
    // The confidence the statements are given while their evidence is gathered does not matter.
    const confidence = { fittedOn: 'nothing', bias: 0, weights: {} };
    for (const { evidence, right } of confidenceCases(held, { models, confidence }))
      examples.push({ evidence, right });
  }
  return examples;
}

const L2 = 1e-3;
const PASSES = 400;
const RATE = 0.5;
/** A feature seen fewer times than this (a rare cue's lemma) gets no weight of its own. */
const MIN_SEEN = 20;

/**
 * Logistic regression by full-batch AdaGrad (a rare lemma's weight moves as surely as a common one's),
 * with a little L2 so that a feature seen a handful of times stays near nothing.
 */
function fit(examples: readonly Example[]): { bias: number; weights: Record<string, number> } {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of evidenceFeatures(e.evidence)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const rows = examples.map((e) => ({
    features: evidenceFeatures(e.evidence).filter((f) => (seen.get(f) ?? 0) >= MIN_SEEN),
    y: e.right ? 1 : 0,
  }));
  const names = [...new Set(rows.flatMap((r) => r.features))].sort();
  const at = new Map(names.map((name, i) => [name, i + 1]));
  const columns = rows.map((r) => r.features.map((f) => at.get(f) as number));
  // Slot 0 is the bias, which every row has and no penalty shrinks.
  const weights = new Float64Array(names.length + 1);
  const squares = new Float64Array(names.length + 1);
  for (let pass = 0; pass < PASSES; pass++) {
    const gradient = new Float64Array(names.length + 1);
    rows.forEach(({ y }, r) => {
      const cols = columns[r] as number[];
      let score = weights[0] as number;
      for (const c of cols) score += weights[c] as number;
      const error = 1 / (1 + Math.exp(-score)) - y;
      (gradient[0] as number) += error;
      for (const c of cols) gradient[c] = (gradient[c] as number) + error;
    });
    for (let c = 0; c < weights.length; c++) {
      const g = (gradient[c] as number) / rows.length + (c === 0 ? 0 : L2 * (weights[c] as number));
      squares[c] = (squares[c] as number) + g * g;
      weights[c] = (weights[c] as number) - (RATE * g) / (Math.sqrt(squares[c] as number) + 1e-8);
    }
  }
  const round = (w: number) => Math.round(w * 1000) / 1000;
  const kept = names
    .map((name, i) => [name, round(weights[i + 1] as number)] as const)
    .filter(([, w]) => w !== 0);
  return { bias: round(weights[0] as number), weights: Object.fromEntries(kept) };
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--examples');
  const cache = at >= 0 ? args[at + 1] : undefined;
  const examples: Example[] =
    cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as Example[]) : judgedExamples();
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(examples));
  const right = examples.filter((e) => e.right).length;
  process.stdout.write(`${examples.length} statements judged, ${right} right\n`);
  const { bias, weights } = fit(examples);
  const model: ConfidenceModel = {
    fittedOn:
      `PolNeAR train: ${examples.length} statements, each found by models trained without its article; ` +
      `${Object.keys(UNMEASURED).join(' and ')} set by hand, as PolNeAR annotates neither`,
    bias,
    weights: { ...weights, ...UNMEASURED },
  };
  writeFileSync(CONFIDENCE_FILE, `${JSON.stringify(model, null, 2)}\n`);
  process.stdout.write(`wrote ${CONFIDENCE_FILE.pathname} (${Object.keys(model.weights).length} weights)\n`);
}

main();
