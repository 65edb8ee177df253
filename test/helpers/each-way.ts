import { extractQuotes } from '../../src/extract/quotes/index.ts';
import { analyzedArticle } from './analyzed.ts';

/**
 * An article's statements as [words, speaker, cue], read with the learned models and by the rules
 * alone: the rules must be right on their own, and the models read what the rules made of each cue.
 */
export function eachWay(source: string) {
  return [true, false].map((learned) => ({
    learned,
    found: extractQuotes(analyzedArticle(source), { mentions: [], roles: [], dates: [] }, { learned }).map(
      (q) => [q.text, q.speaker?.text, q.cue?.text],
    ),
  }));
}
