import { z } from '@hono/zod-openapi';

/**
 * The API's contract, declared once: requests are validated against these schemas, the OpenAPI
 * description is generated from them, and the browser UI imports their types.
 */

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'limit: expected a whole number from 1 to 100' }),
    }),
  })
  .openapi('Error');

/** A whole number in a query string, with one message that says what is allowed. */
function wholeNumber(min: number, max: number, fallback: number) {
  const message = `expected a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(fallback);
}

export const MAX_PAGE_SIZE = 100;

export function pageQuery(defaultLimit: number) {
  return z.object({
    offset: wholeNumber(0, 1_000_000_000, 0).openapi({ description: 'how many to skip' }),
    limit: wholeNumber(1, MAX_PAGE_SIZE, defaultLimit).openapi({ description: 'how many to return' }),
  });
}

export const DocumentIdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-fA-F]{4,16}$/, { error: 'a document id is 4 to 16 hexadecimal digits' })
    .openapi({
      param: { name: 'id', in: 'path' },
      description: 'a document id, or an unambiguous prefix of at least 4 digits',
      example: '3f2a9c01d4e5b6a7',
    }),
});

export const JobIdParam = z.object({
  id: z
    .string()
    .uuid({ error: 'a job id is a UUID' })
    .openapi({ param: { name: 'id', in: 'path' }, example: '0b7f1c52-8a4e-4f0e-9d55-2f1f3c4a5b6d' }),
});

const Span = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');

const PublishedDate = z
  .object({
    value: z
      .string()
      .openapi({ description: 'ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD', example: '2025-03-07' }),
    precision: z.enum(['day', 'month', 'season', 'year', 'decade']),
    from: z.enum(['meta', 'json-ld', 'time-element', 'dateline', 'url']),
  })
  .openapi('PublishedDate');

export const DocumentSummary = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    byline: z.string().nullable(),
    published: PublishedDate.nullable(),
    language: z.string().nullable(),
    source: z.string().openapi({ description: 'the locator of the first sighting, exactly as given' }),
    sha256: z.string(),
    characters: z.number().int(),
    processedAt: z.string(),
  })
  .openapi('DocumentSummary');

export const DocumentList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    documents: z.array(DocumentSummary),
  })
  .openapi('DocumentList');

const Removal = z
  .object({
    reason: z.string().openapi({ example: 'share-links' }),
    text: z.string().openapi({ description: 'the removed words, verbatim' }),
    at: z.number().int().openapi({ description: 'where in the clean text they stood' }),
  })
  .openapi('Removal');

const Sighting = z
  .object({
    locator: z.string(),
    seenAt: z.string(),
    finalUrl: z.string().optional(),
    httpStatus: z.number().int().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .openapi('Sighting');

const Provenance = z
  .object({
    sha256: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    sightings: z.array(Sighting),
  })
  .openapi('Provenance');

export const DocumentDetail = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    byline: z.string().nullable(),
    published: PublishedDate.nullable(),
    language: z.string().nullable(),
    handler: z.string(),
    encoding: z.string(),
    pipelineVersion: z.string(),
    extracted: z.boolean().openapi({
      description:
        'false when the document was added with --no-extract: its text is searchable, but no statement, actor, date or figure was looked for yet',
    }),
    processedAt: z.string(),
    warnings: z.array(z.string()),
    text: z.string().openapi({ description: 'the clean text; every offset counts UTF-16 code units of it' }),
    paragraphs: z.array(Span),
    removed: z.array(Removal),
    source: Provenance,
  })
  .openapi('Document');

export const SearchQuery = pageQuery(20).extend({
  q: z
    .string({ error: 'type the words to search for' })
    .trim()
    .min(1, { error: 'type the words to search for' })
    .max(500, { error: 'a query is at most 500 characters' })
    .openapi({
      description: 'words, "quoted phrases", OR, -excluded, prefix*',
      example: '"port authority" wages',
    }),
});

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isoPrefix = (description: string) =>
  z
    .string()
    .regex(ISO_PREFIX, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional()
    .openapi({ description, example: '2025-03' });

/** Narrowing a search; the same facets for documents and statements (kind only for statements). */
export const SearchFacetQuery = z.object({
  speaker: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'quoted in the document: a name in any spelling, or an entity id' }),
  outlet: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'an outlet is a domain, such as example.org' })
    .optional()
    .openapi({ description: 'a site’s domain; its subdomains count too', example: 'example.org' }),
  from: isoPrefix('published (for statements: said) on or after'),
  to: isoPrefix('published (for statements: said) on or before'),
});

export const StatementSearchQuery = SearchQuery.extend(SearchFacetQuery.shape).extend({
  kind: z.enum(['direct', 'mixed', 'indirect', 'scare']).optional().openapi({ description: 'one kind only' }),
});

const SnippetPiece = z
  .object({ text: z.string(), match: z.boolean().openapi({ description: 'whether these words matched' }) })
  .openapi('SnippetPiece');

export const SnippetPieces = z.array(SnippetPiece);

export const SearchResponse = z
  .object({
    query: z.string(),
    offset: z.number().int(),
    limit: z.number().int(),
    hasMore: z.boolean().openapi({ description: 'whether a later page has results' }),
    results: z.array(
      z
        .object({
          id: z.string(),
          title: z.string().nullable(),
          published: PublishedDate.nullable(),
          source: z.string(),
          snippet: z.array(SnippetPiece),
          score: z.number(),
        })
        .openapi('SearchResult'),
    ),
  })
  .openapi('SearchResults');

export const MAX_FILES = 1000;
export const MAX_URLS = 1000;

const UploadedFile = z.instanceof(File).openapi({ type: 'string', format: 'binary' });

export const UploadForm = z.object({
  file: z
    .union(
      [UploadedFile, z.array(UploadedFile).max(MAX_FILES, { error: `at most ${MAX_FILES} files at a time` })],
      { error: 'attach one or more files in the field "file"' },
    )
    .transform((files) => (Array.isArray(files) ? files : [files]))
    .openapi({
      type: 'array',
      items: { type: 'string', format: 'binary' },
      description: 'one or more files',
    }),
});

export const UrlsBody = z
  .object({
    urls: z
      .array(
        z
          .string()
          .trim()
          .max(2000, { error: 'a URL is at most 2000 characters' })
          .pipe(z.url({ protocol: /^https?$/, error: 'expected an http or https URL' })),
        { error: 'give a list of URLs' },
      )
      .min(1, { error: 'give at least one URL' })
      .max(MAX_URLS, { error: `at most ${MAX_URLS} URLs at a time` }),
  })
  .openapi('UrlList');

const Outcome = z
  .discriminatedUnion('status', [
    z.object({
      status: z.enum(['added', 'updated', 'known']).openapi({
        description:
          '`updated`: stored before, but derived by an earlier version or without extraction, so derived again',
      }),
      locator: z.string(),
      documentId: z.string(),
      title: z.string().nullable(),
    }),
    z.object({ status: z.literal('failed'), locator: z.string(), reason: z.string() }),
  ])
  .openapi('Outcome');

export const Job = z
  .object({
    id: z.string(),
    label: z
      .string()
      .openapi({ description: 'what was added, in words: a file name, `3 files`, `2 web pages`' }),
    status: z.enum(['queued', 'running', 'finished']),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    total: z.number().int(),
    done: z.number().int(),
    added: z.number().int(),
    updated: z.number().int(),
    known: z.number().int(),
    failed: z.number().int(),
    outcomes: z.array(Outcome).openapi({ description: 'one per input, in the order they finished' }),
    unappliedCurations: z.array(z.string()).openapi({
      description:
        'ids of curations that no longer apply because their entity is gone, as the job found the case',
    }),
    error: z
      .string()
      .nullable()
      .openapi({ description: 'set when the whole job stopped on an internal error' }),
  })
  .openapi('Job');

export const JobList = z
  .object({ jobs: z.array(Job).openapi({ description: 'the most recent first' }) })
  .openapi('JobList');

export const JobListQuery = z.object({
  limit: wholeNumber(1, 100, 10).openapi({ description: 'how many of the most recent jobs' }),
});

export const Info = z
  .object({
    version: z.string(),
    pipelineVersion: z.string(),
    limits: z.object({
      maxFileBytes: z.number().int(),
      maxUploadBytes: z
        .number()
        .int()
        .openapi({ description: 'the largest request body an upload may send' }),
      maxFiles: z.number().int(),
      maxUrls: z.number().int(),
      maxPageSize: z.number().int(),
    }),
  })
  .openapi('Info');

export type DocumentSummaryBody = z.infer<typeof DocumentSummary>;
export type DocumentListBody = z.infer<typeof DocumentList>;
export type DocumentDetailBody = z.infer<typeof DocumentDetail>;
export type SearchResponseBody = z.infer<typeof SearchResponse>;
export type SearchResultBody = SearchResponseBody['results'][number];
export type JobBody = z.infer<typeof Job>;
export type JobListBody = z.infer<typeof JobList>;
export type OutcomeBody = z.infer<typeof Outcome>;
export type InfoBody = z.infer<typeof Info>;
export type ErrorResponseBody = z.infer<typeof ErrorBody>;
