import { RejectedInput } from '../errors.ts';
import { type Document, documentIdOf, PIPELINE_VERSION, type Removal, type Token } from '../model.ts';
import { decode } from './decode.ts';
import type { ExtractedText, Part } from './extracted.ts';
import { extractHtml } from './html.ts';
import { normalizeParagraph } from './normalize.ts';
import { extractPlain } from './plain.ts';
import { repeatedParagraphs } from './repeated.ts';
import { segment } from './segment.ts';
import { binaryFormatOf, isBinaryText, looksLikeMarkup, type SniffInput, textKindOf } from './sniff.ts';

/** The text stage's one entry point: a source's bytes to a clean, segmented document. */

export interface TextInput {
  bytes: Uint8Array;
  sha256: string;
  /** A path or URL; its extension is a hint to the format. */
  locator: string;
  /** The HTTP Content-Type header, when the source came over HTTP. */
  contentType?: string;
}

export interface TextOutput {
  document: Document;
  mediaType: string;
  /** The document's tokens, for the extract stage; not stored. */
  tokens: Token[];
}

/** A text handler, chosen per input by asking each in turn whether it claims the input. */
interface Handler {
  name: string;
  mediaType: string;
  claims(input: SniffInput): boolean;
  extract(text: string, input: TextInput): ExtractedText;
}

const HANDLERS: readonly Handler[] = [
  {
    name: 'html',
    mediaType: 'text/html',
    claims: (input) => textKindOf(input) === 'html',
    extract: (text, input) =>
      extractHtml(text, /^https?:\/\//i.test(input.locator) ? { url: input.locator } : {}),
  },
  { name: 'plain', mediaType: 'text/plain', claims: () => true, extract: (text) => extractPlain(text) },
];

function decodeText(input: TextInput): ReturnType<typeof decode> {
  const { bytes } = input;
  if (bytes.length === 0) throw new RejectedInput('empty: no bytes');
  const format = binaryFormatOf(bytes);
  if (format) throw new RejectedInput(`not text: binary file (${format})`);
  const options = input.contentType === undefined ? {} : { contentType: input.contentType };
  const decoded = decode(bytes, { ...options, markup: looksLikeMarkup(bytes) });
  if (isBinaryText(decoded.text)) throw new RejectedInput('not text: binary file');
  if (!normalizeParagraph(decoded.text)) throw new RejectedInput('empty: no text');
  return decoded;
}

interface Assembled {
  text: string;
  removed: Removal[];
}

/**
 * Normalises each paragraph, drops repeated ones and joins the rest with blank lines. A removal's
 * `at` is where the next kept paragraph starts (the text's end for removals after the last one).
 */
export function assemble(parts: readonly Part[]): Assembled {
  const normalized = parts.map((part) =>
    part.kind === 'paragraph' ? { ...part, text: normalizeParagraph(part.text) } : part,
  );
  const repeated = repeatedParagraphs(normalized.map((part) => (part.kind === 'paragraph' ? part.text : '')));
  const paragraphs: string[] = [];
  const removed: Removal[] = [];
  let pending: Removal[] = [];
  let length = 0;
  for (const [i, part] of normalized.entries()) {
    if (part.kind === 'removed') {
      pending.push({ reason: part.reason, text: part.text.trim(), at: 0 });
    } else if (repeated[i]) {
      pending.push({ reason: 'duplicate-paragraph', text: part.text, at: 0 });
    } else if (part.text) {
      const start = paragraphs.length > 0 ? length + 2 : 0;
      for (const removal of pending) removal.at = start;
      removed.push(...pending);
      pending = [];
      paragraphs.push(part.text);
      length = start + part.text.length;
    }
  }
  for (const removal of pending) removal.at = length;
  removed.push(...pending);
  return { text: paragraphs.join('\n\n'), removed };
}

function cleanField(value: string | null): string | null {
  const text = value === null ? '' : normalizeParagraph(value);
  return text || null;
}

export function toDocument(input: TextInput): TextOutput {
  const decoded = decodeText(input);
  const sniffed: SniffInput = { text: decoded.text, locator: input.locator };
  if (input.contentType !== undefined) sniffed.contentType = input.contentType;
  const handler = HANDLERS.find((h) => h.claims(sniffed));
  if (!handler) throw new Error('no text handler is registered');
  const extracted = handler.extract(decoded.text, input);
  const { text, removed } = assemble(extracted.parts);
  if (!text) throw new RejectedInput('no text: nothing left after cleaning');
  const { paragraphs, sentences, tokens } = segment(text);
  const document: Document = {
    id: documentIdOf(input.sha256),
    sourceSha256: input.sha256,
    pipelineVersion: PIPELINE_VERSION,
    handler: handler.name,
    title: cleanField(extracted.title),
    byline: cleanField(extracted.byline),
    published: extracted.published,
    language: extracted.language,
    encoding: decoded.encoding,
    text,
    paragraphs,
    sentences,
    removed,
    warnings: decoded.warnings,
  };
  return { document, mediaType: handler.mediaType, tokens };
}
