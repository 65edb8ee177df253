import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.ts';

/**
 * Article content is hostile. The page never injects it as markup, and these headers make sure that
 * even a mistake could not run it: only our own script and style files load, no inline script or style,
 * no plug-ins, no framing, no base-URL tricks, and Trusted Types turn any HTML string sink into an error.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** Sets the headers on every response; a route may have set a stricter one of its own, which is kept. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of SECURITY_HEADERS)
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}

/**
 * The names a server bound to a loopback address answers to. A web page elsewhere can point its own
 * domain at 127.0.0.1 (DNS rebinding) and read the ledger through it; its requests carry its own name
 * in `Host`, so they are refused. Null when the server was bound to another address on purpose.
 */
export function loopbackHosts(host: string, port: number): string[] | null {
  const loopback = ['127.0.0.1', 'localhost', '::1', '[::1]'];
  if (!loopback.includes(host)) return null;
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  // Browsers leave the default port out of `Host`.
  return [...names.map((name) => `${name}:${port}`), ...(port === 80 ? names : [])];
}

/** `allowed` is read on each request: a server told to pick a free port learns it only once it listens. */
export function hostCheck(allowed: () => readonly string[] | null): MiddlewareHandler {
  return async (c, next) => {
    const names = allowed();
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (names && !names.includes(host)) {
      return errorResponse(
        c,
        403,
        'forbidden',
        `this server answers only to ${names.join(', ')}; start it with --host to serve another name`,
      );
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes the ledger must come from our own page (or from a program, which sends
 * neither header). A form on another site can post files here without a preflight; the browser's
 * `Sec-Fetch-Site` and `Origin` headers tell such a request apart.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const own = `${new URL(c.req.url).protocol}//${c.req.header('host') ?? ''}`;
      const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (crossSite || (origin !== undefined && origin !== own)) {
        return errorResponse(c, 403, 'forbidden', 'changes are accepted only from this server’s own pages');
      }
    }
    await next();
  };
}
