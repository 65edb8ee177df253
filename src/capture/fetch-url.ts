import { lookup as dnsLookup } from 'node:dns/promises';
import { get as httpGet, type IncomingMessage, STATUS_CODES } from 'node:http';
import { get as httpsGet } from 'node:https';
import { RejectedInput } from '../errors.ts';
import { checkedLookup, guardHost, type ResolveAll } from './address-guard.ts';
import { decodeBody } from './decode-body.ts';
import { timeoutReason, tooLargeReason } from './limits.ts';
import { readStreamCapped } from './read-stream.ts';

export interface FetchOptions {
  maxBytes: number;
  allowPrivate: boolean;
  /** For the whole fetch: every redirect and the body included. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Replaced in tests so that names never reach real DNS. */
  resolveAll?: ResolveAll;
}

export interface Fetched {
  /** The body with any content encoding (gzip, deflate, br) removed. */
  bytes: Buffer;
  finalUrl: string;
  status: number;
  /** Response headers with lowercase names, without `set-cookie`. */
  headers: Record<string, string>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const resolveWithDns: ResolveAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Fetches an http(s) URL, following redirects by hand so that every hop is checked against the address
 * guard, and enforcing the size limit while the body streams in.
 */
export async function fetchUrl(given: string, options: FetchOptions): Promise<Fetched> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  try {
    return await followRedirects(new URL(given), options, timeout.signal);
  } catch (error) {
    if (timeout.signal.aborted) throw new RejectedInput(timeoutReason(options.timeoutMs));
    throw asRejection(error);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(start: URL, options: FetchOptions, signal: AbortSignal): Promise<Fetched> {
  const visited = new Set<string>([start.href]);
  let url = start;
  for (;;) {
    const response = await request(url, options, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECTS.has(status) || location === undefined) return readResponse(url, response, options);
    response.resume();
    const next = redirectTarget(url, location);
    if (visited.has(next.href)) throw new RejectedInput(`redirect loop: ${next.href}`);
    if (visited.size > options.maxRedirects) {
      throw new RejectedInput(`too many redirects (${options.maxRedirects})`);
    }
    visited.add(next.href);
    url = next;
  }
}

function redirectTarget(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new RejectedInput(`bad redirect: ${location}`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new RejectedInput(`unsupported redirect: ${next.protocol} URL`);
  }
  return next;
}

function request(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  // Literal addresses never reach the lookup, so they are checked here, before any connection.
  if (!options.allowPrivate) guardHost(url);
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        headers: { 'user-agent': options.userAgent, 'accept-encoding': 'gzip, deflate, br', accept: '*/*' },
        lookup: checkedLookup(options.resolveAll ?? resolveWithDns, options.allowPrivate),
        // A fresh connection per request: a pooled socket would skip the check of the address it reaches.
        agent: false,
        signal,
      },
      resolve,
    );
    req.on('error', reject);
  });
}

async function readResponse(url: URL, response: IncomingMessage, options: FetchOptions): Promise<Fetched> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.resume();
    const text = response.statusMessage || STATUS_CODES[status];
    throw new RejectedInput(text ? `HTTP ${status} ${text}` : `HTTP ${status}`);
  }
  const announced = Number(response.headers['content-length']);
  if (announced > options.maxBytes) {
    response.destroy();
    throw new RejectedInput(tooLargeReason(announced, options.maxBytes));
  }
  const raw = await readStreamCapped(response, options.maxBytes);
  // The preserved bytes are the decoded body: what the page is, not how it travelled, so that the same
  // page served compressed and uncompressed is one source.
  const bytes = await decodeBody(raw, response.headers['content-encoding'], options.maxBytes);
  return { bytes, finalUrl: url.href, status, headers: keptHeaders(response) };
}

function keptHeaders(response: IncomingMessage): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (name === 'set-cookie' || value === undefined) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

const NETWORK_REASONS: Record<string, string> = {
  EAI_AGAIN: 'unreachable: DNS did not answer',
  ECONNREFUSED: 'unreachable: connection refused',
  ECONNRESET: 'unreachable: connection reset',
  EHOSTUNREACH: 'unreachable: no route to host',
  ENETUNREACH: 'unreachable: network unreachable',
  ETIMEDOUT: 'unreachable: connection timed out',
  EPIPE: 'unreachable: connection closed',
};

/** Network and protocol errors are the input's fault, not a bug: each becomes a reason. */
function asRejection(error: unknown): unknown {
  if (error instanceof RejectedInput) return error;
  const { code, message } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return error;
  if (code === 'ENOTFOUND') return new RejectedInput(`unreachable: host not found: ${hostnameOf(error)}`);
  const known = NETWORK_REASONS[code];
  if (known) return new RejectedInput(known);
  if (/CERT|TLS|SSL/.test(code)) return new RejectedInput(`tls: ${message}`);
  if (code.startsWith('HPE_')) return new RejectedInput(`bad response: ${message}`);
  return new RejectedInput(`network error: ${code}`);
}

function hostnameOf(error: unknown): string {
  return String((error as { hostname?: string }).hostname ?? '');
}
