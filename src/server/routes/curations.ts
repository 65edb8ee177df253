import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CurationAction } from '../../model.ts';
import { curate, undoCuration } from '../../pipeline-curate.ts';
import { curationHistory } from '../../query/entities.ts';
import { statementFixActions } from '../../query/statement-corrections.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { curationBody } from '../ledger-bodies.ts';
import {
  CurationIdParam,
  CurationList,
  CurationRequest,
  CurationResult,
  StatementFixRequest,
  StatementIdParam,
  UndoRequest,
} from '../ledger-schemas.ts';
import { errors, json } from '../openapi.ts';
import { pageQuery } from '../schemas.ts';
import { tokenHolder } from '../team-mode.ts';

const history = createRoute({
  method: 'get',
  path: '/api/curations',
  summary: 'Every correction people made, the most recent first, undone ones included',
  request: { query: pageQuery(50) },
  responses: { 200: json(CurationList, 'a page of curations'), ...errors(400) },
});

const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const change = createRoute({
  method: 'post',
  path: '/api/curations',
  summary: 'Correct the entities: merge, split, add an alias, rename, or change a kind',
  description:
    'Stored as a curation record, the same the CLI writes (`attest entity ...`), and applied at once.',
  request: body(CurationRequest),
  responses: { 200: json(CurationResult, 'the curation made'), ...errors(400, 403, 415) },
});

const fixStatement = createRoute({
  method: 'post',
  path: '/api/statements/{id}/fix',
  summary: 'Correct a statement’s speaker or kind',
  description: 'The same curation records as `attest quotes fix`; undo them like any other.',
  request: { params: StatementIdParam, ...body(StatementFixRequest) },
  responses: { 200: json(CurationResult, 'the curations made'), ...errors(400, 403, 404, 415) },
});

const undo = createRoute({
  method: 'post',
  path: '/api/curations/{id}/undo',
  summary: 'Undo a curation: it is kept in the history, marked undone',
  request: { params: CurationIdParam, ...body(UndoRequest) },
  responses: { 200: json(CurationResult, 'the curation, undone'), ...errors(400, 403, 404, 415) },
});

export function curationRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  /** In team mode a change is the token holder's, whatever the request says; else who it names, or the server's user. */
  const curatorOf = (c: Context, named: string | undefined) => tokenHolder(c) ?? named ?? deps.curator;

  app.openapi(history, async (c) => {
    const { offset, limit } = c.req.valid('query');
    const all = (await curationHistory(deps.store)).reverse();
    const curations = all.slice(offset, offset + limit).map(curationBody);
    return c.json({ total: all.length, offset, limit, curations }, 200);
  });

  app.openapi(change, async (c) => {
    const { by, reason, ...action } = c.req.valid('json');
    const curated = await curate(deps.store, action as CurationAction, { by: curatorOf(c, by), reason });
    return c.json(
      { curations: [curationBody(curated.curation)], unapplied: curated.entities.unapplied },
      200,
    );
  });

  app.openapi(fixStatement, async (c) => {
    const { by, reason, ...fix } = c.req.valid('json');
    const actions = await statementFixActions(deps.store, c.req.valid('param').id, fix);
    const curations = [];
    for (const action of actions) {
      curations.push((await curate(deps.store, action, { by: curatorOf(c, by), reason })).curation);
    }
    return c.json({ curations: curations.map(curationBody), unapplied: [] }, 200);
  });

  app.openapi(undo, async (c) => {
    const { id } = c.req.valid('param');
    const { by } = c.req.valid('json');
    const undone = await undoCuration(deps.store, { by: curatorOf(c, by) }, id);
    if (!undone) throw new ApiError(404, 'not_found', `no curation "${id}" in force`);
    return c.json({ curations: [curationBody(undone.curation)], unapplied: undone.entities.unapplied }, 200);
  });
}
