import { z } from '@hono/zod-openapi';
import { pageQuery, SnippetPieces } from './schemas.ts';

/**
 * The contract of the ledger's read and correction endpoints: statements, entities, claims, a
 * document's annotations and curations. Requests are validated against these, and the UI imports
 * their types.
 */

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isoPrefix = (description: string) =>
  z
    .string()
    .regex(ISO_PREFIX, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional()
    .openapi({ description, example: '2025-03' });

export const QUOTE_KINDS = ['direct', 'mixed', 'indirect', 'scare'] as const;
export const ENTITY_KINDS = ['person', 'organization', 'place', 'event', 'other'] as const;

const kindList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const kinds = (value ?? 'direct,mixed,indirect').split(',').filter(Boolean);
    const wrong = kinds.filter((k) => !(QUOTE_KINDS as readonly string[]).includes(k));
    if (wrong.length > 0) {
      ctx.addIssue({ code: 'custom', message: `expected kinds among ${QUOTE_KINDS.join(', ')}` });
      return z.NEVER;
    }
    return kinds as Array<(typeof QUOTE_KINDS)[number]>;
  })
  .openapi({
    type: 'string',
    description: 'kinds, comma-separated; scare quotes only when asked',
    example: 'direct,mixed',
  });

const entityIdPattern = /^(person|organization|place|event|other)-[0-9a-f]{12}$/;

export const EntityIdParam = z.object({
  id: z
    .string()
    .regex(entityIdPattern, { error: 'an entity id is KIND-12 hexadecimal digits' })
    .openapi({ param: { name: 'id', in: 'path' }, example: 'person-3f2a9c1b0d4e' }),
});

const SHARE = 'expected a number from 0 to 1, such as 0.9';

export const StatementQuery = pageQuery(50).extend({
  speaker: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'a speaker: a name in any spelling, a surname, or an entity id' }),
  document: z
    .string()
    .regex(/^[0-9a-fA-F]{4,16}$/, { error: 'a document id is 4 to 16 hexadecimal digits' })
    .optional(),
  kind: kindList,
  since: isoPrefix('said (or published) on or after'),
  until: isoPrefix('said (or published) on or before'),
  minConfidence: z.coerce
    .number({ error: SHARE })
    .min(0, { error: SHARE })
    .max(1, { error: SHARE })
    .optional()
    .openapi({ description: 'only statements at least this sure, and any a person corrected', example: 0.9 }),
});

const SpeakerBody = z
  .object({
    name: z.string().nullable().openapi({ description: 'the entity’s name, or the unnamed description' }),
    text: z.string().openapi({ description: 'the words in the text that stand for the speaker' }),
    entity: z.string().nullable(),
    unnamed: z.boolean(),
  })
  .openapi('Speaker');

const DocumentRefBody = z
  .object({
    id: z.string(),
    source: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
  })
  .openapi('DocumentRef');

export const Statement = z
  .object({
    id: z.string().openapi({ description: 'DOCUMENT:START-END', example: '3f2a9c01d4e5b6a7:120-188' }),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    kind: z.enum(QUOTE_KINDS),
    speaker: SpeakerBody.nullable(),
    cue: z.string().nullable(),
    medium: z.string().nullable(),
    saidOn: z.string().nullable(),
    via: z.string().nullable(),
    sieve: z.string().openapi({ description: 'the attribution rule that found the speaker' }),
    confidence: z.number().openapi({
      description:
        'the chance, 0 to 1, that a statement like it is right: its words a statement, its speaker the one who made them',
    }),
    document: DocumentRefBody,
    independentSources: z.number().int(),
    corrections: z.array(z.string()).openapi({ description: 'curations in force that changed it' }),
  })
  .openapi('Statement');

export const StatementList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    notes: z.array(z.string()),
    statements: z.array(Statement),
  })
  .openapi('StatementList');

export const EntityQuery = pageQuery(50).extend({
  kind: z.enum(ENTITY_KINDS).optional(),
  name: z.string().trim().min(1).max(200).optional().openapi({ description: 'any spelling, or a surname' }),
});

const EntitySummary = z
  .object({
    id: z.string(),
    kind: z.enum(ENTITY_KINDS),
    name: z.string(),
    documents: z.number().int(),
    mentions: z.number().int(),
  })
  .openapi('EntitySummary');

export const EntityList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    entities: z.array(EntitySummary),
  })
  .openapi('EntityList');

export const EntityDetail = z
  .object({
    id: z.string(),
    kind: z.enum(ENTITY_KINDS),
    name: z.string(),
    documents: z.number().int(),
    mentions: z.number().int(),
    aliases: z.array(z.object({ name: z.string(), count: z.number().int() })),
    roles: z.array(
      z.object({ text: z.string(), documentId: z.string(), start: z.number(), end: z.number() }),
    ),
    statements: z.number().int(),
    statementsByMonth: z.array(z.object({ month: z.string(), statements: z.number().int() })),
    coMentioned: z.array(z.object({ entity: EntitySummary, documents: z.number().int() })),
    namedIn: z.array(DocumentRefBody).openapi({ description: 'the most recent documents naming it' }),
  })
  .openapi('Entity');

export const ClaimQuery = pageQuery(20).extend({
  text: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'words the claims contain', example: '1,500' }),
  minDocuments: z.coerce.number().int().min(1).max(1000).default(1),
});

const ClaimSourceBody = z
  .object({
    claimId: z.string(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    value: z.number(),
    valueMax: z.number().nullable(),
    qualifier: z.string(),
    what: z.string().nullable(),
    document: DocumentRefBody,
    outlet: z.string().nullable(),
    copyCluster: z.string().nullable(),
  })
  .openapi('ClaimSource');

export const ClaimCluster = z
  .object({
    id: z.string(),
    claims: z.number().int(),
    documents: z.number().int(),
    independentSources: z.number().int(),
    earliest: ClaimSourceBody,
    sources: z.array(ClaimSourceBody),
  })
  .openapi('ClaimCluster');

export const ClaimList = z
  .object({ offset: z.number().int(), limit: z.number().int(), clusters: z.array(ClaimCluster) })
  .openapi('ClaimList');

const Mark = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const DocumentAnnotations = z
  .object({
    id: z.string(),
    statements: z.array(Statement),
    mentions: z.array(
      Mark.extend({ kind: z.string(), entity: z.string().nullable(), name: z.string().nullable() }),
    ),
    dates: z.array(Mark.extend({ value: z.string(), precision: z.string(), calendar: z.string() })),
    claims: z.array(
      Mark.extend({
        value: z.number(),
        valueMax: z.number().nullable(),
        qualifier: z.string(),
        what: z.string().nullable(),
      }),
    ),
  })
  .openapi('DocumentAnnotations');

const by = z.string().trim().min(1).max(100).optional().openapi({ description: 'who makes the change' });
const reason = z.string().trim().max(1000).optional();
const entityId = z.string().regex(entityIdPattern, { error: 'an entity id is KIND-12 hexadecimal digits' });

export const CurationRequest = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('merge'), entities: z.array(entityId).min(2).max(20), by, reason }),
    z.object({
      type: z.literal('split'),
      entity: entityId,
      names: z.array(z.string().trim().min(1).max(200)).min(1),
      by,
      reason,
    }),
    z.object({
      type: z.literal('alias'),
      entity: entityId,
      alias: z.string().trim().min(1).max(200),
      by,
      reason,
    }),
    z.object({
      type: z.literal('rename'),
      entity: entityId,
      name: z.string().trim().min(1).max(200),
      by,
      reason,
    }),
    z.object({ type: z.literal('kind'), entity: entityId, kind: z.enum(ENTITY_KINDS), by, reason }),
  ])
  .openapi('CurationRequest');

export const StatementFixRequest = z
  .object({
    speaker: z.string().trim().min(1).max(200).optional().openapi({ description: 'a name or an entity id' }),
    unnamed: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'an unnamed source, as written' }),
    kind: z.enum(QUOTE_KINDS).optional(),
    by,
    reason,
  })
  .refine((fix) => fix.speaker || fix.unnamed || fix.kind, {
    error: 'give a speaker, an unnamed source or a kind',
  })
  .refine((fix) => !(fix.speaker && fix.unnamed), { error: 'give a speaker or an unnamed source, not both' })
  .openapi('StatementFix');

export const StatementIdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}:\d+-\d+$/, { error: 'a statement id is DOCUMENT:START-END' })
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f2a9c01d4e5b6a7:120-188' }),
});

export const CurationIdParam = z.object({
  id: z
    .string()
    .regex(/^c-[0-9a-f]{12}$/, { error: 'a curation id is c- and 12 hexadecimal digits' })
    .openapi({ param: { name: 'id', in: 'path' }, example: 'c-0b7f1c528a4e' }),
});

export const UndoRequest = z.object({ by }).openapi('UndoRequest');

export const CurationBody = z
  .object({
    id: z.string(),
    by: z.string(),
    at: z.string(),
    reason: z.string().nullable(),
    action: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'what was changed: type and its fields' }),
    undone: z.object({ by: z.string(), at: z.string() }).nullable(),
  })
  .openapi('Curation');

export const CurationList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    curations: z.array(CurationBody).openapi({ description: 'the most recent first' }),
  })
  .openapi('CurationList');

export const CurationResult = z
  .object({ curations: z.array(CurationBody), unapplied: z.array(z.string()) })
  .openapi('CurationResult');

export type StatementBody = z.infer<typeof Statement>;
export type StatementListBody = z.infer<typeof StatementList>;
export type EntityListBody = z.infer<typeof EntityList>;
export type EntityDetailBody = z.infer<typeof EntityDetail>;
export type ClaimClusterBody = z.infer<typeof ClaimCluster>;
export type ClaimListBody = z.infer<typeof ClaimList>;
export type DocumentAnnotationsBody = z.infer<typeof DocumentAnnotations>;
export type CurationBodyType = z.infer<typeof CurationBody>;
export type CurationListBody = z.infer<typeof CurationList>;
export type CurationResultBody = z.infer<typeof CurationResult>;

export const TimelineQuery = pageQuery(50).extend({
  entity: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'a name in any spelling, or an id' }),
  from: isoPrefix('on or after'),
  to: isoPrefix('on or before'),
  kind: z
    .enum(['date', 'statement'])
    .optional()
    .openapi({ description: 'only dated events, or only statements' }),
});

export const TimelineEvent = z
  .object({
    kind: z.enum(['date', 'statement']),
    when: z.object({ value: z.string(), precision: z.string() }),
    document: DocumentRefBody,
    start: z.number().int(),
    end: z.number().int(),
    text: z.string().openapi({ description: 'the date as printed, or the quoted words' }),
    sentence: z.string().nullable().openapi({ description: 'the sentence a date stands in' }),
    statement: Statement.nullable(),
  })
  .openapi('TimelineEvent');

export const TimelineBody = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    entities: z.array(EntitySummary),
    statementsByMonth: z.array(z.object({ month: z.string(), statements: z.number().int() })),
    events: z.array(TimelineEvent),
  })
  .openapi('Timeline');

export type TimelineBodyType = z.infer<typeof TimelineBody>;
export type TimelineEventBody = z.infer<typeof TimelineEvent>;

export const StatementSearchResponse = z
  .object({
    query: z.string(),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    notes: z.array(z.string()),
    results: z.array(
      z.object({
        statement: Statement,
        pieces: SnippetPieces.openapi({ description: 'the statement’s words, the query’s marked' }),
      }),
    ),
  })
  .openapi('StatementSearchResults');

export type StatementSearchBody = z.infer<typeof StatementSearchResponse>;
