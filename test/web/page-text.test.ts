import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, formatPartialDate, formatTimestamp } from '../../web/src/format.ts';
import { parseUrlLines } from '../../web/src/sources/url-lines.ts';

test('pasted addresses are read one a line, blanks skipped, and the first bad line is named', () => {
  assert.deepEqual(parseUrlLines(' https://example.org/a \n\nhttp://example.org/b\n'), {
    urls: ['https://example.org/a', 'http://example.org/b'],
  });
  assert.deepEqual(parseUrlLines('https://example.org/a\njavascript:alert(1)'), {
    problem: 'Line 2 is not an http or https address: javascript:alert(1)',
  });
  assert.deepEqual(parseUrlLines('example.org'), {
    problem: 'Line 1 is not an http or https address: example.org',
  });
  assert.deepEqual(parseUrlLines('\n  \n'), { problem: 'Paste at least one address.' });
});

test('dates are written to the precision they are known to, and no further', () => {
  assert.equal(formatPartialDate('2025-03-07'), '7 March 2025');
  assert.equal(formatPartialDate('2025-03'), 'March 2025');
  assert.equal(formatPartialDate('2025'), '2025');
  assert.equal(formatPartialDate('2025-13'), '2025');
  assert.equal(formatPartialDate('spring 2025'), 'spring 2025');
  assert.equal(formatTimestamp('2026-11-29T09:42:06.851Z'), '2026-11-29 09:42:06 UTC');
});

test('sizes are written in decimal units with three digits', () => {
  assert.equal(formatBytes(820), '820 bytes');
  assert.equal(formatBytes(1552), '1.55 kB');
  assert.equal(formatBytes(50_000_000), '50 MB');
  assert.equal(formatBytes(240_123_456), '240 MB');
});
