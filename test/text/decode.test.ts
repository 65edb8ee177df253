import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/text/decode.ts';

const QUOTED = 'Café owner in Brenholt says “we stay open” — despite the storm.';

test('a UTF-8 byte-order mark wins and is not part of the text', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(QUOTED)]);
  assert.deepEqual(decode(bytes, { contentType: 'text/plain; charset=iso-8859-1' }), {
    text: QUOTED,
    encoding: 'utf-8',
    warnings: [],
  });
});

test('decodes UTF-16 little- and big-endian text from its byte-order mark', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(QUOTED, 'utf16le')]);
  assert.deepEqual(decode(le), { text: QUOTED, encoding: 'utf-16le', warnings: [] });
  const be = Buffer.from(le);
  be.swap16();
  assert.deepEqual(decode(be), { text: QUOTED, encoding: 'utf-16be', warnings: [] });
});

test('uses the charset declared in the Content-Type header', () => {
  const bytes = Buffer.from('Caf\xe9 in Skarvik', 'latin1');
  const decoded = decode(bytes, { contentType: 'text/plain; charset="ISO-8859-1"' });
  assert.equal(decoded.text, 'Café in Skarvik');
  assert.equal(decoded.encoding, 'windows-1252');
  assert.deepEqual(decoded.warnings, []);
});

test('uses a meta charset or http-equiv declaration in an HTML document', () => {
  const meta = Buffer.from(
    '<html><head><meta charset="windows-1251"></head><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>',
    'latin1',
  );
  assert.deepEqual(decode(meta, { markup: true }), {
    text: '<html><head><meta charset="windows-1251"></head><p>Привет</p>',
    encoding: 'windows-1251',
    warnings: [],
  });
  const equiv = Buffer.from(
    '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>',
    'latin1',
  );
  assert.equal(decode(equiv, { markup: true }).text.endsWith('<p>Привет</p>'), true);
  assert.equal(decode(equiv, { markup: true }).encoding, 'koi8-r');
});

test('an XML declaration names the encoding of a feed', () => {
  const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><title>\xa4 5</title>', 'latin1');
  assert.equal(
    decode(bytes, { markup: true }).text,
    '<?xml version="1.0" encoding="ISO-8859-15"?><title>€ 5</title>',
  );
});

test('undeclared text is read as UTF-8 when it is valid UTF-8', () => {
  assert.deepEqual(decode(Buffer.from(QUOTED)), { text: QUOTED, encoding: 'utf-8', warnings: [] });
});

test('invalid UTF-8 falls back to windows-1252 and says so', () => {
  const bytes = Buffer.from('Caf\xe9 owner says \x93we stay open\x94.', 'latin1');
  assert.deepEqual(decode(bytes), {
    text: 'Café owner says “we stay open”.',
    encoding: 'windows-1252',
    warnings: ['invalid UTF-8: decoded as windows-1252'],
  });
});

test('declared UTF-8 that is not valid UTF-8 falls back the same way', () => {
  const decoded = decode(Buffer.from('Caf\xe9', 'latin1'), { contentType: 'text/html; charset=utf-8' });
  assert.equal(decoded.text, 'Café');
  assert.deepEqual(decoded.warnings, ['invalid UTF-8: decoded as windows-1252']);
});

test('an unknown declared charset falls back with a warning naming it', () => {
  const utf8 = decode(Buffer.from(QUOTED), { contentType: 'text/plain; charset=x-velmoran' });
  assert.deepEqual(utf8, {
    text: QUOTED,
    encoding: 'utf-8',
    warnings: ['unknown charset "x-velmoran": decoded as utf-8'],
  });
  const latin = decode(Buffer.from('Caf\xe9', 'latin1'), { contentType: 'text/plain; charset=x-velmoran' });
  assert.equal(latin.text, 'Café');
  assert.deepEqual(latin.warnings, ['unknown charset "x-velmoran": decoded as windows-1252']);
});

test('a Latin-1 declaration on valid UTF-8 bytes is overruled, with a warning', () => {
  const decoded = decode(Buffer.from(QUOTED), { contentType: 'text/html; charset=iso-8859-1' });
  assert.equal(decoded.text, QUOTED);
  assert.deepEqual(decoded.warnings, ['declared iso-8859-1 but valid UTF-8: decoded as utf-8']);
});

test('a meta charset is ignored in text that is not markup', () => {
  const bytes = Buffer.from('Notes: <meta charset="koi8-r"> is how pages declare it. Caf\xc3\xa9', 'latin1');
  assert.equal(decode(bytes).text.endsWith('Café'), true);
});
