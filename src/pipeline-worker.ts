import { RejectedInput } from './errors.ts';
import { type TextInput, type TextOutput, toDocument } from './text/document.ts';

/**
 * The per-document stages, run in a worker thread over a batch of sources (one message per batch keeps
 * the cost of crossing threads small beside the work). Errors cross the boundary as data, since a thrown
 * `RejectedInput` would arrive as a plain Error.
 */
export type WorkerResult =
  | ({ ok: true } & Omit<TextOutput, 'tokens'>)
  | { ok: false; reason: string; bug: boolean };

export function processSource(input: TextInput): WorkerResult {
  try {
    // Tokens stay in the worker: they are cheap to derive again and costly to send across threads.
    const { document, mediaType } = toDocument(input);
    return { ok: true, document, mediaType };
  } catch (error) {
    if (error instanceof RejectedInput) return { ok: false, reason: error.message, bug: false };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `internal error while reading the text: ${message}`, bug: true };
  }
}

export default function processBatch(inputs: TextInput[]): WorkerResult[] {
  return inputs.map(processSource);
}
