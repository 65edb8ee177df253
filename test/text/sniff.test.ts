import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryFormatOf, isBinaryText, textKindOf } from '../../src/text/sniff.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

test('names common binary formats from their magic numbers', () => {
  assert.equal(binaryFormatOf(PNG), 'PNG image');
  assert.equal(binaryFormatOf(Buffer.from('ffd8ffe000104a464946', 'hex')), 'JPEG image');
  assert.equal(binaryFormatOf(Buffer.from('GIF89a\x01\x00', 'latin1')), 'GIF image');
  assert.equal(binaryFormatOf(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1')), 'WebP image');
  assert.equal(binaryFormatOf(Buffer.from('%PDF-1.7\n%\xe2\xe3', 'latin1')), 'PDF document');
  assert.equal(binaryFormatOf(Buffer.from('1f8b0800', 'hex')), 'gzip archive');
  assert.equal(binaryFormatOf(Buffer.from('7f454c4602010100', 'hex')), 'ELF executable');
  const docx = Buffer.concat([
    Buffer.from('504b0304', 'hex'),
    Buffer.from('\x14\x00[Content_Types].xml word/document.xml'),
  ]);
  assert.equal(binaryFormatOf(docx), 'Word document (docx)');
  assert.equal(binaryFormatOf(Buffer.from('504b030414000000', 'hex')), 'ZIP archive');
});

test('text that merely starts like a weak magic number stays text', () => {
  assert.equal(binaryFormatOf(Buffer.from('MZANSI Radio reports on the Brenholt strike.')), null);
  assert.equal(binaryFormatOf(Buffer.from('BMW dealers in Velmora closed on Monday.')), null);
  assert.equal(binaryFormatOf(Buffer.from('The mayor said the port would reopen.')), null);
});

test('decoded text with NUL bytes or many control characters is binary', () => {
  assert.equal(isBinaryText('text\u0000with\u0000nul'), true);
  assert.equal(isBinaryText('\u0001\u0002\u0003abc\u0004\u0005\u0006def'.repeat(10)), true);
  assert.equal(isBinaryText('An ordinary line.\tWith a tab,\fa form feed and\r\nline ends.'), false);
});

test('recognises HTML from its root element whatever the name or header says', () => {
  const page = '<!DOCTYPE html>\n<html><body><p>The ferry returned.</p></body></html>';
  assert.equal(textKindOf({ text: page, locator: 'notes.txt', contentType: 'text/plain' }), 'html');
  assert.equal(textKindOf({ text: '  <html lang="en"><p>Hi</p></html>', locator: '-' }), 'html');
});

test('uses the header and extension as hints only when the text has tags', () => {
  const fragment = '<p>The ferry returned on Monday.</p>';
  assert.equal(textKindOf({ text: fragment, locator: 'https://example.org/story.html' }), 'html');
  assert.equal(
    textKindOf({ text: fragment, locator: 'story', contentType: 'text/html; charset=utf-8' }),
    'html',
  );
  const prose = 'The ferry returned on Monday, the operator said.';
  assert.equal(textKindOf({ text: prose, locator: 'story.html', contentType: 'text/html' }), 'plain');
});

test('reads plain text as plain even when it mentions a tag or uses angle brackets', () => {
  const wire = 'Velmora Shipping <VSHP.VL> said it would buy <Korsland Ferries> for 40 mln crowns.';
  assert.equal(textKindOf({ text: wire, locator: 'wire.txt' }), 'plain');
  const many = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i}</p>`).join('\n');
  assert.equal(textKindOf({ text: many, locator: 'export.txt' }), 'html');
});
