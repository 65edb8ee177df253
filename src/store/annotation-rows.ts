import {
  type Annotations,
  type Calendar,
  type Claim,
  type ClaimQualifier,
  type DatePrecision,
  type DateRef,
  type DateResolution,
  type LocalEntity,
  type MentionKind,
  type Quote,
  type QuoteKind,
  type Sieve,
  spanIdOf,
} from '../model.ts';
import { statementKey } from '../resolve/copies/repeats.ts';
import type {
  AnnotationTable,
  ClaimTable,
  DateTable,
  LocalTable,
  QuoteTable,
  SignatureTable,
} from './schema.ts';
import type { PartSignature } from './store.ts';

/** Conversions between what extraction finds in a document and rows, shared by every engine. */

export interface AnnotationRows {
  signatures: SignatureTable[];
  annotation: AnnotationTable;
  locals: LocalTable[];
  quotes: QuoteTable[];
  dates: DateTable[];
  claims: ClaimTable[];
}

const json = (value: unknown): string => JSON.stringify(value);
const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

export function annotationRows(
  documentId: string,
  annotations: Annotations,
  signatures: readonly PartSignature[] = [],
): AnnotationRows {
  return {
    signatures: signatures.map((s) => signatureRow(documentId, s)),
    annotation: {
      document_id: documentId,
      // The document and entity ids are implied by the row; entities are joined in when read.
      mentions: json(
        annotations.mentions.map(({ span, text, kind, titles, chain }) => ({
          span,
          text,
          kind,
          titles,
          chain,
        })),
      ),
      roles: json(annotations.roles.map(({ chain, span, text }) => ({ chain, span, text }))),
    },
    locals: annotations.locals.map((local) => localRow(local)),
    quotes: annotations.quotes.map((quote) => quoteRow(quote)),
    dates: annotations.dates.map((date) => dateRow(date)),
    claims: annotations.claims.map((claim) => claimRow(claim)),
  };
}

export function localRow(local: LocalEntity): LocalTable {
  return {
    document_id: local.documentId,
    chain: local.chain,
    kind: local.kind,
    name: local.name,
    names: json(local.names),
    acronyms: json(local.acronyms),
    titles: json(local.titles),
    roles: json(local.roles),
  };
}

export function localFromRow(row: LocalTable): LocalEntity {
  return {
    documentId: row.document_id,
    chain: Number(row.chain),
    kind: row.kind as MentionKind,
    name: row.name,
    names: JSON.parse(row.names),
    acronyms: JSON.parse(row.acronyms),
    titles: JSON.parse(row.titles),
    roles: JSON.parse(row.roles),
  };
}

export function quoteRow(quote: Quote): QuoteTable {
  return {
    id: spanIdOf(quote.documentId, quote.span),
    document_id: quote.documentId,
    span_start: quote.span.start,
    span_end: quote.span.end,
    text: quote.text,
    kind: quote.kind,
    speaker_chain: quote.speaker?.chain ?? null,
    speaker: jsonOrNull(quote.speaker),
    cue: jsonOrNull(quote.cue),
    medium: jsonOrNull(quote.medium),
    said_on: quote.saidOn?.value ?? null,
    said_on_precision: quote.saidOn?.precision ?? null,
    via: jsonOrNull(quote.via),
    sieve: quote.sieve,
    confidence: quote.confidence,
    statement_key: statementKey(quote.text),
  };
}

export function quoteFromRow(row: Omit<QuoteTable, 'statement_key'>): Quote {
  return {
    documentId: row.document_id,
    span: { start: Number(row.span_start), end: Number(row.span_end) },
    text: row.text,
    kind: row.kind as QuoteKind,
    speaker: row.speaker === null ? null : JSON.parse(row.speaker),
    cue: row.cue === null ? null : JSON.parse(row.cue),
    medium: row.medium === null ? null : JSON.parse(row.medium),
    saidOn:
      row.said_on === null
        ? null
        : { value: row.said_on, precision: (row.said_on_precision ?? 'day') as DatePrecision },
    via: row.via === null ? null : JSON.parse(row.via),
    sieve: row.sieve as Sieve,
    confidence: Number(row.confidence),
  };
}

export function dateRow(date: DateRef): DateTable {
  return {
    document_id: date.documentId,
    span_start: date.span.start,
    span_end: date.span.end,
    text: date.text,
    value: date.value,
    precision: date.precision,
    calendar: date.calendar,
    resolved: date.resolved,
  };
}

export function dateFromRow(row: DateTable): DateRef {
  return {
    documentId: row.document_id,
    span: { start: Number(row.span_start), end: Number(row.span_end) },
    text: row.text,
    value: row.value,
    precision: row.precision as DatePrecision,
    calendar: row.calendar as Calendar,
    resolved: row.resolved as DateResolution,
  };
}

export function claimRow(claim: Claim): ClaimTable {
  return {
    id: spanIdOf(claim.documentId, claim.span),
    document_id: claim.documentId,
    span_start: claim.span.start,
    span_end: claim.span.end,
    text: claim.text,
    value: claim.value,
    value_max: claim.valueMax,
    qualifier: claim.qualifier,
    what: claim.what,
  };
}

export function claimFromRow(row: Omit<ClaimTable, 'id'>): Claim {
  return {
    documentId: row.document_id,
    span: { start: Number(row.span_start), end: Number(row.span_end) },
    text: row.text,
    value: Number(row.value),
    valueMax: row.value_max === null ? null : Number(row.value_max),
    qualifier: row.qualifier as ClaimQualifier,
    what: row.what,
  };
}

/** Slots as base64 of their bytes (in the machine's order: little-endian on every supported platform). */
export function signatureRow(documentId: string, { part, signature }: PartSignature): SignatureTable {
  const { slots } = signature;
  const bytes = Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength);
  return { document_id: documentId, part, slots: bytes.toString('base64'), shingles: signature.shingles };
}

export function signatureFromRow(row: SignatureTable): PartSignature {
  const bytes = Buffer.from(row.slots, 'base64');
  const slots = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(slots.buffer).set(bytes);
  return { part: Number(row.part), signature: { slots, shingles: Number(row.shingles) } };
}
