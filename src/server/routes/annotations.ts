import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { annotatedDocumentView } from '../../query/documents.ts';
import { listStatements } from '../../query/quotes.ts';
import type { ApiDeps } from '../deps.ts';
import { statementBody } from '../ledger-bodies.ts';
import { DocumentAnnotations } from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';
import { DocumentIdParam } from '../schemas.ts';

const annotations = createRoute({
  method: 'get',
  path: '/api/documents/{id}/annotations',
  summary: 'What was found in one document: statements with speakers, names with entities, dates, figures',
  description: 'Spans count UTF-16 code units of the document’s clean text.',
  request: { params: DocumentIdParam },
  responses: { 200: json(DocumentAnnotations, 'the annotations'), ...errors(400, 404) },
});

/** More statements than one article holds; the bound keeps a pathological document from flooding the page. */
const STATEMENTS_PER_DOCUMENT = 2000;

export function annotationRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(annotations, async (c) => {
    const view = await annotatedDocumentView(deps.store, c.req.valid('param').id);
    const id = view.document.id;
    const { mentions, dates, claims } = view.annotations;
    const [{ statements }, names] = await Promise.all([
      listStatements(deps.store, { documentId: id }, { offset: 0, limit: STATEMENTS_PER_DOCUMENT }),
      entityNames(deps, [...new Set(mentions.map((m) => m.entityId).filter((e): e is string => e !== null))]),
    ]);
    return c.json(
      {
        id,
        statements: statements.map(statementBody),
        mentions: mentions.map((m) => ({
          ...m.span,
          text: m.text,
          kind: m.kind,
          entity: m.entityId,
          name: m.entityId ? (names.get(m.entityId) ?? null) : null,
        })),
        dates: dates.map((d) => ({
          ...d.span,
          text: d.text,
          value: d.value,
          precision: d.precision,
          calendar: d.calendar,
        })),
        claims: claims.map((k) => ({
          ...k.span,
          text: k.text,
          value: k.value,
          valueMax: k.valueMax,
          qualifier: k.qualifier,
          what: k.what,
        })),
      },
      200,
    );
  });
}

async function entityNames(deps: ApiDeps, ids: string[]): Promise<Map<string, string>> {
  const found = await Promise.all(ids.map((id) => deps.store.getEntity(id)));
  return new Map(found.flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
}
