import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { NotFound } from '../query/documents.ts';
import { InvalidQuery } from '../query/search.ts';
import { TimelineTooDeep } from '../query/timeline.ts';

/** Every error the API answers with: `{error: {code, message}}`, the message written for a person. */
export type ErrorCode =
  | 'invalid_request'
  | 'invalid_query'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'forbidden'
  | 'internal';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** `limit: expected a whole number from 1 to 100; q: type the words to search for` */
export function describeIssues(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Runs after every request validator: a failed validation becomes a 400 that says what was wrong. */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  return errorResponse(c, 400, 'invalid_request', describeIssues(result.error));
}

/** Hono's own exceptions that reach us: malformed bodies, wrong media types, oversized requests. */
function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 415) {
    return new ApiError(415, 'unsupported_media_type', 'unsupported Content-Type for this request');
  }
  if (error.status === 413) return new ApiError(413, 'payload_too_large', 'the request body is too large');
  if (error.status >= 400 && error.status < 500) {
    return new ApiError(error.status, 'invalid_request', error.message || 'invalid request');
  }
  return new ApiError(500, 'internal', 'internal error');
}

/** Maps what a handler throws to an error response; anything unexpected is logged and answered with 500. */
export function onError(error: Error, c: Context, log: (line: string) => void): Response {
  let known: ApiError | undefined;
  if (error instanceof ApiError) known = error;
  else if (error instanceof NotFound) known = new ApiError(404, 'not_found', error.message);
  else if (error instanceof InvalidQuery) known = new ApiError(400, 'invalid_query', error.message);
  else if (error instanceof TimelineTooDeep) known = new ApiError(400, 'invalid_request', error.message);
  else if (error instanceof HTTPException) known = fromHttpException(error);
  if (known && known.status < 500) return errorResponse(c, known.status, known.code, known.message);
  log(`internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
  return errorResponse(c, 500, 'internal', 'internal error: the server log has the details');
}
