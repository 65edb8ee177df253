import type { QuoteKind, Sieve } from '../../model.ts';
import type { CueClass } from './cue-lexicon.ts';
import type { SpeakerForm } from './speakers.ts';

/**
 * How sure an attribution is, from the sieve that made it and the evidence it rests on. The sieves'
 * order is their certainty: a speaker named in the same sentence, then in the sentence or paragraph
 * next to a block of quotation, then through a pronoun or description, then carried over from the
 * paragraph before, then relayed by someone else. Each weakness of the evidence takes something off.
 */

const BY_SIEVE: Record<Sieve, number> = {
  'same-sentence': 0.92,
  adjacent: 0.85,
  coreference: 0.78,
  continuation: 0.72,
  relayed: 0.7,
  unattributed: 0.3,
};

export interface Evidence {
  sieve: Sieve;
  kind: QuoteKind;
  /** The cue's class; `other` for a cue only the learned detector knows. */
  cueClass: CueClass | null;
  /** The form of the speaker's words, or null without a speaker. */
  form: SpeakerForm | null;
  /** Whether a pronoun or description was resolved to a name. */
  resolved: boolean;
  /** Whether the quotation's closing mark was missing and its end recovered. */
  recovered: boolean;
}

export function confidenceOf(evidence: Evidence): number {
  let confidence = BY_SIEVE[evidence.sieve];
  if (evidence.form === 'pronoun' && !evidence.resolved) confidence -= 0.15;
  if (evidence.form === 'description' && !evidence.resolved) confidence -= 0.1;
  if (evidence.cueClass === 'thought' || evidence.cueClass === 'evidence') confidence -= 0.1;
  if (evidence.cueClass === 'other') confidence -= 0.15;
  if (evidence.kind === 'scare') confidence -= 0.1;
  if (evidence.recovered) confidence -= 0.1;
  return Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100;
}
