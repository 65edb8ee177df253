import type { Cue, DateRef, Mention, Quote, RoleFact, Speaker } from '../../model.ts';
import { type ConfidenceModel, confidenceOf, type Evidence, shippedConfidence } from './confidence.ts';
import { isPassive } from './cues.ts';
import type { Statement } from './frame-statements.ts';
import type { Frame } from './frames.ts';
import { mediumOf } from './medium.ts';
import type { Relayed } from './relay.ts';
import { saidOnOf } from './said-on.ts';
import { plausibleSource } from './source-plausibility.ts';
import { type ResolvedSpeaker, resolveSpeaker, type SpeakerContext } from './speakers.ts';
import { type TextIndex, tokenSpan } from './text-index.ts';

/**
 * Statements made into the records Attest stores and exports: the speaker resolved, the cue, the medium
 * and the date of the words, the one who relays them, the sieve and the confidence.
 */

export interface RecordContext {
  index: TextIndex;
  documentId: string;
  mentions: readonly Mention[];
  roles: readonly RoleFact[];
  dates: readonly DateRef[];
}

function cueOf(index: TextIndex, frame: Frame): Cue {
  const span = tokenSpan(index, frame.cue.first, frame.cue.last);
  return { span, text: index.text.slice(span.start, span.end), lemma: frame.cue.lemma };
}

/** A speaker known only from a neighbour: its words stand elsewhere, so its own span is null. */
function inferred(speaker: Speaker): Speaker {
  return { ...speaker, span: null, antecedent: speaker.antecedent ?? speaker.span };
}

/** The speaker of a frame; `quoted` for a frame within a quotation (relayed words), whose source is too. */
function resolve(
  context: SpeakerContext,
  frame: Frame | null,
  speakers: readonly Mention[],
  quoted = false,
): ResolvedSpeaker | null {
  if (
    !frame?.source ||
    isPassive(context.index, frame.cue) ||
    !plausibleSource(context.index, frame.source, quoted)
  )
    return null;

  return resolveSpeaker(context, frame.source, frame.sourceAntecedent, speakers);
}

/** The mention a speaker record names, directly or through its antecedent. */
function speakingMention(mentions: readonly Mention[], speaker: Speaker): Mention | undefined {
  const at = speaker.antecedent ?? speaker.span;
  if (!at || speaker.chain === null) return undefined;
  return mentions.find((m) => m.chain === speaker.chain && m.span.start < at.end && at.start < m.span.end);
}

/** A statement's record, with the evidence its confidence was weighed on. */
export interface StatementRecord {
  quote: Quote;
  evidence: Evidence;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w.length > 0).length;
}

export function quoteRecords(
  context: RecordContext,
  statements: readonly Statement[],
  relayed: readonly Relayed[],
  confidence: ConfidenceModel = shippedConfidence(),
): StatementRecord[] {
  const { index, documentId, mentions, dates } = context;
  const speakerContext: SpeakerContext = { index, mentions, roles: context.roles };
  const via = new Map<Statement, Frame>(relayed.map((r) => [r.statement, r.via]));
  const all = [...statements, ...relayed.map((r) => r.statement)].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const speakers: Mention[] = [];
  const records: StatementRecord[] = [];
  const seen = new Set<string>();
  for (const statement of all) {
    // One record a span: its id derives from the span.
    const key = `${statement.span.start}-${statement.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const { frame } = statement;
    const resolved = resolve(speakerContext, frame, speakers, statement.sieve === 'relayed');

    const found = !resolved && statement.sieve !== 'relayed' ? 'unattributed' : statement.sieve;
    const sieve = found === 'same-sentence' && resolved?.resolved ? 'coreference' : found;
    const relay = via.get(statement);
    const relayer = relay ? resolve(speakerContext, relay, speakers) : null;
    const speaker = resolved
      ? sieve === 'continuation'
        ? inferred(resolved.speaker)
        : resolved.speaker
      : null;
    const named = speaker ? speakingMention(mentions, speaker) : undefined;
    if (named) speakers.push(named);
    const text = index.text.slice(statement.span.start, statement.span.end);
    const evidence: Evidence = {
      sieve,
      kind: statement.kind,
      lemma: frame?.cue.lemma ?? null,
      cueClass: frame?.cue.cueClass ?? null,
      form: resolved?.form ?? null,
      resolved: resolved?.resolved ?? false,
      recovered: statement.quotation !== null && !statement.quotation.closed,
      words: wordCount(text),
    };
    const quote: Quote = {
      documentId,
      span: statement.span,
      text,
      kind: statement.kind,
      speaker,
      cue: frame ? cueOf(index, frame) : null,
      medium: frame ? mediumOf(index, frame, mentions) : null,
      saidOn: frame ? saidOnOf(index, frame, dates) : null,
      via: relayer?.speaker ?? null,
      sieve,
      confidence: confidenceOf(evidence, confidence),
    };
    records.push({ quote, evidence });
  }
  return records;
}
