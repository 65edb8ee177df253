import { existsSync, readFileSync } from 'node:fs';
import type { QuoteKind, Sieve } from '../../model.ts';
import type { CueClass } from './cue-lexicon.ts';
import type { SpeakerForm } from './speakers.ts';

/**
 * How sure a statement is: the chance that its words are a statement and its speaker the one who made
 * them, from the sieve that attributed it and the evidence it rests on. The weights are a logistic
 * model fitted by scripts/calibrate-confidence.ts to statements found in PolNeAR train by models that
 * had not seen them (models/confidence.json), so that of the statements given 0.8, about eight in ten
 * are right; `npm run eval -- quotes` reports how well that holds on dev.
 */

export interface Evidence {
  sieve: Sieve;
  kind: QuoteKind;
  /** The cue's lemma ("say"), or null without a cue. */
  lemma: string | null;
  /** The cue's class; `other` for a cue only the learned detector knows. */
  cueClass: CueClass | null;
  /** The form of the speaker's words, or null without a speaker. */
  form: SpeakerForm | null;
  /** Whether a pronoun or description was resolved to a name. */
  resolved: boolean;
  /** Whether the quotation's closing mark was missing and its end recovered. */
  recovered: boolean;
  /** The number of words in the statement's text: short and long statements are right at different rates. */
  words: number;
}

export interface ConfidenceModel {
  /** What the weights were fitted on, for the record. */
  fittedOn: string;
  bias: number;
  /** A weight for each feature name (`sieve=adjacent`, `lemma=say`, ...); a missing one weighs 0. */
  weights: Record<string, number>;
}

/** Upper bounds of the statement lengths told apart, in words. */
const LENGTHS = [3, 8, 20] as const;

function lengthBand(words: number): string {
  const bound = LENGTHS.find((b) => words <= b);
  return bound === undefined ? `>${LENGTHS.at(-1)}` : `<=${bound}`;
}

/** The names of the features a statement's evidence shows: each kind of evidence, and the pairs that interact. */
export function evidenceFeatures(evidence: Evidence): string[] {
  const { sieve, kind } = evidence;
  const cue = evidence.cueClass ?? 'none';
  const form = evidence.form ?? 'none';
  const features = [
    `sieve=${sieve}`,
    `kind=${kind}`,
    `cue=${cue}`,
    `form=${form}`,
    `words${lengthBand(evidence.words)}`,
    // A direct quotation with a pronoun beside it is as sure as one with a name; reported speech is not.
    `kind=${kind}&form=${form}`,
    `kind=${kind}&cue=${cue}`,
    `kind=${kind}&words${lengthBand(evidence.words)}`,
  ];
  if (evidence.lemma) features.push(`lemma=${evidence.lemma}`);
  if (evidence.resolved) features.push('resolved');
  if (evidence.recovered) features.push('recovered');
  return features;
}

export function probabilityOf(model: ConfidenceModel, features: readonly string[]): number {
  let score = model.bias;
  for (const feature of features) score += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-score));
}

export const CONFIDENCE_FILE = new URL('../../../models/confidence.json', import.meta.url);

/** The checks a confidence model file must pass, so that a damaged one fails loudly and not silently. */
export function parseConfidenceModel(json: string): ConfidenceModel {
  const value = JSON.parse(json) as Partial<ConfidenceModel>;
  const weights = value.weights;
  if (
    typeof value.fittedOn !== 'string' ||
    typeof value.bias !== 'number' ||
    !weights ||
    typeof weights !== 'object' ||
    !Object.values(weights).every((w) => typeof w === 'number' && Number.isFinite(w))
  ) {
    throw new Error('models/confidence.json is not a confidence model; run scripts/calibrate-confidence.ts');
  }
  return { fittedOn: value.fittedOn, bias: value.bias, weights };
}

let shipped: ConfidenceModel | undefined;

export function shippedConfidence(): ConfidenceModel {
  if (shipped === undefined) {
    if (!existsSync(CONFIDENCE_FILE)) throw new Error(`missing ${CONFIDENCE_FILE.pathname}`);
    shipped = parseConfidenceModel(readFileSync(CONFIDENCE_FILE, 'utf8'));
  }
  return shipped;
}

/** The statement's confidence, from 0.01 to 0.99 in hundredths. */
export function confidenceOf(evidence: Evidence, model: ConfidenceModel = shippedConfidence()): number {
  const p = probabilityOf(model, evidenceFeatures(evidence));
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}
