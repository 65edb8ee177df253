import iconv from 'iconv-lite';

/** Text decoded from bytes, the encoding used, and anything doubtful about the decoding. */
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** An HTTP Content-Type header value. */
  contentType?: string;
  /** Whether the bytes look like HTML or XML, so that an in-document charset declaration counts. */
  markup?: boolean;
}

const FALLBACK = 'windows-1252';
/** Per the HTML standard, `<meta>` declarations are only looked for this far into the bytes. */
const PRESCAN_BYTES = 2048;

interface Bom {
  bytes: readonly number[];
  encoding: string;
}

const BOMS: readonly Bom[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomOf(bytes: Uint8Array): Bom | undefined {
  return BOMS.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte));
}

function charsetOfContentType(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

/** The charset declared inside the document: an XML declaration, `<meta charset>` or `http-equiv`. */
function charsetInDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(head);
  return meta?.[1] ?? null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function windows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), FALLBACK);
}

/** UTF-8 when the bytes are valid UTF-8, else windows-1252 with the given warning. */
function utf8OrFallback(bytes: Uint8Array, warning: string): Decoded {
  const text = strictUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8', warnings: [] };
  return { text: windows1252(bytes), encoding: FALLBACK, warnings: [warning] };
}

/** The WHATWG name of a label TextDecoder knows (`latin1` -> `windows-1252`), or null. */
function whatwgEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte > 0x7f);
}

function decodeDeclared(bytes: Uint8Array, label: string, fromDocument: boolean): Decoded {
  const known = whatwgEncoding(label);
  if (known === 'utf-8') return utf8OrFallback(bytes, 'invalid UTF-8: decoded as windows-1252');
  // A document cannot declare itself UTF-16 in bytes readable as ASCII: the HTML standard reads it as UTF-8.
  if (fromDocument && known?.startsWith('utf-16')) {
    return utf8OrFallback(bytes, 'invalid UTF-8: decoded as windows-1252');
  }
  if (known === FALLBACK && hasNonAscii(bytes)) {
    // Pages often declare Latin-1 and are UTF-8; valid multi-byte UTF-8 is almost never Latin-1 by chance.
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) {
      return {
        text: utf8,
        encoding: 'utf-8',
        warnings: [`declared ${label} but valid UTF-8: decoded as utf-8`],
      };
    }
  }
  if (known) {
    const text = new TextDecoder(known).decode(bytes);
    const warnings = text.includes('\ufffd') ? [`invalid ${known}: some characters replaced`] : [];
    return { text, encoding: known, warnings };
  }
  if (iconv.encodingExists(label)) {
    return { text: iconv.decode(Buffer.from(bytes), label), encoding: label.toLowerCase(), warnings: [] };
  }
  const fallback = utf8OrFallback(bytes, '');
  const warning = `unknown charset "${label}": decoded as ${fallback.encoding}`;
  return { ...fallback, warnings: [warning] };
}

/**
 * Bytes to text: a byte-order mark first, then the declared charset (the Content-Type header, then for
 * markup a declaration in the first 2 KB), else strict UTF-8, else windows-1252 with a warning.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.bytes.length);
    if (bom.encoding === 'utf-8') return utf8OrFallback(body, 'invalid UTF-8: decoded as windows-1252');
    return { text: new TextDecoder(bom.encoding).decode(body), encoding: bom.encoding, warnings: [] };
  }
  const header = charsetOfContentType(options.contentType);
  if (header) return decodeDeclared(bytes, header, false);
  const inDocument = options.markup ? charsetInDocument(bytes) : null;
  if (inDocument) return decodeDeclared(bytes, inDocument, true);
  return utf8OrFallback(bytes, 'invalid UTF-8: decoded as windows-1252');
}
