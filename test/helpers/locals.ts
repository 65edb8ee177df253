import type { LocalEntity, MentionKind } from '../../src/model.ts';

/** A local entity as a document's extraction would give it: `names` as `name` or `name×count`. */
export function local(
  documentId: string,
  chain: number,
  kind: MentionKind,
  names: string[],
  extra: Partial<Pick<LocalEntity, 'acronyms' | 'titles' | 'roles'>> = {},
): LocalEntity {
  const counted = names.map((n) => {
    const [name = '', count = '1'] = n.split('×');
    return { name, count: Number(count) };
  });
  const best = [...counted].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)[0];
  return {
    documentId,
    chain,
    kind,
    name: best?.name ?? '',
    names: counted,
    acronyms: extra.acronyms ?? [],
    titles: extra.titles ?? [],
    roles: extra.roles ?? [],
  };
}
