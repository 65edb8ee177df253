import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeHref } from '../../web/src/text/safe-href.ts';
import { layoutText, piecesOf, type TextRange } from '../../web/src/text/segments.ts';

// "Karimi said the port would reopen." with a statement over "the port would reopen" and a name inside it.
const statement: TextRange = { start: 12, end: 33, kind: 'statement', label: 'statement by Karimi' };
const name: TextRange = { start: 16, end: 20, kind: 'place', label: 'the port', href: '/entities/port' };

const shape = (pieces: ReturnType<typeof piecesOf>) =>
  pieces.map((p) => [p.start, p.end, p.ranges.map((r) => r.kind).join('+')]);

test('a paragraph is cut wherever a range starts or ends, ranges listed outermost first', () => {
  assert.deepEqual(shape(piecesOf({ start: 0, end: 34 }, [name, statement])), [
    [0, 12, ''],
    [12, 16, 'statement'],
    [16, 20, 'statement+place'],
    [20, 33, 'statement'],
    [33, 34, ''],
  ]);
});

test('a range crossing a paragraph boundary is clipped to each paragraph', () => {
  const across: TextRange = { start: 5, end: 15, kind: 'quote', label: 'a quote' };
  assert.deepEqual(shape(piecesOf({ start: 0, end: 8 }, [across])), [
    [0, 5, ''],
    [5, 8, 'quote'],
  ]);
  assert.deepEqual(shape(piecesOf({ start: 10, end: 20 }, [across])), [
    [10, 15, 'quote'],
    [15, 20, ''],
  ]);
});

test('empty and outside ranges leave a paragraph whole', () => {
  const ranges: TextRange[] = [
    { start: 4, end: 4, kind: 'x', label: 'empty' },
    { start: 30, end: 40, kind: 'x', label: 'elsewhere' },
  ];
  assert.deepEqual(shape(piecesOf({ start: 0, end: 10 }, ranges)), [[0, 10, '']]);
});

test('markers at a paragraph start or in the gap before it come before it; inside it they cut it', () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
  ];
  const markers = [
    { at: 0, id: 'a' },
    { at: 11, id: 'gap' },
    { at: 15, id: 'inside' },
    { at: 20, id: 'end' },
    { at: 12, id: 'start' },
  ];
  const layout = layoutText(paragraphs, [], markers);
  assert.deepEqual(
    layout.paragraphs.map((p) => [p.before.map((m) => m.id), p.inside.map((m) => m.id)]),
    [
      [['a'], []],
      [['gap', 'start'], ['inside']],
    ],
  );
  assert.deepEqual(
    layout.paragraphs[1]?.pieces.map((p) => [p.start, p.end]),
    [
      [12, 15],
      [15, 20],
    ],
  );
  assert.deepEqual(
    layout.after.map((m) => m.id),
    ['end'],
  );
});

test('only paths of this server and http(s) addresses become links', () => {
  assert.equal(safeHref('/documents/3f2a9c'), '/documents/3f2a9c');
  assert.equal(safeHref('https://example.org/a b'), 'https://example.org/a%20b');
  assert.equal(safeHref('HTTP://EXAMPLE.ORG/'), 'http://example.org/');
  for (const hostile of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/\\evil.example/',
    '/\t/evil.example/',
    'documents/relative',
    '',
  ]) {
    assert.equal(safeHref(hostile), null, JSON.stringify(hostile));
  }
});
