import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { entitiesNamed } from '../../query/entities.ts';
import { searchPage, searchStatements } from '../../query/search.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { statementBody } from '../ledger-bodies.ts';
import { StatementSearchResponse } from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';
import { SearchFacetQuery, SearchQuery, SearchResponse, StatementSearchQuery } from '../schemas.ts';

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over titles, bylines and text, ranked, with the matching words in context',
  description:
    'Words are all required; `"a phrase"`, `OR`, `-excluded` and `prefix*` work. Snippets are data: ' +
    'a list of pieces, each marked as matching or not, never markup. Facets narrow the documents to a ' +
    'publication date range, an outlet, or those quoting a speaker.',
  request: { query: SearchQuery.extend(SearchFacetQuery.shape) },
  responses: { 200: json(SearchResponse, 'a page of results'), ...errors(400, 404) },
});

const statements = createRoute({
  method: 'get',
  path: '/api/search/statements',
  summary: 'Statements whose words contain every word of the query, with the facets of document search',
  description: 'In date order (when said, else when published); each with its words, the query’s marked.',
  request: { query: StatementSearchQuery },
  responses: { 200: json(StatementSearchResponse, 'a page of statements'), ...errors(400, 404) },
});

export function searchRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  /** The entities a speaker facet means, and a note when it fits several. */
  const speakers = async (speaker: string | undefined, notes: string[]) => {
    if (!speaker) return undefined;
    const found = await entitiesNamed(deps.store, speaker);
    if (found.length === 0) throw new ApiError(404, 'not_found', `no entity named "${speaker}"`);
    if (found.length > 1) notes.push(`"${speaker}" names ${found.length} entities: all of them are searched`);
    return found.map((e) => e.id);
  };

  app.openapi(search, async (c) => {
    const { q, offset, limit, speaker, outlet, from, to } = c.req.valid('query');
    const speakerEntities = await speakers(speaker, []);
    const facets = { outlet, from, to, speakerEntities };
    const { results, hasMore } = await searchPage(deps.store, q, { offset, limit }, facets);
    return c.json({ query: q, offset, limit, hasMore, results }, 200);
  });

  app.openapi(statements, async (c) => {
    const { q, offset, limit, speaker, outlet, from, to, kind } = c.req.valid('query');
    const notes: string[] = [];
    const speakerEntities = await speakers(speaker, notes);
    const { total, hits } = await searchStatements(
      deps.store,
      q,
      {
        kinds: kind ? [kind] : ['direct', 'mixed', 'indirect'],
        ...(speakerEntities ? { speakerEntities } : {}),
        ...(outlet ? { outlet } : {}),
        ...(from ? { since: from } : {}),
        ...(to ? { until: to } : {}),
      },
      { offset, limit },
    );
    const results = hits.map((hit) => ({ statement: statementBody(hit.statement), pieces: hit.pieces }));
    return c.json({ query: q, total, offset, limit, notes, results }, 200);
  });
}
