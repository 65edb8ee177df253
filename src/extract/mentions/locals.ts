import type { LocalEntity, Mention, RoleFact } from '../../model.ts';

/**
 * One `LocalEntity` per chain: the most complete name (most words, then most used, then first seen),
 * every surface name with its count, the acronyms, titles and roles the document gives it.
 */

const ACRONYM = /^[\p{Lu}\p{N}.&/-]{2,10}$/u;

function wordsIn(name: string): number {
  let words = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) words++;
  return words;
}

export function localEntitiesOf(mentions: readonly Mention[], roles: readonly RoleFact[]): LocalEntity[] {
  const byChain = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = byChain.get(mention.chain) ?? [];
    list.push(mention);
    byChain.set(mention.chain, list);
  }
  const rolesByChain = new Map<number, string[]>();
  for (const role of roles) {
    const list = rolesByChain.get(role.chain);
    if (list) list.push(role.text);
    else rolesByChain.set(role.chain, [role.text]);
  }
  const locals: LocalEntity[] = [];
  for (const [chain, members] of [...byChain].sort((a, b) => a[0] - b[0])) {
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const names = [...counts].map(([name, count]) => ({ name, count }));
    const full = names.filter((n) => !ACRONYM.test(n.name));
    let best = (full.length > 0 ? full : names)[0];
    for (const n of full.length > 0 ? full : names) {
      if (!best) break;
      const more = wordsIn(n.name) - wordsIn(best.name);
      if (more > 0 || (more === 0 && n.count > best.count)) best = n;
    }
    const acronyms = full.length > 0 ? names.filter((n) => ACRONYM.test(n.name)).map((n) => n.name) : [];
    const first = members[0];
    if (!first || !best) continue;
    locals.push({
      documentId: first.documentId,
      chain,
      kind: first.kind,
      name: best.name,
      names,
      acronyms,
      titles: [...new Set(members.flatMap((m) => m.titles))],
      roles: [...new Set(rolesByChain.get(chain) ?? [])],
    });
  }
  return locals;
}
