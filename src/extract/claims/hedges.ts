import type { ClaimQualifier } from '../../model.ts';
import { endsWith, type Words } from './tokens.ts';

/**
 * The hedge written before a figure, mapped onto the model's qualifiers: "approximately", "around",
 * "some" and "roughly" are `about`; "almost", "close to" and "just under" are `nearly`; "upwards of",
 * "well over" and "in excess of" are `over`; "fewer than", "less than", "under" and "as many as" are `up
 * to`; "no fewer than" and "a minimum of" are `at least`; "estimated" is `an estimated`.
 */

const HEDGES: ReadonlyArray<[string[], ClaimQualifier]> = [
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['no', 'more', 'than'], 'up to'],
  [['a', 'minimum', 'of'], 'at least'],
  [['at', 'least'], 'at least'],
  [['more', 'than'], 'more than'],
  [['well', 'over'], 'over'],
  [['well', 'above'], 'over'],
  [['upwards', 'of'], 'over'],
  [['in', 'excess', 'of'], 'over'],
  [['over'], 'over'],
  [['above'], 'over'],
  [['up', 'to'], 'up to'],
  [['as', 'many', 'as'], 'up to'],
  [['as', 'much', 'as'], 'up to'],
  [['fewer', 'than'], 'up to'],
  [['less', 'than'], 'up to'],
  [['at', 'most'], 'up to'],
  [['just', 'under'], 'nearly'],
  [['under'], 'up to'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['close', 'to'], 'nearly'],
  [['an', 'estimated'], 'an estimated'],
  [['estimated'], 'an estimated'],
  [['approximately'], 'about'],
  [['approx', '.'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['circa'], 'about'],
];

export interface Hedge {
  qualifier: ClaimQualifier | null;
  /** First token of the hedge, or the amount's own first token when there is none. */
  first: number;
  /** "between 300 and 400": the amount may close its range with "and". */
  between: boolean;
}

export function hedgeBefore(words: Words, i: number): Hedge {
  if (words.lower[i - 1] === 'between') return { qualifier: null, first: i - 1, between: true };
  for (const [sequence, qualifier] of HEDGES) {
    if (endsWith(words, i, sequence)) return { qualifier, first: i - sequence.length, between: false };
  }
  return { qualifier: null, first: i, between: false };
}
