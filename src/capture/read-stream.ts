import { RejectedInput } from '../errors.ts';
import { overLimitReason } from './limits.ts';

/**
 * Reads a stream to its end, holding at most `maxBytes`: reading stops, and the stream is destroyed, as
 * soon as one byte more arrives.
 */
export async function readStreamCapped(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = asBuffer(chunk);
    length += bytes.length;
    // Leaving the loop early returns the iterator, which destroys the stream: nothing more is read.
    if (length > maxBytes) throw new RejectedInput(overLimitReason(maxBytes));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk);
  const view = chunk as Uint8Array;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
