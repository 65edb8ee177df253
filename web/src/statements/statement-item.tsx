import { Link } from 'wouter';
import type { Statement } from '../api.ts';
import { count, formatPartialDate } from '../format.ts';
import { paths } from '../routes.ts';
import { StatementFix } from './statement-fix.tsx';

const KIND_LABELS: Record<string, string> = {
  direct: 'direct quotation',
  mixed: 'partly quoted',
  indirect: 'reported speech',
  scare: 'label in quotation marks',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

/** How the speaker was found: the sieve, in words. */
const SIEVE_LABELS: Record<string, string> = {
  'same-sentence': 'speaker named in the sentence',
  adjacent: 'speaker named next to the quotation',
  coreference: 'speaker found through a pronoun or description',
  continuation: 'speaker carried over from the paragraph before',
  relayed: 'relayed by another speaker',
  unattributed: 'no attribution found',
};

/** Who said it: a link to the speaker's entity, an unnamed source as written, or that none was found. */
export function SpeakerName({ statement }: { statement: Statement }) {
  const { speaker } = statement;
  if (!speaker) return <span className="speaker speaker-none">no speaker found</span>;
  if (speaker.entity && speaker.name) {
    return (
      <Link className="speaker" href={paths.entity(speaker.entity)}>
        <bdi>{speaker.name}</bdi>
      </Link>
    );
  }
  return (
    <span className="speaker speaker-unnamed">
      <bdi>{speaker.name ?? speaker.text}</bdi>
    </span>
  );
}

/**
 * One statement: the words (isolated, so a Persian quote in an English list keeps its direction),
 * who said them, when, how, and a link to the exact characters in the source.
 */
export function StatementItem({
  statement: s,
  pieces,
  showDocument = true,
  onChanged,
}: {
  statement: Statement;
  /** The words cut into pieces with a search's matches marked; plain text when not given. */
  pieces?: ReadonlyArray<{ text: string; match: boolean }>;
  showDocument?: boolean;
  /** Called after a correction, so the list can be read again. */
  onChanged?: () => void;
}) {
  const when = s.saidOn ?? s.document.published;
  return (
    <li className="statement" data-statement={s.id}>
      <blockquote className="statement-text" dir="auto">
        {pieces
          ? pieces.map((piece, i) =>
              // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one statement never move
              piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
            )
          : s.text}
      </blockquote>
      <p className="statement-meta">
        <SpeakerName statement={s} />
        {s.cue && <span className="cue">{s.cue}</span>}
        {s.medium && (
          <span className="medium">
            <bdi>{s.medium}</bdi>
          </span>
        )}
        <span className="when">{when ? formatPartialDate(when) : 'undated'}</span>
        <span className={`kind kind-${s.kind}`}>{kindLabel(s.kind)}</span>
        <span
          className="confidence"
          title="the share of statements like it that were right when checked against annotated news"
        >
          confidence {s.confidence.toFixed(2)}, {SIEVE_LABELS[s.sieve] ?? s.sieve}
        </span>
        {s.independentSources > 1 && (
          <span className="independence">{count(s.independentSources, 'independent source')}</span>
        )}
        {s.corrections.length > 0 && <span className="corrected">corrected</span>}
      </p>
      <p className="statement-source">
        <Link href={paths.documentAt(s.document.id, s.start, s.end)}>
          {showDocument ? <bdi>{s.document.title ?? 'Untitled document'}</bdi> : 'Show in the text'}
        </Link>
        {showDocument && (
          <span className="locator">
            <bdi>{s.document.source}</bdi>
          </span>
        )}
      </p>
      {onChanged && <StatementFix statement={s} onChanged={onChanged} />}
    </li>
  );
}
