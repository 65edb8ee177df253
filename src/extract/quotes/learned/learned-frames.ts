import type { CueMatch } from '../cues.ts';
import { boundsOf, type Frame, frameOf } from '../frames.ts';
import type { TextIndex } from '../text-index.ts';
import { tagCues } from './cue-tagger.ts';
import { hashString } from './hash.ts';
import type { QuoteModels } from './model-file.ts';
import { tagRoles } from './role-tagger.ts';
import { tokenValues } from './token-values.ts';

/** Marks of the rule cues for the cue detector's features: 1 at a cue's head, 2 elsewhere in it. */
export function ruleCueMarks(length: number, cues: readonly CueMatch[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const cue of cues) {
    for (let k = cue.first; k <= cue.last; k++) marks[k] = 2;
    marks[cue.head] = 1;
  }
  return marks;
}

/**
 * Frames found with the learned models: the cue detector reads every sentence (with the rules' cues
 * among its evidence), then for each cue the rules draw a frame and the role tagger redraws its source
 * and content.
 */
export function learnedFrames(index: TextIndex, models: QuoteModels, ruleCues: readonly CueMatch[]): Frame[] {
  const values = tokenValues(index);
  const marks = ruleCueMarks(index.tokens.length, ruleCues);
  const cues: CueMatch[] = [];
  for (const sentence of index.sentences) {
    if (sentence.endToken > sentence.firstToken) {
      cues.push(...tagCues(models.cues, index, values, marks, sentence.firstToken, sentence.endToken - 1));
    }
  }
  const cueStarts = new Set(cues.map((c) => c.first));
  const rules: Frame[] = [];
  const frames: Frame[] = [];
  for (const cue of cues) {
    const rule = frameOf(index, cue, rules.at(-1), cueStarts);
    rules.push(rule);
    frames.push(tagRoles(models.roles, index, values, rule, boundsOf(index, rule.sentence), hashString(cue.lemma)));
  }
  return frames;
}
