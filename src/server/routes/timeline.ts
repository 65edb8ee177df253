import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { withStatementFixes } from '../../query/statement-corrections.ts';
import { timeline } from '../../query/timeline.ts';
import type { ApiDeps } from '../deps.ts';
import { entitySummary, statementBody } from '../ledger-bodies.ts';
import { TimelineBody, TimelineQuery } from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';

const route = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'Dated events and statements in calendar order, with their sources; for one actor or all',
  description:
    'Events are the dates the documents mention (with the sentence they stand in) and statements (when ' +
    'said, else when published). `statementsByMonth` counts the statements of the same filter, for a chart.',
  request: { query: TimelineQuery },
  responses: { 200: json(TimelineBody, 'a page of the timeline'), ...errors(400, 404) },
});

export function timelineRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(route, async (c) => {
    const { offset, limit, entity, from, to, kind } = c.req.valid('query');
    const found = await timeline(
      deps.store,
      { entity, from, to, kinds: kind ? [kind] : undefined },
      { offset, limit },
    );
    const statementsByMonth = await deps.store.countQuotesByMonth({
      kinds: ['direct', 'mixed', 'indirect'],
      ...(entity ? { speakerEntities: found.entities.map((e) => e.id) } : {}),
      ...(from ? { since: from } : {}),
      ...(to ? { until: to } : {}),
    });
    // People's fixes to a statement's speaker or kind show here as everywhere else.
    const fixed = new Map(
      (
        await withStatementFixes(
          deps.store,
          found.events.flatMap((e) => (e.statement ? [e.statement] : [])),
        )
      ).map((s) => [s.id, s]),
    );
    return c.json(
      {
        total: found.total,
        offset,
        limit,
        entities: found.entities.map(entitySummary),
        statementsByMonth,
        events: found.events.map((e) => ({
          kind: e.kind,
          when: e.when,
          document: e.document,
          start: e.span.start,
          end: e.span.end,
          text: e.text,
          sentence: e.sentence?.text ?? null,
          statement: e.statement ? statementBody(fixed.get(e.statement.id) ?? e.statement) : null,
        })),
      },
      200,
    );
  });
}
