import type { Frame } from '../frames.ts';
import { quotationAt, type TextIndex, wordAt } from '../text-index.ts';

/** Punctuation that sets a quotation off from the writer's words before it. */
const LEADS = new Set(['-', '--', '–', '—', ':']);

/**
 * The content before the cue without the writer's words leading up to a quotation after a dash or a
 * colon: in `Ana doubted the plan - “It will never work,” she said.` what she said is the quotation;
 * the words before the dash are the writer's summary, which the tagger, reading up to the sentence's
 * start, takes in as well.
 */
export function withoutLeadBeforeQuotation(index: TextIndex, frame: Frame): Frame {
  const { content, cue } = frame;
  let changed = false;
  const trimmed = content.map((range) => {
    if (range.last >= cue.first) return range;
    const quotation = quotationAt(index, range.last);
    if (!quotation || quotation.lastToken !== range.last || quotation.firstToken <= range.first) return range;
    if (!LEADS.has(wordAt(index, quotation.firstToken - 1))) return range;
    changed = true;
    return { first: quotation.firstToken, last: range.last };
  });
  return changed ? { ...frame, content: trimmed } : frame;
}
