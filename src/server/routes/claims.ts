import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { claimClusters, claimClusterView } from '../../query/claims.ts';
import type { ApiDeps } from '../deps.ts';
import { claimClusterBody } from '../ledger-bodies.ts';
import { ClaimCluster, ClaimList, ClaimQuery } from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';

const list = createRoute({
  method: 'get',
  path: '/api/claims',
  summary: 'Figures stated across sources, grouped: each source’s value and hedge, and how independently',
  description: 'Clusters carried by the most documents first; `text` keeps those whose words contain it.',
  request: { query: ClaimQuery },
  responses: { 200: json(ClaimList, 'a page of claim clusters'), ...errors(400) },
});

const detail = createRoute({
  method: 'get',
  path: '/api/claims/{id}',
  summary: 'One claim cluster: every source, earliest first, with its value, hedge, date and outlet',
  request: {
    params: z.object({
      id: z
        .string()
        // "claims:died person:300": what is counted, in words, and the least value.
        .regex(/^claims:[^/\p{Cc}]{1,300}$/u, {
          error: 'a claim cluster id is "claims:" followed by its key',
        })
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: { 200: json(ClaimCluster, 'the cluster'), ...errors(400, 404) },
});

export function claimRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const { offset, limit, text, minDocuments } = c.req.valid('query');
    const found = await claimClusters(
      deps.store,
      { text: text || undefined, minDocuments },
      { offset, limit },
    );
    return c.json(
      { offset, limit, clusters: found.map(({ summary, view }) => claimClusterBody(summary, view)) },
      200,
    );
  });

  app.openapi(detail, async (c) => {
    const view = await claimClusterView(deps.store, c.req.valid('param').id);
    return c.json(claimClusterBody(null, view), 200);
  });
}
