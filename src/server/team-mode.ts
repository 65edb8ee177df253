import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { actionOf } from '../team/audit-log.ts';
import type { TeamLedger } from '../team/team-ledger.ts';
import type { ApiToken } from '../team/tokens.ts';
import { errors, json } from './openapi.ts';

/**
 * Team mode (`attest serve --team`): every API request shows a token (`Authorization: Bearer ...`);
 * read-only tokens may only read; every action (adding sources, curating, exporting) is written to the
 * audit log with the token's holder, whatever its outcome, refusals included. The log can be read (`GET /api/audit`) and
 * nothing else: no route changes it, and the database refuses to.
 */

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const AUDIT_PAGE = { default: 100, max: 1000 };

type TeamEnv = { Variables: { teamToken: ApiToken } };

function refuse(c: Context, status: 401 | 403, code: string, message: string) {
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="attest"');
  return c.json({ error: { code, message } }, status);
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Who the request's token belongs to, in team mode; undefined on one person's ledger. */
export function tokenHolder(c: Context): string | undefined {
  return (c as unknown as Context<TeamEnv>).get('teamToken')?.name;
}

export function teamAuth(team: TeamLedger, log: (line: string) => void): MiddlewareHandler<TeamEnv> {
  return async (c, next) => {
    if (!c.req.path.startsWith('/api/')) return next();
    const secret = bearer(c.req.header('authorization'));
    if (!secret)
      return refuse(c, 401, 'unauthorized', 'this server needs an API token: Authorization: Bearer <token>');
    const token = await team.tokens.holder(secret);
    if (!token) return refuse(c, 401, 'unauthorized', 'this API token is unknown or revoked');
    if (token.readOnly && !READS.has(c.req.method)) {
      const message = `the token of ${token.name} is read-only: it cannot change the ledger`;
      c.res = refuse(c, 403, 'forbidden', message);
      // A refused attempt is an action too: the log shows who tried.
      await recordAction(team, c, token, log);
      return c.res;
    }
    c.set('teamToken', token);
    await next();
    await recordAction(team, c, token, log);
  };
}

async function recordAction(team: TeamLedger, c: Context, token: ApiToken, log: (line: string) => void) {
  const action = actionOf(c.req.method, c.req.path);
  if (!action) return;
  const url = new URL(c.req.url);
  await team.audit
    .record({
      actor: token.name,
      tokenId: token.id,
      action,
      method: c.req.method,
      path: url.pathname + url.search,
      status: c.res.status,
    })
    .catch((error: unknown) => {
      log(`audit log: could not record ${c.req.method} ${url.pathname}: ${String(error)}`);
    });
}

const AuditQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(AUDIT_PAGE.max)
    .default(AUDIT_PAGE.default)
    .openapi({ description: 'how many entries to return, newest first' }),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'only entries older than this `seq`: the next page' }),
  actor: z.string().min(1).optional().openapi({ description: 'only what this token holder did' }),
});

const AuditEntryBody = z
  .object({
    seq: z.number().int(),
    at: z.string().openapi({ example: '2026-03-04T09:12:45.118Z' }),
    actor: z.string().openapi({ example: 'Leila Farahani' }),
    tokenId: z.string(),
    action: z.enum(['add', 'curation', 'export', 'change']),
    method: z.string().openapi({ example: 'POST' }),
    path: z.string().openapi({ example: '/api/sources/upload' }),
    status: z.number().int().openapi({ example: 202 }),
  })
  .openapi('AuditEntry');

const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  summary: 'The audit log (team mode): who added, curated and exported what, newest first; read-only',
  request: { query: AuditQuery },
  responses: {
    200: json(z.object({ entries: z.array(AuditEntryBody) }), 'a page of entries'),
    ...errors(400),
  },
});

/** Installs team mode on the app: before its routes, so every route is behind a token. */
export function teamMode(app: OpenAPIHono, team: TeamLedger, log: (line: string) => void): void {
  app.use(teamAuth(team, log));
  app.openapi(auditRoute, async (c) => {
    const { limit, before, actor } = c.req.valid('query');
    return c.json({ entries: await team.audit.list({ limit, before, actor }) }, 200);
  });
}
