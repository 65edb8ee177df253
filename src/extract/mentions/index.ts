import type { AnalyzedDocument, LocalEntity, Mention, RoleFact } from '../../model.ts';
import { tiesOf } from './acronyms.ts';
import { candidatesOf } from './candidates.ts';
import { chainsOf } from './chains.ts';
import { localEntitiesOf } from './locals.ts';
import { mergeCandidates, patternCandidates } from './patterns.ts';
import { roleFactsOf } from './roles.ts';
import { wordsOf } from './words.ts';

export interface ExtractedMentions {
  mentions: Mention[];
  roles: RoleFact[];
  locals: LocalEntity[];
}

/**
 * The people, organisations, places and named events of one document: each mention with its span,
 * kind, titles and chain (every mention of one actor in the document shares a chain), the roles the
 * document gives them, and one local entity per chain. `entityId` stays null: the resolve stage sets it.
 */
export function extractMentions(analyzed: AnalyzedDocument): ExtractedMentions {
  const { document } = analyzed;
  const { words, lowerVocabulary } = wordsOf(analyzed);
  const candidates = mergeCandidates(
    candidatesOf(document.text, words, lowerVocabulary),
    patternCandidates(words),
  );
  const { chains, kinds } = chainsOf(
    document.text,
    words,
    candidates,
    tiesOf(document.text, words, candidates),
  );
  const mentions: Mention[] = [];
  for (const [i, c] of candidates.entries()) {
    const chain = chains[i] ?? -1;
    if (chain < 0) continue;
    mentions.push({
      documentId: document.id,
      span: c.span,
      text: document.text.slice(c.span.start, c.span.end),
      kind: kinds[chain] ?? c.kind,
      titles: c.titles,
      chain,
      entityId: null,
    });
  }
  const roles = roleFactsOf(document.id, document.text, words, candidates, chains);
  return { mentions, roles, locals: localEntitiesOf(mentions, roles) };
}
