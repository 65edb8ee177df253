import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Part } from '../../src/text/extracted.ts';
import { extractHtml } from '../../src/text/html.ts';
import { paragraphs, removals } from '../helpers/parts.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/html');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function allText(parts: Part[]): string {
  return parts.map((p) => p.text).join('\n');
}

test('reads a news page body in reading order with headings and list items as their own paragraphs', () => {
  const body = paragraphs(extractHtml(fixture('news-article.html'), {}).parts);
  assert.equal(body.length, 9);
  assert.match(body[0] ?? '', /^The harbour council of Port Calder voted on Tuesday/);
  assert.match(body[2] ?? '', /^“This is the result of a long conversation/);
  assert.equal(body[3], 'Costs shared with the islands');
  assert.equal(body[5], 'Evening departures extended until 22:30 on weekdays.');
  assert.equal(body[6], 'A second vessel on Saturdays and Sundays from May to September.');
  assert.match(body[8] ?? '', /^The new timetable takes effect on the first of April/);
});

test('reads the title, byline, date and language of a news page', () => {
  const result = extractHtml(fixture('news-article.html'), {
    url: 'https://ledger.example/2021/03/16/ferry',
  });
  assert.equal(result.title, 'Harbour council approves new ferry schedule');
  assert.equal(result.byline, 'Mara Ellison');
  // 23:30 on the 14th at UTC-8 is the 15th in UTC; the page's own date is kept.
  assert.deepEqual(result.published, { value: '2021-03-14', precision: 'day', from: 'meta' });
  assert.equal(result.language, 'en');
});

test('records the title, byline and share bar repeated above the body as removed, in place', () => {
  const parts = extractHtml(fixture('news-article.html'), {}).parts;
  assert.deepEqual(
    parts.slice(0, 3).map((p) => [p.kind, p.kind === 'removed' ? p.reason : '', p.text]),
    [
      ['removed', 'title', 'Harbour council approves new ferry schedule'],
      ['removed', 'byline', 'By Mara Ellison'],
      ['removed', 'share-links', 'Facebook Twitter Email'],
    ],
  );
  assert.equal(parts[3]?.kind, 'paragraph');
});

test('records a follow line and a related-stories list after the body as removed', () => {
  const removed = removals(extractHtml(fixture('news-article.html'), {}).parts);
  assert.deepEqual(
    removed.filter(([reason]) => reason === 'share-links' || reason === 'navigation').slice(1),
    [
      ['share-links', 'Follow The Calder Ledger on Facebook and Twitter.'],
      ['navigation', 'Related stories'],
      ['navigation', 'Veshold pier closed again after storm'],
      ['navigation', 'Ferry fares to rise by five percent'],
      ['navigation', 'Island schools join regional network'],
    ],
  );
});

test('records an image caption that is only a file name', () => {
  const parts = extractHtml(fixture('news-article.html'), {}).parts;
  const at = parts.findIndex((p) => p.text === 'IMG_20210314_0931.jpg');
  assert.deepEqual(parts[at], { kind: 'removed', reason: 'image-file-name', text: 'IMG_20210314_0931.jpg' });
  assert.match(parts[at - 1]?.text ?? '', /^Under the new schedule/);
});

test('keeps the article of a page whose comment thread is longer than it, and records the comments', () => {
  const parts = extractHtml(fixture('comment-thread.html'), {}).parts;
  const body = paragraphs(parts);
  assert.equal(body.length, 2);
  assert.match(body[0] ?? '', /^The Calder branch of the city library will close at five/);
  assert.match(body[1] ?? '', /^The board said the change was temporary/);
  const comments = removals(parts).filter(([reason]) => reason === 'comments');
  assert.equal(comments.filter(([, text]) => text.length > 150).length, 12);
  assert.ok(comments.some(([, text]) => text === 'Leave a Reply'));
});

test('never lets script, style, noscript, template, iframe or event-handler content into the text', () => {
  const parts = extractHtml(fixture('hostile.html'), {}).parts;
  const text = allText(parts);
  for (const marker of [
    'SCRIPT',
    'STYLE',
    'NOSCRIPT',
    'TEMPLATE',
    'IFRAME',
    'HANDLER',
    'alert',
    'javascript',
  ]) {
    assert.ok(!text.includes(marker), `${marker} leaked into the text`);
  }
  assert.equal(paragraphs(parts).length, 4);
  assert.match(paragraphs(parts)[2] ?? '', /^The authority said the lighthouse would be fully automated/);
});

test('breaks paragraphs at <br><br> and joins lines broken by a single <br>', () => {
  const parts = extractHtml(fixture('line-breaks.html'), {}).parts;
  assert.deepEqual(removals(parts), [['title', 'Old town market to move']]);
  const body = paragraphs(parts);
  assert.equal(body.length, 3);
  assert.match(body[0] ?? '', /^The weekly market in the old town of Veshold will move/);
  assert.match(
    body[1] ?? '',
    /to park nearby\. The station square is larger and has a car park next to it\.$/,
  );
  assert.match(body[2] ?? '', /said one of them, Hedda Strand\.$/);
});

test('puts back a short paragraph with a link and an embedded post that Readability drops', () => {
  const body = paragraphs(extractHtml(fixture('dropped-paragraphs.html'), {}).parts);
  assert.equal(body.length, 8);
  assert.equal(body[2], 'The findings appear in the Calder Journal of Marine Science.');
  assert.match(body[4] ?? '', /^Back from Skarn Point: the reef is alive and growing\./);
  assert.equal(body[5], '— Wenna Arkwright (@wenna_dives) May 3, 2022');
  assert.match(body[6] ?? '', /^The institute plans to repeat the survey every year/);
});

test('reads each table row as one paragraph, its cells in order', () => {
  const html =
    '<article><p>The harbour authority published the tonnage landed at each port last year, ' +
    'with Port Calder again the busiest of the three by a wide margin.</p>' +
    '<table><tr><th>Port</th><th>Tonnes</th></tr><tr><td>Port Calder</td><td>12,400</td></tr>' +
    '<tr><td>Veshold</td><td>3,150</td></tr></table></article>';
  assert.deepEqual(paragraphs(extractHtml(html, {}).parts).slice(1), [
    'Port Tonnes',
    'Port Calder 12,400',
    'Veshold 3,150',
  ]);
});

test('reads a fragment without <html> or <body>', () => {
  const html =
    '<p>The ferry to Brannick was cancelled on Monday because of high winds, the operator said.</p>' +
    '<p>Services are expected to resume on Tuesday morning.</p>';
  assert.deepEqual(paragraphs(extractHtml(html, {}).parts), [
    'The ferry to Brannick was cancelled on Monday because of high winds, the operator said.',
    'Services are expected to resume on Tuesday morning.',
  ]);
});

test('does not throw on malformed or hostile markup', () => {
  const inputs = [
    '<div><p>Unclosed <b>bold <i>italic</div></span></td> text after the wreck.',
    '<<<>>>&&&&#xZZZ;&#99999999999;<!-- never closed',
    '<html><head><title>x</title></head><p>A page without a body element at all.</p></html>',
    '\u0000\u0001\u0002PNG\u001a\u0000\u00ff\u00fe',
    `${'<div>'.repeat(3000)}Deeply nested text of a pathological page.${'</div>'.repeat(3000)}`,
    '<script type="application/ld+json">{"@id": "a", "author": {"@id": "a"}}</script>' +
      '<time datetime="nonsense">',
  ];
  for (const html of inputs) {
    const result = extractHtml(html, { url: 'not a url' });
    assert.ok(Array.isArray(result.parts));
  }
  const deep = extractHtml(inputs[4] ?? '', {});
  assert.deepEqual(paragraphs(deep.parts), ['Deeply nested text of a pathological page.']);
});

test('returns no paragraphs for a page without article text', () => {
  const pages = [
    '',
    '<html><head><script>var text = "a long string that is not an article";</script></head>' +
      '<body></body></html>',
    '<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>' +
      '<li><a href="/contact">Contact</a></li></ul></nav>' +
      '<footer><p>© 2020 The Calder Ledger</p></footer></body></html>',
    '<html><body><form><label>Email</label><input name="e"><label>Password</label>' +
      '<input type="password"><button>Sign in</button></form></body></html>',
  ];
  for (const html of pages) assert.deepEqual(paragraphs(extractHtml(html, {}).parts), [], html.slice(0, 60));
});
