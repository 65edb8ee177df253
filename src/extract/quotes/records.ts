import type { Cue, DateRef, Mention, Quote, RoleFact, Speaker } from '../../model.ts';
import { confidenceOf } from './confidence.ts';
import { isPassive } from './cues.ts';
import type { Statement } from './frame-statements.ts';
import type { Frame } from './frames.ts';
import { mediumOf } from './medium.ts';
import { capitalised, type TokenRange } from './phrases.ts';
import type { Relayed } from './relay.ts';
import { saidOnOf } from './said-on.ts';
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

/** Words that stand for people on their own: "many believe", "others said". */
const STANDING_ALONE = new Set([
  'many',
  'some',
  'others',
  'another',
  'most',
  'few',
  'several',
  'both',
  'all',
]);

/** How long a source may be in tokens; longer when it opens with a name that its appositives describe. */
const LENGTH = 30;
const NAMED_LENGTH = 50;

/**
 * Whether a source can be a speaker at all: a phrase of at most thirty words (fifty after a name: "Ana
 * Ruiz, an economist who ...") with a noun, a name or a pronoun, that starts with none of a verb, a preposition or a conjunction, and stays out of quotation
 * marks unless its words are relayed from within a quotation (`quoted`). A capitalised word inside the
 * sentence is a name whatever the tagger says ("Lynch said", "Rush told"). A wrong speaker is worse
 * than none, so an odd one is dropped.
 */
function plausible(index: TextIndex, range: TokenRange, quoted: boolean): boolean {
  const name = (k: number) => capitalised(index, k);
  const first = name(range.first) ? 'PROPN' : index.tokens[range.first]?.pos;
  if (range.last - range.first > (first === 'PROPN' ? NAMED_LENGTH : LENGTH)) return false;
  if (first === 'VERB' || first === 'ADP' || first === 'CCONJ' || first === 'SCONJ' || first === 'PUNCT')
    return false;
  for (let k = range.first; k <= range.last; k++) {
    if (index.quotationOf[k] !== -1 && !quoted) return false;
    const pos = index.tokens[k]?.pos;
    if (
      name(k) ||
      pos === 'NOUN' ||
      pos === 'PROPN' ||
      pos === 'PRON' ||
      pos === 'NUM' ||
      STANDING_ALONE.has(index.words[k] ?? '')
    ) {
      return true;
    }
  }
  return false;
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
    !plausible(context.index, frame.source, quoted)
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

export function quoteRecords(
  context: RecordContext,
  statements: readonly Statement[],
  relayed: readonly Relayed[],
): Quote[] {
  const { index, documentId, mentions, dates } = context;
  const speakerContext: SpeakerContext = { index, mentions, roles: context.roles };
  const via = new Map<Statement, Frame>(relayed.map((r) => [r.statement, r.via]));
  const all = [...statements, ...relayed.map((r) => r.statement)].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const speakers: Mention[] = [];
  const quotes: Quote[] = [];
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
    quotes.push({
      documentId,
      span: statement.span,
      text: index.text.slice(statement.span.start, statement.span.end),
      kind: statement.kind,
      speaker,
      cue: frame ? cueOf(index, frame) : null,
      medium: frame ? mediumOf(index, frame, mentions) : null,
      saidOn: frame ? saidOnOf(index, frame, dates) : null,
      via: relayer?.speaker ?? null,
      sieve,
      confidence: confidenceOf({
        sieve,
        kind: statement.kind,
        cueClass: frame?.cue.cueClass ?? null,
        form: resolved?.form ?? null,
        resolved: resolved?.resolved ?? false,
        recovered: statement.quotation !== null && !statement.quotation.closed,
      }),
    });
  }
  return quotes;
}
