import type { AnalyzedDocument, DateRef, Mention, Quote, RoleFact } from '../../model.ts';
import { attributeStatements } from './attribution.ts';
import type { ConfidenceModel } from './confidence.ts';
import { withoutCoordinatedClauses } from './coordinated-cues.ts';
import { findCues } from './cues.ts';
import { findFrames } from './frames.ts';
import { learnedFrames } from './learned/learned-frames.ts';
import { type QuoteModels, shippedModels } from './learned/model-file.ts';
import { coveringFrames, outermost, withoutParticipleClauses } from './nesting.ts';
import { withoutWhatWasNotSaid } from './not-said.ts';
import { findQuotations } from './quotation-marks.ts';
import { quoteRecords, type StatementRecord } from './records.ts';
import { relayedStatements } from './relay.ts';
import { indexText } from './text-index.ts';

/**
 * Statements: every quotation and reported statement of a document, with its speaker, cue, medium and
 * date, found by rules and, where they do better, by the learned taggers (see README.md, Statements).
 */

/** What the other extractors found in the same document, which attribution builds on. */
export interface QuoteContext {
  mentions: Mention[];
  roles: RoleFact[];
  dates: DateRef[];
}

export interface QuoteOptions {
  /** Use the learned models where they beat the rules (default true). */
  learned?: boolean;
  /** The learned models to use instead of the shipped ones (to compare trained variants). */
  models?: QuoteModels;
  /** The confidence model to use instead of the shipped one (to fit a new one). */
  confidence?: ConfidenceModel;
}

/** Every statement in the document, with its speaker, cue, medium and date where the text gives them. */
export function extractQuotes(
  analyzed: AnalyzedDocument,
  context: QuoteContext,
  options: QuoteOptions = {},
): Quote[] {
  return extractStatements(analyzed, context, options).map((s) => s.quote);
}

/** The statements with the evidence each one's confidence was weighed on (to fit and check that weighing). */
export function extractStatements(
  analyzed: AnalyzedDocument,
  context: QuoteContext,
  options: QuoteOptions = {},
): StatementRecord[] {
  const { document } = analyzed;
  const quotations = findQuotations(document.text, document.paragraphs);
  const index = indexText(analyzed, quotations);
  const ruleCues = findCues(index);
  const models = options.learned === false ? null : (options.models ?? shippedModels());
  const drawn = models ? learnedFrames(index, models, ruleCues) : findFrames(index, ruleCues);
  const frames = withoutCoordinatedClauses(
    index,
    withoutParticipleClauses(index, withoutWhatWasNotSaid(index, drawn)),
  );
  const covering = coveringFrames(frames);
  const kept = outermost(index, frames, covering);
  const statements = attributeStatements(index, kept);
  const relayed = relayedStatements(index, frames, kept, statements, covering);
  const mentions = [...context.mentions].sort((a, b) => a.span.start - b.span.start);
  const records = { index, documentId: document.id, mentions, roles: context.roles, dates: context.dates };
  return quoteRecords(records, statements, relayed, options.confidence);
}
