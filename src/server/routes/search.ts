import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { searchPage } from '../../query/search.ts';
import type { ApiDeps } from '../deps.ts';
import { errors, json } from '../openapi.ts';
import { SearchQuery, SearchResponse } from '../schemas.ts';

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over titles, bylines and text, ranked, with the matching words in context',
  description:
    'Words are all required; `"a phrase"`, `OR`, `-excluded` and `prefix*` work. Snippets are data: ' +
    'a list of pieces, each marked as matching or not, never markup.',
  request: { query: SearchQuery },
  responses: { 200: json(SearchResponse, 'a page of results'), ...errors(400) },
});

export function searchRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(search, async (c) => {
    const { q, offset, limit } = c.req.valid('query');
    const { results, hasMore } = await searchPage(deps.store, q, { offset, limit });
    return c.json({ query: q, offset, limit, hasMore, results }, 200);
  });
}
