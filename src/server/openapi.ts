import type { z } from '@hono/zod-openapi';
import { ErrorBody } from './schemas.ts';

/** Pieces of route declarations that every route repeats. */

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const ERROR_DESCRIPTIONS = {
  400: 'invalid request: the message says which parameter and why',
  403: 'refused: a request from another site, or to a name this server does not answer to',
  404: 'not found',
  413: 'the request body is over the upload limit',
  415: 'unsupported Content-Type',
} as const;

/** Error responses, all with the `{error: {code, message}}` body. */
export function errors<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, json(ErrorBody, ERROR_DESCRIPTIONS[s])])) as Record<
    S,
    ReturnType<typeof json<typeof ErrorBody>>
  >;
}
