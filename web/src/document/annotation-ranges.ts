import type { DocumentAnnotations, Statement } from '../api.ts';
import { paths } from '../routes.ts';
import type { TextRange } from '../text/segments.ts';

/** What the document page can highlight, each a layer the reader turns on and off. */
export type Layer = 'statements' | 'names' | 'dates' | 'figures';
export const LAYERS: readonly Layer[] = ['statements', 'names', 'dates', 'figures'];

/** Speakers get one of this many colours, in order of first appearance. */
const SPEAKER_COLOURS = 6;

export interface SpeakerKey {
  key: string;
  name: string;
  entity: string | null;
  colour: number | null;
  statements: number;
}

function speakerKey(s: Statement): string {
  return s.speaker ? (s.speaker.entity ?? `text:${s.speaker.name ?? s.speaker.text}`) : 'none';
}

/** Each speaker of the document, with its colour and how many statements it has here. */
export function speakersOf(statements: readonly Statement[]): SpeakerKey[] {
  const found = new Map<string, SpeakerKey>();
  for (const s of statements) {
    const key = speakerKey(s);
    const known = found.get(key);
    if (known) {
      known.statements += 1;
      continue;
    }
    const named = key !== 'none';
    const colour = named
      ? [...found.values()].filter((k) => k.colour !== null).length % SPEAKER_COLOURS
      : null;
    found.set(key, {
      key,
      name: s.speaker ? (s.speaker.name ?? s.speaker.text) : 'no speaker found',
      entity: s.speaker?.entity ?? null,
      colour,
      statements: 1,
    });
  }
  return [...found.values()];
}

export function speakerClass(colour: number | null): string {
  return colour === null ? 'statement-none' : `statement-s${colour}`;
}

function value(n: number, max: number | null): string {
  return max === null ? n.toLocaleString('en') : `${n.toLocaleString('en')}–${max.toLocaleString('en')}`;
}

/** The highlighted ranges of the layers shown: statements by speaker, names linked, dates, figures. */
export function annotationRanges(found: DocumentAnnotations, shown: ReadonlySet<Layer>): TextRange[] {
  const ranges: TextRange[] = [];
  if (shown.has('statements')) {
    const colours = new Map(speakersOf(found.statements).map((k) => [k.key, k]));
    for (const s of found.statements) {
      const speaker = colours.get(speakerKey(s));
      ranges.push({
        start: s.start,
        end: s.end,
        kind: speakerClass(speaker?.colour ?? null),
        label: `Statement by ${speaker?.name ?? 'no speaker found'} (${s.kind})`,
      });
    }
  }
  if (shown.has('names')) {
    for (const m of found.mentions) {
      ranges.push({
        start: m.start,
        end: m.end,
        kind: 'mention',
        label: m.name ? `${m.name} (${m.kind})` : m.kind,
        ...(m.entity ? { href: paths.entity(m.entity) } : {}),
      });
    }
  }
  if (shown.has('dates')) {
    for (const d of found.dates) {
      ranges.push({ start: d.start, end: d.end, kind: 'date', label: `Date: ${d.value} (${d.calendar})` });
    }
  }
  if (shown.has('figures')) {
    for (const c of found.claims) {
      const what = c.what ? ` ${c.what}` : '';
      ranges.push({
        start: c.start,
        end: c.end,
        kind: 'figure',
        label: `Figure: ${value(c.value, c.valueMax)}${what} (${c.qualifier})`,
      });
    }
  }
  return ranges;
}
