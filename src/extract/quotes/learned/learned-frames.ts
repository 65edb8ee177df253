import type { CueMatch } from '../cues.ts';
import { boundsOf, type Frame, frameOf } from '../frames.ts';
import { isPersonalPronoun } from '../phrases.ts';
import { closesQuotation, type TextIndex, wordAt } from '../text-index.ts';
import { detectCues } from './cue-tagger.ts';
import { hashString } from './hash.ts';
import type { QuoteModels } from './model-file.ts';
import { documentPositions } from './positions.ts';
import { tagRoles } from './role-tagger.ts';

/** Marks of the rule cues for the cue detector's features: 1 at a cue's head, 2 elsewhere in it. */
export function ruleCueMarks(length: number, cues: readonly CueMatch[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const cue of cues) {
    for (let k = cue.first; k <= cue.last; k++) marks[k] = 2;
    marks[cue.head] = 1;
  }
  return marks;
}

/** Whether a sentence has words of its own outside quotation marks, where a cue could stand. */
function hasProse(index: TextIndex, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (index.quotationOf[k] === -1) return true;
  return false;
}

/**
 * Whether the rules' frame is the plainest of attributions, which they read as well as the model does:
 * `"...," he said.` · `"...," said Karimi.` — a whole quotation right before a one-word source or cue.
 */
function plain(index: TextIndex, frame: Frame): boolean {
  const { cue, source, content } = frame;
  const only = content.length === 1 ? content[0] : undefined;
  if (!only || !source || source.first !== source.last || !closesQuotation(index, only.last)) return false;
  const word = wordAt(index, source.first);
  const adjacent = source.last + 1 === cue.first || cue.last + 1 === source.first;
  return adjacent && (isPersonalPronoun(word) || index.tokens[source.first]?.pos === 'PROPN');
}

/**
 * Frames found with the learned models: the cue detector weighs the candidate heads of every sentence
 * with words outside quotation marks (with the rules' cues among its evidence), then for each cue the
 * rules draw a frame and the role tagger redraws its source and content, unless the frame is a plain one.
 */
export function learnedFrames(index: TextIndex, models: QuoteModels, ruleCues: readonly CueMatch[]): Frame[] {
  const positions = documentPositions(index);
  const marks = ruleCueMarks(index.tokens.length, ruleCues);
  const cues: CueMatch[] = [];
  for (const { firstToken, endToken } of index.sentences) {
    if (hasProse(index, firstToken, endToken)) {
      const from = positions.at[firstToken] as number;
      const to = positions.at[endToken - 1] as number;
      cues.push(...detectCues(models.cues, index, positions, marks, from, to));
    }
  }
  const cueStarts = new Set(cues.map((c) => c.first));
  const rules: Frame[] = [];
  const frames: Frame[] = [];
  for (const cue of cues) {
    const rule = frameOf(index, cue, rules.at(-1), cueStarts);
    rules.push(rule);
    if (plain(index, rule)) frames.push(rule);
    else
      frames.push(
        tagRoles(models.roles, positions, rule, boundsOf(index, rule.sentence), hashString(cue.lemma)),
      );
  }
  return frames;
}
