/**
 * What kind of input a source is: a known binary format, binary noise, HTML or plain text. Decisions
 * rest on the bytes and text first, the Content-Type header and file extension second, since
 * servers and file names often lie.
 */

interface Signature {
  name: string;
  matches(bytes: Uint8Array): boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Short or textual magic numbers also need an early NUL byte, so text starting "MZ" or "BM" stays text. */
function hasEarlyNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 512).includes(0);
}

function zipKind(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (head.includes('mimetypeapplication/epub+zip')) return 'EPUB book';
  if (head.includes('word/')) return 'Word document (docx)';
  if (head.includes('xl/')) return 'Excel workbook (xlsx)';
  if (head.includes('ppt/')) return 'PowerPoint presentation (pptx)';
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'OpenDocument file';
  return 'ZIP archive';
}

const SIGNATURES: readonly Signature[] = [
  { name: 'PNG image', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'JPEG image', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { name: 'GIF image', matches: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')) },
  { name: 'WebP image', matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
  { name: 'WAV audio', matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WAVE'), 8) },
  { name: 'AVI video', matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('AVI '), 8) },
  { name: 'PDF document', matches: (b) => startsWith(b, ascii('%PDF-')) },
  {
    name: 'TIFF image',
    matches: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0]) || startsWith(b, [0x4d, 0x4d, 0, 0x2a]),
  },
  { name: 'BMP image', matches: (b) => startsWith(b, ascii('BM')) && startsWith(b, [0, 0, 0, 0], 6) },
  { name: 'ICO image', matches: (b) => startsWith(b, [0, 0, 1, 0]) },
  { name: 'gzip archive', matches: (b) => startsWith(b, [0x1f, 0x8b]) },
  { name: 'bzip2 archive', matches: (b) => startsWith(b, ascii('BZh')) && hasEarlyNul(b) },
  { name: 'xz archive', matches: (b) => startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]) },
  { name: 'zstd archive', matches: (b) => startsWith(b, [0x28, 0xb5, 0x2f, 0xfd]) },
  { name: '7z archive', matches: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { name: 'RAR archive', matches: (b) => startsWith(b, ascii('Rar!\x1a\x07')) },
  { name: 'ELF executable', matches: (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) },
  { name: 'Windows executable', matches: (b) => startsWith(b, ascii('MZ')) && hasEarlyNul(b) },
  {
    name: 'Mach-O executable',
    matches: (b) => [0xce, 0xcf].some((x) => startsWith(b, [0xfe, 0xed, 0xfa, x])),
  },
  {
    name: 'Mach-O executable',
    matches: (b) => [0xce, 0xcf].some((x) => startsWith(b, [x, 0xfa, 0xed, 0xfe])),
  },
  { name: 'Java class or fat binary', matches: (b) => startsWith(b, [0xca, 0xfe, 0xba, 0xbe]) },
  { name: 'WebAssembly module', matches: (b) => startsWith(b, [0, 0x61, 0x73, 0x6d]) },
  { name: 'SQLite database', matches: (b) => startsWith(b, ascii('SQLite format 3\0')) },
  {
    name: 'old Office document (doc/xls)',
    matches: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
  },
  { name: 'MP3 audio', matches: (b) => startsWith(b, ascii('ID3')) && hasEarlyNul(b) },
  { name: 'MP4 video', matches: (b) => startsWith(b, ascii('ftyp'), 4) },
  { name: 'Ogg media', matches: (b) => startsWith(b, ascii('OggS')) },
  { name: 'FLAC audio', matches: (b) => startsWith(b, ascii('fLaC')) },
  { name: 'WebM or Matroska video', matches: (b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]) },
  { name: 'WOFF font', matches: (b) => startsWith(b, ascii('wOFF')) || startsWith(b, ascii('wOF2')) },
  { name: 'Photoshop image', matches: (b) => startsWith(b, ascii('8BPS')) },
  {
    name: 'ZIP archive',
    matches: (b) => [3, 5, 7].some((x) => startsWith(b, [0x50, 0x4b, x, x + 1])),
  },
];

/** The name of a known binary format the bytes start with (`PNG image`), or null. */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  const signature = SIGNATURES.find((s) => s.matches(bytes));
  if (!signature) return null;
  return signature.name === 'ZIP archive' ? zipKind(bytes) : signature.name;
}

const SAMPLE_CHARS = 16_384;
/** Real text carries at most a stray control character; binary data decoded as text is full of them. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Whether decoded text is binary data in disguise: any NUL, or more than a small share of control
 * characters other than whitespace in its opening.
 */
export function isBinaryText(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.includes('\0')) return true;
  const controls = sample.match(/[\x01-\x08\x0e-\x1f\x7f\x80-\x9f]/g)?.length ?? 0;
  return controls > sample.length * MAX_CONTROL_SHARE;
}

export type TextKind = 'html' | 'plain';

export interface SniffInput {
  text: string;
  locator: string;
  contentType?: string;
}

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
const HTML_EXTENSIONS = /\.(html?|xhtml|shtml|php|aspx?|jsp)$/i;
const HTML_ROOT = /^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(!doctype\s+html|html[\s>])/i;
const TAG_NAMES = [
  ...['p', 'div', 'span', 'a', 'br', 'hr', 'img', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'h[1-6]'],
  ...['script', 'style', 'meta', 'link', 'head', 'body', 'title', 'section', 'article', 'nav', 'header'],
  ...['footer', 'main', 'aside', 'strong', 'em', 'b', 'i', 'blockquote', 'figure', 'figcaption', 'time'],
  ...['iframe', 'form', 'input', 'button'],
];
const KNOWN_TAG = new RegExp(`<\\/?(?:${TAG_NAMES.join('|')})\\b[^<>]*>`, 'gi');
/** Enough known tags that the input is markup, not prose mentioning a tag or two. */
const MANY_TAGS = 8;

function extensionOf(locator: string): string {
  const path = locator.replace(/[?#].*$/, '');
  return /\.[A-Za-z0-9]+$/.exec(path)?.[0] ?? '';
}

function countKnownTags(text: string, enough: number): number {
  let count = 0;
  for (const _ of text.matchAll(KNOWN_TAG)) if (++count >= enough) break;
  return count;
}

/**
 * HTML when the text opens like an HTML document; or when the header or extension says HTML and
 * the text has any tag at all; or when it is full of HTML tags whatever it is called.
 * Everything else is plain text (a page served as text/html that has no tag is read as plain text).
 */
export function textKindOf(input: SniffInput): TextKind {
  const head = input.text.slice(0, 4096);
  if (HTML_ROOT.test(head)) return 'html';
  const declared =
    HTML_TYPES.test(input.contentType ?? '') || HTML_EXTENSIONS.test(extensionOf(input.locator));
  const tags = countKnownTags(input.text.slice(0, 200_000), MANY_TAGS);
  if (declared && tags > 0) return 'html';
  return tags >= MANY_TAGS ? 'html' : 'plain';
}

/** A quick look at raw bytes for decoding: whether the opening looks like HTML or XML markup. */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<(!doctype|html|head|meta|\?xml)[\s>]/i.test(head);
}
