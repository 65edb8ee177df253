/// <reference lib="dom" />
// The component is rendered with React's static renderer: the markup it would put in the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AnnotatedText, type TextRange } from '../../web/src/components/annotated-text.tsx';

const TEXT = 'Karimi said <b>the port</b> would reopen.\n\nIt did not.';
const PARAGRAPHS = [
  { start: 0, end: 41 },
  { start: 43, end: 54 },
];

function render(ranges: TextRange[], markers: Array<{ at: number; id: string }> = []): string {
  return renderToStaticMarkup(
    createElement(AnnotatedText<{ at: number; id: string }>, {
      text: TEXT,
      paragraphs: PARAGRAPHS,
      ranges,
      markers,
      renderMarker: (marker, placement) =>
        createElement('hr', { 'data-marker': `${marker.id} ${placement}` }),
    }),
  );
}

test('the text renders as escaped paragraphs that each take their own direction', () => {
  assert.equal(
    render([]),
    '<div class="annotated-text"><p dir="auto" data-start="0" data-end="41">Karimi said &lt;b&gt;the port&lt;/b&gt; would reopen.</p>' +
      '<p dir="auto" data-start="43" data-end="54">It did not.</p></div>',
  );
});

test('ranges nest as marks, outermost outside, and only a safe address becomes a link', () => {
  const statement: TextRange = { start: 12, end: 40, kind: 'statement', label: 'said by "Karimi"' };
  const place: TextRange = { start: 15, end: 23, kind: 'place', label: 'a place', href: '/entities/port' };
  const hostile: TextRange = {
    start: 0,
    end: 6,
    kind: 'person" onclick="x',
    label: 'Karimi',
    href: 'javascript:alert(1)',
  };
  const html = render([statement, place, hostile]);
  assert.ok(
    html.includes(
      '<mark class="range range-persononclickx" title="Karimi" data-start="0" data-end="6">Karimi</mark>',
    ),
  );
  assert.ok(
    html.includes(
      '<mark class="range range-statement" title="said by &quot;Karimi&quot;" data-start="12" data-end="40">' +
        '<a href="/entities/port"><mark class="range range-place" title="a place" data-start="15" data-end="23">the port</mark></a></mark>',
    ),
  );
  assert.ok(!html.includes('javascript:'));
});

test('markers stand between paragraphs or inside one, where they were placed', () => {
  const html = render(
    [],
    [
      { at: 43, id: 'before-second' },
      { at: 6, id: 'inside-first' },
      { at: 54, id: 'after-all' },
    ],
  );
  assert.ok(html.includes('Karimi<hr data-marker="inside-first inline"/> said'));
  assert.ok(html.includes('</p><hr data-marker="before-second block"/><p dir="auto" data-start="43"'));
  assert.ok(html.endsWith('It did not.</p><hr data-marker="after-all block"/></div>'));
});
