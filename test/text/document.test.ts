import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RejectedInput } from '../../src/errors.ts';
import { PIPELINE_VERSION } from '../../src/model.ts';
import { assemble, type TextInput, toDocument } from '../../src/text/document.ts';

const SHA = '0123456789abcdef'.repeat(4);
const FIXTURES = join(import.meta.dirname, '../fixtures/plain');

function input(bytes: Uint8Array | string, locator = 'article.txt', contentType?: string): TextInput {
  const result: TextInput = {
    bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
    sha256: SHA,
    locator,
  };
  if (contentType) result.contentType = contentType;
  return result;
}

function rejects(value: TextInput, reason: RegExp | string): void {
  assert.throws(
    () => toDocument(value),
    (error: unknown) => {
      assert.ok(error instanceof RejectedInput, 'a RejectedInput');
      if (typeof reason === 'string') assert.equal(error.message, reason);
      else assert.match(error.message, reason);
      return true;
    },
  );
}

test('rejects empty and whitespace-only input with a precise reason', () => {
  rejects(input(new Uint8Array()), 'empty: no bytes');
  rejects(input(' \n\t\n  \u00a0\u200b\n'), 'empty: no text');
});

test('rejects binary files by format, even when named .txt', () => {
  rejects(
    input(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.txt'),
    'not text: binary file (PNG image)',
  );
  rejects(
    input(Buffer.from('%PDF-1.4\n1 0 obj', 'latin1'), 'report.txt'),
    'not text: binary file (PDF document)',
  );
  rejects(input('text\u0000with\u0000nul\u0000bytes\u0000'.repeat(20)), 'not text: binary file');
});

test('rejects a text with nothing left after cleaning', () => {
  rejects(
    input('Share this article\nFollow us on Twitter\nAdvertisement\n'),
    'no text: nothing left after cleaning',
  );
});

test('builds a document with ids, version, handler, encoding and segmentation', () => {
  const { document, mediaType } = toDocument(input(readFileSync(join(FIXTURES, 'blank-lines.txt'))));
  assert.equal(mediaType, 'text/plain');
  assert.equal(document.id, SHA.slice(0, 16));
  assert.equal(document.sourceSha256, SHA);
  assert.equal(document.pipelineVersion, PIPELINE_VERSION);
  assert.equal(document.handler, 'plain');
  assert.equal(document.encoding, 'utf-8');
  assert.equal(document.title, 'Velmora library reopens after flood repairs');
  assert.equal(document.byline, 'Amira Castellanos and Jonas Halvorsen');
  assert.deepEqual(document.published, { value: '2019-11-18', precision: 'day', from: 'dateline' });
  assert.equal(document.text.split('\n\n').length, 3);
  assert.equal(document.paragraphs.length, 3);
  assert.deepEqual(
    document.paragraphs.map((p) => document.text.slice(p.start, p.end)),
    document.text.split('\n\n'),
  );
  assert.deepEqual(document.sentences.map((s) => document.text.slice(s.start, s.end)).slice(1, 4), [
    'Head librarian Petra Osei said volunteers had dried and catalogued every rescued volume by hand.',
    '"Some of them still smell of the river," she said.',
    '"We kept them anyway."',
  ]);
});

test('a removal records where it stood in the final text', () => {
  const { document } = toDocument(input(readFileSync(join(FIXTURES, 'site-chrome.txt'))));
  const { text, removed } = document;
  for (const removal of removed) assert.ok(removal.at >= 0 && removal.at <= text.length);
  const at = (reason: string, words: string) =>
    removed.find((r) => r.reason === reason && r.text.includes(words))?.at;
  assert.equal(at('title', 'Velmora court'), 0);
  assert.ok(text.slice(at('boilerplate', 'Advertisement') ?? -1).startsWith('Kamrani, 34, was arrested'));
  assert.ok(text.slice(at('bare-url', 'example.org') ?? -1).startsWith('His lawyer, Nasrin Abedi'));
  assert.equal(at('comments', 'Leave a comment'), text.length);
});

test('drops a repeated paragraph, keeps the first and records where the repeat stood', () => {
  const quote = '"We load the ships, and the ships leave without paying us," said Arvo Kettunen.';
  const paragraphs = [
    'Dockworkers strike',
    quote,
    'The port was quiet.',
    quote.toUpperCase(),
    'Union leaders met.',
  ];
  const text = paragraphs.join('\n\n');
  const { document } = toDocument(input(text));
  assert.equal(document.text, `${quote}\n\nThe port was quiet.\n\nUnion leaders met.`);
  const repeat = document.removed.find((r) => r.reason === 'duplicate-paragraph');
  assert.deepEqual(repeat, {
    reason: 'duplicate-paragraph',
    text: quote.toUpperCase(),
    at: document.text.indexOf('Union'),
  });
});

test('assembles parts with removal offsets before the next kept paragraph', () => {
  const assembled = assemble([
    { kind: 'removed', reason: 'title', text: 'Headline' },
    { kind: 'paragraph', text: '  First   paragraph. ' },
    { kind: 'removed', reason: 'boilerplate', text: 'Advertisement' },
    { kind: 'paragraph', text: 'Second.' },
    { kind: 'removed', reason: 'comments', text: 'Comments' },
  ]);
  assert.equal(assembled.text, 'First paragraph.\n\nSecond.');
  assert.deepEqual(
    assembled.removed.map((r) => [r.reason, r.at]),
    [
      ['title', 0],
      ['boilerplate', 18],
      ['comments', 25],
    ],
  );
});

test('normalises to NFC and keeps quotes and apostrophes as printed', () => {
  const printed = "The mayor\u2019s office said \u201cno\u201d and 'maybe' \u2014 twice.";
  const { document } = toDocument(
    input(`Cafe\u0301 owners protest\n\n${printed.replace(' ', '\u00a0')}  Then   they left.`),
  );
  assert.equal(document.title, 'Café owners protest');
  assert.equal(document.text, `${printed} Then they left.`);
});

test('decodes invalid UTF-8 as windows-1252 and warns in the document', () => {
  const bytes = Buffer.from(
    'Caf\xe9 owner in Brenholt says \x93we stay open\x94 despite the storm.',
    'latin1',
  );
  const { document } = toDocument(input(bytes));
  assert.equal(document.text, 'Café owner in Brenholt says “we stay open” despite the storm.');
  assert.equal(document.encoding, 'windows-1252');
  assert.deepEqual(document.warnings, ['invalid UTF-8: decoded as windows-1252']);
});

test('decodes UTF-16 text with a byte-order mark, NUL bytes and all', () => {
  const text = 'Skarvik ferry resumes\n\nThe ferry returned on Monday, the operator said.';
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const { document } = toDocument(input(bytes));
  assert.equal(document.encoding, 'utf-16le');
  assert.equal(document.title, 'Skarvik ferry resumes');
  assert.equal(document.text, 'The ferry returned on Monday, the operator said.');
});

test('uses the charset of the Content-Type header', () => {
  const bytes = Buffer.from('Caf\xe9 reopens in Skarvik.', 'latin1');
  const { document } = toDocument(input(bytes, 'https://example.org/cafe', 'text/plain; charset=iso-8859-1'));
  assert.equal(document.text, 'Café reopens in Skarvik.');
  assert.deepEqual(document.warnings, []);
});

test('sends HTML to the HTML handler and records its media type', () => {
  const page =
    '<!doctype html><html><head><title>Ferry resumes</title></head><body><article>' +
    '<p>The ferry to Skarvik returned on Monday after a week of storms, the operator said.</p>' +
    '<p>Islanders had been without fresh supplies for six days, according to the island council.</p>' +
    '</article></body></html>';
  const { document, mediaType } = toDocument(input(page, 'ferry.txt'));
  assert.equal(mediaType, 'text/html');
  assert.equal(document.handler, 'html');
  assert.ok(document.text.includes('The ferry to Skarvik returned on Monday'));
  assert.ok(!document.text.includes('<p>'));
});

test('a sentence never crosses a paragraph and offsets index the text', () => {
  const { document } = toDocument(input(readFileSync(join(FIXTURES, 'wire-wrapped.txt'))));
  for (const s of document.sentences) {
    assert.ok(document.paragraphs.some((p) => p.start <= s.start && s.end <= p.end));
    assert.equal(document.text.slice(s.start, s.end).trim(), document.text.slice(s.start, s.end));
  }
});
