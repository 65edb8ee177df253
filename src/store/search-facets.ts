import { type RawBuilder, sql } from 'kysely';
import type { SearchFacets } from './store.ts';

/**
 * The facets of a search as SQL conditions on the documents table (aliased `d`), shared by both
 * engines: a date range on publication, an outlet (a site's domain, its subdomains included), and a
 * speaker (documents in which one of the entities is quoted).
 */

/** URL patterns whose host is the domain or one of its subdomains; the domain is checked to be plain. */
export function outletPatterns(domain: string): string[] {
  const host = domain.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) throw new Error(`not a domain: ${domain}`);
  return ['http://', 'https://', 'http://%.', 'https://%.'].map((scheme) => `${scheme}${host}/%`);
}

/** Whether a URL column's host is the domain: the URL as written, and with a path added when it has none. */
export function urlOnOutlet(column: RawBuilder<unknown>, domain: string): RawBuilder<boolean> {
  const tests = outletPatterns(domain).map((pattern) => sql`lower(${column}) || '/' like ${pattern}`);
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}

export function documentFacets(facets: SearchFacets): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (facets.from) conditions.push(sql`d.published >= ${facets.from}`);
  // An ISO prefix sorts before its completions: "to 2025-04" must let "2025-04-30" through.
  if (facets.to) conditions.push(sql`d.published <= ${`${facets.to}\uffff`}`);
  if (facets.outlet) {
    conditions.push(sql`exists (select 1 from sightings s where s.sha256 = d.source_sha256 and
      (${urlOnOutlet(sql.ref('s.locator'), facets.outlet)} or ${urlOnOutlet(sql.ref('s.final_url'), facets.outlet)}))`);
  }
  if (facets.speakerEntities) {
    const ids = ['', ...facets.speakerEntities];
    conditions.push(sql`exists (select 1 from quotes q join memberships m
      on m.document_id = q.document_id and m.chain = q.speaker_chain
      where q.document_id = d.id and m.entity_id in (${sql.join(ids)}))`);
  }
  return sql.join(conditions, sql` and `);
}
