import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';
import { RejectedInput } from '../errors.ts';
import { overLimitReason } from './limits.ts';

type Decoder = (bytes: Buffer, options: ZlibOptions) => Promise<Buffer>;

const DECODERS: Record<string, Decoder> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: inflateEither,
  br: promisify(brotliDecompress) as Decoder,
};

const inflateZlib = promisify(inflate);
const inflateBare = promisify(inflateRaw);

/** `deflate` should be zlib-wrapped, but some servers send a bare deflate stream: both are accepted. */
function inflateEither(bytes: Buffer, options: ZlibOptions): Promise<Buffer> {
  const [first = 0, second = 0] = bytes;
  const zlibHeader = (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
  return zlibHeader ? inflateZlib(bytes, options) : inflateBare(bytes, options);
}

/**
 * Removes the content encodings of an HTTP body, last applied first. The decoded size is capped too, so
 * a small compressed body cannot expand past the limit.
 */
export async function decodeBody(raw: Buffer, contentEncoding: string | undefined, maxBytes: number) {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  let bytes = raw;
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding];
    if (!decode) throw new RejectedInput(`unsupported content encoding: ${coding}`);
    bytes = await decode(bytes, { maxOutputLength: Math.max(1, maxBytes) }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new RejectedInput(overLimitReason(maxBytes));
      }
      throw new RejectedInput(`bad response: body is not valid ${coding}`);
    });
  }
  if (bytes.length > maxBytes) throw new RejectedInput(overLimitReason(maxBytes));
  return bytes;
}
