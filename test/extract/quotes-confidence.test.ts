import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { calibrationOf, statementRight } from '../../eval/confidence-calibration.ts';
import {
  CONFIDENCE_FILE,
  confidenceOf,
  type Evidence,
  parseConfidenceModel,
  shippedConfidence,
} from '../../src/extract/quotes/confidence.ts';
import { extractQuotes } from '../../src/extract/quotes/index.ts';
import type { Quote } from '../../src/model.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';

/** A statement's confidence: fitted to how often statements like it are right, and read with care. */

const HARBOUR = `Harbour to reopen in May

"The harbour will reopen to fishing boats in the first week of May," said Councillor Mara Lindqvist, who chairs the port committee.

Councillor Erik Sandqvist welcomed the news.`;

function quoteStarting(quotes: readonly Quote[], start: string): Quote {
  const quote = quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `no statement starts with ${start}: ${quotes.map((q) => q.text).join(' | ')}`);
  return quote;
}

test('a quotation with its speaker named beside "said" is surer than two words that "welcomed the news"', () => {
  const quotes = extractQuotes(analyzedArticle(HARBOUR), { mentions: [], roles: [], dates: [] });
  const quoted = quoteStarting(quotes, '"The harbour');
  const thin = quoteStarting(quotes, 'the news');
  assert.equal(quoted.speaker?.text, 'Councillor Mara Lindqvist');
  assert.equal(thin.speaker?.text, 'Councillor Erik Sandqvist');
  assert.ok(quoted.confidence >= 0.8, `quoted: ${quoted.confidence}`);
  assert.ok(thin.confidence < quoted.confidence - 0.2, `${thin.confidence} against ${quoted.confidence}`);
});

const SAID: Evidence = {
  sieve: 'same-sentence',
  kind: 'direct',
  lemma: 'say',
  cueClass: 'speech',
  form: 'name',
  resolved: false,
  recovered: false,
  words: 14,
};

test('weaker evidence never raises the confidence: a relayed statement, a recovered quotation, no speaker', () => {
  const base = confidenceOf(SAID);
  assert.ok(confidenceOf({ ...SAID, sieve: 'relayed' }) < base);
  assert.ok(confidenceOf({ ...SAID, recovered: true }) <= base);
  assert.ok(confidenceOf({ ...SAID, sieve: 'unattributed', form: null, lemma: null, cueClass: null }) <= 0.3);
  assert.ok(confidenceOf({ ...SAID, kind: 'scare', words: 2 }) < base);
  for (const evidence of [
    SAID,
    { ...SAID, kind: 'indirect' as const, lemma: 'think', cueClass: 'thought' as const },
  ]) {
    const value = confidenceOf(evidence);
    assert.ok(value > 0 && value < 1 && Number.isInteger(Math.round(value * 100)));
  }
});

test('the shipped confidence model says what it was fitted on, and a damaged one is refused', () => {
  const model = shippedConfidence();
  assert.match(model.fittedOn, /PolNeAR train/);
  assert.deepEqual(parseConfidenceModel(readFileSync(CONFIDENCE_FILE, 'utf8')), model);
  assert.throws(() => parseConfidenceModel('{"fittedOn":"x","weights":{}}'), /calibrate-confidence/);
  assert.throws(
    () => parseConfidenceModel('{"fittedOn":"x","bias":0,"weights":{"kind=direct":"high"}}'),
    /not a confidence model/,
  );
  assert.throws(() => parseConfidenceModel('not json'), SyntaxError);
});

test('calibration: statements grouped by confidence, each group beside its share of right ones', () => {
  const judged = [
    { confidence: 0.95, right: true },
    { confidence: 0.85, right: true },
    { confidence: 0.95, right: false },
    { confidence: 0.3, right: false },
  ];
  const { bands, expectedError, brier } = calibrationOf(judged);
  const top = bands.find((b) => b.upTo === 1);
  assert.deepEqual([top?.count, top?.meanConfidence, top?.shareRight], [2, 0.95, 0.5]);
  assert.deepEqual(
    bands.filter((b) => b.count > 0).map((b) => b.upTo),
    [0.5, 0.9, 1],
  );
  // |0.3 - 0| / 4 + |0.85 - 1| / 4 + |0.95 - 0.5| * 2 / 4
  assert.ok(Math.abs(expectedError - (0.3 + 0.15 + 0.9) / 4) < 1e-9);
  assert.ok(Math.abs(brier - (0.05 ** 2 + 0.15 ** 2 + 0.95 ** 2 + 0.3 ** 2) / 4) < 1e-9);
});

test('a statement is right only inside an annotated content and with its annotated source', () => {
  const text = 'Ana Ruiz said the port would reopen. Ben Ode disagreed.';
  const gold = [{ content: [{ start: 14, end: 35 }], source: [{ start: 0, end: 8 }] }];
  const quote = (start: number, end: number, speaker: { start: number; end: number } | null): Quote => ({
    documentId: 'd',
    span: { start, end },
    text: text.slice(start, end),
    kind: 'indirect',
    speaker: speaker
      ? {
          span: speaker,
          text: text.slice(speaker.start, speaker.end),
          antecedent: null,
          chain: null,
          entityId: null,
          unnamed: false,
        }
      : null,
    cue: null,
    medium: null,
    saidOn: null,
    via: null,
    sieve: 'same-sentence',
    confidence: 0.5,
  });
  assert.equal(statementRight(text, quote(14, 35, { start: 0, end: 8 }), gold), true);
  assert.equal(statementRight(text, quote(14, 35, { start: 37, end: 44 }), gold), false, 'the wrong speaker');
  assert.equal(statementRight(text, quote(14, 35, null), gold), false, 'no speaker where one is annotated');
  assert.equal(
    statementRight(text, quote(9, 55, { start: 0, end: 8 }), gold),
    false,
    'mostly outside the content',
  );
});
