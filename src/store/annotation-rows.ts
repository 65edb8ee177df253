import {
  type Annotations,
  type Calendar,
  type Claim,
  type ClaimQualifier,
  type DatePrecision,
  type DateRef,
  type DateResolution,
  type LocalEntity,
  type Quote,
  type QuoteKind,
  type RoleFact,
  type Sieve,
  spanIdOf,
} from '../model.ts';
import { statementKey } from '../resolve/copies/repeats.ts';
import type { AnnotationTable, ClaimTable, DateTable, QuoteTable } from './schema.ts';
import type { PartSignature } from './store.ts';

/** Conversions between what extraction finds in a document and rows, shared by every engine. */

export interface AnnotationRows {
  annotation: AnnotationTable;
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
      locals: json(annotations.locals.map(({ documentId: _, ...local }) => local)),
      signatures: json(signatures.map(signatureJson)),
    },
    quotes: annotations.quotes.map((quote) => quoteRow(quote)),
    dates: annotations.dates.map((date) => dateRow(date)),
    claims: annotations.claims.map((claim) => claimRow(claim)),
  };
}

/** The roles stored with a document. */
export function roleFactsFromRow(row: Pick<AnnotationTable, 'document_id' | 'roles'>): RoleFact[] {
  const roles = JSON.parse(row.roles) as Array<Omit<RoleFact, 'documentId'>>;
  return roles.map((role) => ({ ...role, documentId: row.document_id }));
}

/** The local actors stored with a document. */
export function localsFromRow(row: Pick<AnnotationTable, 'document_id' | 'locals'>): LocalEntity[] {
  const locals = JSON.parse(row.locals) as Array<Omit<LocalEntity, 'documentId'>>;
  return locals.map((local) => ({ ...local, documentId: row.document_id }));
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

interface SignatureJson {
  part: number;
  /** 128 unsigned 32-bit slots as base64 of their bytes (little-endian on every supported platform). */
  slots: string;
  shingles: number;
}

function signatureJson({ part, signature }: PartSignature): SignatureJson {
  const { slots } = signature;
  const bytes = Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength);
  return { part, slots: bytes.toString('base64'), shingles: signature.shingles };
}

/** The signatures stored with a document: the whole text (`part` -1) and its long paragraphs. */
export function signaturesFromRow(row: Pick<AnnotationTable, 'signatures'>): PartSignature[] {
  return (JSON.parse(row.signatures) as SignatureJson[]).map(({ part, slots, shingles }) => {
    const bytes = Buffer.from(slots, 'base64');
    const words = new Uint32Array(bytes.byteLength / 4);
    new Uint8Array(words.buffer).set(bytes);
    return { part, signature: { slots: words, shingles } };
  });
}
