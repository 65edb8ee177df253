import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { notExtracted, notExtractedNote, resolveDocumentId } from '../../query/documents.ts';
import { entitiesNamed } from '../../query/entities.ts';
import { listStatements } from '../../query/quotes.ts';
import type { QuoteFilter } from '../../store/store.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { statementBody } from '../ledger-bodies.ts';
import { StatementList, StatementQuery } from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';

const list = createRoute({
  method: 'get',
  path: '/api/statements',
  summary: 'Statements: who said what, when, where; filtered by speaker, document, kind and date',
  description:
    'In date order (when said, else when published), undated last. A speaker name that fits several ' +
    'entities gives the statements of all of them, and a note says so.',
  request: { query: StatementQuery },
  responses: { 200: json(StatementList, 'a page of statements and the total'), ...errors(400, 404) },
});

export function statementRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const filter: QuoteFilter = { kinds: query.kind };
    const notes: string[] = [];
    if (query.speaker) {
      const found = await entitiesNamed(deps.store, query.speaker);
      if (found.length === 0) throw new ApiError(404, 'not_found', `no entity named "${query.speaker}"`);
      if (found.length > 1) {
        notes.push(
          `"${query.speaker}" names ${found.length} entities: showing the statements of all of them`,
        );
      }
      filter.speakerEntities = found.map((e) => e.id);
    }
    if (query.document) filter.documentId = await resolveDocumentId(deps.store, query.document);
    if (query.since) filter.since = query.since;
    if (query.until) filter.until = query.until;
    if (query.minConfidence !== undefined) filter.minConfidence = query.minConfidence;
    const waiting = notExtractedNote(await notExtracted(deps.store, filter.documentId));
    if (waiting) notes.push(waiting);
    const { total, statements } = await listStatements(deps.store, filter, query);
    return c.json(
      { total, offset: query.offset, limit: query.limit, notes, statements: statements.map(statementBody) },
      200,
    );
  });
}
