/**
 * The API as the page sees it. The types are the server's own (imported from its schemas), so the page
 * and the server cannot drift apart unnoticed.
 */

export type {
  ClaimClusterBody as ClaimCluster,
  ClaimListBody as ClaimList,
  CurationBodyType as Curation,
  CurationListBody as CurationList,
  CurationResultBody as CurationResult,
  DocumentAnnotationsBody as DocumentAnnotations,
  EntityDetailBody as EntityDetail,
  EntityListBody as EntityList,
  StatementBody as Statement,
  StatementListBody as StatementList,
  StatementSearchBody as StatementSearch,
  TimelineBodyType as Timeline,
  TimelineEventBody as TimelineEvent,
} from '../../src/server/ledger-schemas.ts';
export type {
  DocumentDetailBody as DocumentDetail,
  DocumentListBody as DocumentList,
  DocumentSummaryBody as DocumentSummary,
  InfoBody as Info,
  JobBody as Job,
  JobListBody as JobList,
  OutcomeBody as Outcome,
  SearchResponseBody as SearchResponse,
  SearchResultBody as SearchResult,
} from '../../src/server/schemas.ts';

/** An error to show a person: what the server said, or that it could not be reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const UNREACHABLE = 'The Attest server is not answering. Is `attest serve` still running?';

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string') {
    return new ApiError(response.status, error.code, error.message);
  }
  return new ApiError(
    response.status,
    'http',
    `The server answered ${response.status} ${response.statusText}.`,
  );
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'unreachable', UNREACHABLE);
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, signal ? { signal } : {});
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function postForm<T>(path: string, form: FormData): Promise<T> {
  return request<T>(path, { method: 'POST', body: form });
}

/** A query string from parameters, leaving out empty ones. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
