import { extractMentions } from '../../src/extract/mentions/index.ts';
import type { LocalEntity, Mention, RoleFact } from '../../src/model.ts';
import { analyzedArticle } from './analyzed.ts';

/** A fictional article's body (a title line is added) through the text stage and the mention extractor. */
export function mentionsOf(body: string): { mentions: Mention[]; roles: RoleFact[]; locals: LocalEntity[] } {
  return extractMentions(analyzedArticle(`Fictional report\n\n${body}`));
}

/** Mentions as `kind:text` in order of appearance. */
export function kindsAndTexts(body: string): string[] {
  return mentionsOf(body).mentions.map((m) => `${m.kind}:${m.text}`);
}

/** The surface texts of each chain, chain by chain. */
export function chainTexts(body: string): string[][] {
  const chains: string[][] = [];
  for (const m of mentionsOf(body).mentions) {
    chains[m.chain] ??= [];
    chains[m.chain]?.push(m.text);
  }
  return chains;
}
