import type { AnalyzedDocument, DateRef, Mention, Quote, RoleFact, Span } from '../../model.ts';
import { attributeStatements, type Statement } from './attribution.ts';
import { findCues } from './cues.ts';
import { findFrames } from './frames.ts';
import { learnedFrames } from './learned/learned-frames.ts';
import { type QuoteModels, shippedModels } from './learned/model-file.ts';

import { findQuotations } from './quotation-marks.ts';

import { indexText, type TextIndex, tokenSpan } from './text-index.ts';

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
}

function textOf(index: TextIndex, span: Span): string {
  return index.text.slice(span.start, span.end);
}

function quoteOf(index: TextIndex, documentId: string, statement: Statement): Quote {
  const { frame } = statement;
  const source = frame?.source ? tokenSpan(index, frame.source.first, frame.source.last) : null;
  const cue = frame ? tokenSpan(index, frame.cue.first, frame.cue.last) : null;
  return {
    documentId,
    span: statement.span,
    text: textOf(index, statement.span),
    kind: statement.kind,
    speaker: source
      ? {
          span: source,
          text: textOf(index, source),
          antecedent: null,
          chain: null,
          entityId: null,
          unnamed: false,
        }
      : null,
    cue: cue && frame ? { span: cue, text: textOf(index, cue), lemma: frame.cue.lemma } : null,
    medium: null,
    saidOn: null,
    via: null,
    sieve: statement.sieve,
    confidence: statement.sieve === 'unattributed' ? 0.2 : 0.8,
  };
}

/** Every statement in the document, with its speaker, cue, medium and date where the text gives them. */
export function extractQuotes(
  analyzed: AnalyzedDocument,
  context: QuoteContext,
  options: QuoteOptions = {},
): Quote[] {
  void context;
  void options;
  const quotations = findQuotations(analyzed.document.text, analyzed.document.paragraphs);
  const index = indexText(analyzed, quotations);
  const ruleCues = findCues(index);
  const models = options.learned === false ? null : (options.models ?? shippedModels());
  const frames = models ? learnedFrames(index, models, ruleCues) : findFrames(index, ruleCues);
  return attributeStatements(index, frames).map((s) => quoteOf(index, analyzed.document.id, s));
}
