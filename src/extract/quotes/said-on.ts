import type { DateRef, PartialDate, Span } from '../../model.ts';
import type { Frame } from './frames.ts';
import { type TextIndex, tokenAt, tokenSpan } from './text-index.ts';

/**
 * When the words were said, when the attribution dates them: the date extractor's date that stands in
 * the cue's sentence outside what is said and outside quotation marks, nearest to the cue ("said on
 * Monday", "in a speech on May 4", "On Friday, Karimi told reporters ..."). Dates inside the content, or
 * after it when it follows the cue, are what the words are about, not when they were said.
 */
export function saidOnOf(index: TextIndex, frame: Frame, dates: readonly DateRef[]): PartialDate | null {
  const sentence = index.sentences[frame.sentence];
  if (!sentence) return null;
  const content: Span[] = frame.content.map((c) => tokenSpan(index, c.first, c.last));
  const cue = tokenSpan(index, frame.cue.first, frame.cue.last);
  const quoted = (span: Span) => index.quotationOf[tokenAt(index.tokens, span.start)] !== -1;
  const inside = (span: Span, spans: readonly Span[]) =>
    spans.some((s) => s.start <= span.start && span.end <= s.end);
  // "X said (that) ...": what follows the cue's words belongs to the report ("..., which included free
  // schooling in early 2003"), so only a date before them dates the saying.
  const contentStart = Math.min(...content.map((c) => c.start));
  const reportFollows = contentStart >= cue.end;
  let best: DateRef | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const date of dates) {
    if (date.span.start < sentence.start || date.span.end > sentence.end) continue;
    if (inside(date.span, content) || quoted(date.span)) continue;
    if (reportFollows && date.span.start >= contentStart) continue;

    const d = date.span.start >= cue.end ? date.span.start - cue.end : cue.start - date.span.end;
    if (d < distance) {
      distance = d;
      best = date;
    }
  }
  return best ? { value: best.value, precision: best.precision } : null;
}
