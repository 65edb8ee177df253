import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { entitiesNamed, entityView, listEntities } from '../../query/entities.ts';
import { correctedFilter } from '../../query/statement-corrections.ts';
import type { ApiDeps } from '../deps.ts';
import { entitySummary } from '../ledger-bodies.ts';
import { EntityDetail, EntityIdParam, EntityList, EntityQuery } from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';

const list = createRoute({
  method: 'get',
  path: '/api/entities',
  summary: 'People, organisations, places and events, most mentioned first; by kind or by name',
  request: { query: EntityQuery },
  responses: { 200: json(EntityList, 'a page of entities and the total'), ...errors(400) },
});

const detail = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  summary: 'One entity: aliases with counts, roles with sources, statements by month, who is named with it',
  description: 'Its statements themselves are at `/api/statements?speaker=ID`.',
  request: { params: EntityIdParam },
  responses: { 200: json(EntityDetail, 'the entity'), ...errors(400, 404) },
});

/** Roles shown on an entity's page; the rest are in the export. */
const ROLES_SHOWN = 50;

export function entityRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const { offset, limit, kind, name } = c.req.valid('query');
    if (name) {
      const found = (await entitiesNamed(deps.store, name)).filter((e) => !kind || e.kind === kind);
      const page = found.slice(offset, offset + limit).map(entitySummary);
      return c.json({ total: found.length, offset, limit, entities: page }, 200);
    }
    const { total, entities } = await listEntities(deps.store, { offset, limit }, kind);
    return c.json({ total, offset, limit, entities: entities.map(entitySummary) }, 200);
  });

  app.openapi(detail, async (c) => {
    const { id } = c.req.valid('param');
    const view = await entityView(deps.store, id);
    const { entity } = view;
    const statementsByMonth = await deps.store.countQuotesByMonth(
      await correctedFilter(deps.store, { speakerEntities: [entity.id] }),
    );
    return c.json(
      {
        ...entitySummary(entity),
        aliases: [...entity.aliases].sort((a, b) => b.count - a.count),
        roles: entity.roles
          .slice(0, ROLES_SHOWN)
          .map((r) => ({ text: r.text, documentId: r.documentId, start: r.span.start, end: r.span.end })),
        statements: view.statements,
        statementsByMonth,
        coMentioned: view.coMentioned.map((m) => ({
          entity: entitySummary(m.entity),
          documents: m.documents,
        })),
        namedIn: view.documents,
      },
      200,
    );
  });
}
