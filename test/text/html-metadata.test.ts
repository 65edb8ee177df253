import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractHtml } from '../../src/text/html.ts';
import { dateFromUrl, parseStatedDate } from '../../src/text/html-dates.ts';
import { cleanByline, primaryLanguage, stripSiteName } from '../../src/text/html-metadata.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/html');

const BODY =
  '<p>The regional court in Port Calder ruled on Thursday that the harbour authority had acted within its ' +
  'powers when it raised mooring fees last spring, dismissing a complaint brought by local fishermen.</p>';

function page(head: string, body = BODY, htmlAttributes = ''): string {
  const article = `<body><article>${body}</article></body>`;
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head>${article}</html>`;
}

test('reads headline, authors behind @id references and the article date from a JSON-LD @graph', () => {
  const result = extractHtml(readFileSync(join(FIXTURES, 'graph-jsonld.html'), 'utf8'), {});
  assert.equal(result.title, 'Museum of the Northern Coast reopens after renovation');
  assert.equal(result.byline, 'Jonas Pettering, Ilse Marwood');
  // The article node's date, not the WebPage node's, and the day as written in its own offset.
  assert.deepEqual(result.published, { value: '2022-06-05', precision: 'day', from: 'json-ld' });
  assert.equal(result.language, null);
});

test('reads JSON-LD with trailing commas and skips JSON-LD that cannot be repaired', () => {
  const head =
    '<script type="application/ld+json">{"@type": "Article", "datePublished": "2018-07-02", ' +
    '"author": {"@type": "Person", "name": "Petra Lindqvist"},}</script>' +
    '<script type="application/ld+json">{"@type": "Article", "headline": </script>';
  const result = extractHtml(page(head), {});
  assert.deepEqual(result.published, { value: '2018-07-02', precision: 'day', from: 'json-ld' });
  assert.equal(result.byline, 'Petra Lindqvist');
});

test('reads a JSON-LD author given as a plain string', () => {
  const head =
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": "Hedda Strand"}</script>';
  assert.equal(extractHtml(page(head), {}).byline, 'Hedda Strand');
});

test('takes the date from the meta names sites use when article:published_time is absent', () => {
  for (const name of [
    'pubdate',
    'DC.date.issued',
    'sailthru.date',
    'parsely-pub-date',
    'date',
    'sn-post-date',
  ]) {
    const result = extractHtml(page(`<meta name="${name}" content="2019-11-19T07:00:00Z">`), {});
    assert.deepEqual(result.published, { value: '2019-11-19', precision: 'day', from: 'meta' }, name);
  }
});

test('prefers a meta date to JSON-LD, JSON-LD to <time>, and <time> to the URL', () => {
  const meta = '<meta property="article:published_time" content="2020-05-01">';
  const jsonLd =
    '<script type="application/ld+json">{"@type": "Article", "datePublished": "2020-05-02"}</script>';
  const time = '<time datetime="2020-05-03T10:00:00+02:00">3 May</time>';
  const url = 'https://ledger.example/news/2020/05/04/court';
  const from = (head: string, body: string) => extractHtml(page(head, body), { url }).published;
  assert.deepEqual(from(meta + jsonLd, time + BODY), { value: '2020-05-01', precision: 'day', from: 'meta' });
  assert.deepEqual(from(jsonLd, time + BODY), { value: '2020-05-02', precision: 'day', from: 'json-ld' });
  assert.deepEqual(from('', time + BODY), { value: '2020-05-03', precision: 'day', from: 'time-element' });
  assert.deepEqual(from('', BODY), { value: '2020-05-04', precision: 'day', from: 'url' });
});

test('prefers a <time pubdate> to other <time> elements', () => {
  const today = '<time datetime="2021-01-09">Today</time>';
  const body = `${today}${BODY}<time pubdate datetime="2021-01-05">5 January</time>`;
  assert.deepEqual(extractHtml(page('', body), {}).published, {
    value: '2021-01-05',
    precision: 'day',
    from: 'time-element',
  });
});

test('keeps the calendar date a timestamp states, in its own offset', () => {
  assert.deepEqual(parseStatedDate('2019-11-19T23:30:00-08:00'), { value: '2019-11-19', precision: 'day' });
  assert.deepEqual(parseStatedDate('2019-11-20T01:15:00+09:00'), { value: '2019-11-20', precision: 'day' });
  assert.deepEqual(parseStatedDate('20191119'), { value: '2019-11-19', precision: 'day' });
  assert.deepEqual(parseStatedDate('Tue, 19 Nov 2019 10:48:00 GMT'), {
    value: '2019-11-19',
    precision: 'day',
  });
  assert.deepEqual(parseStatedDate('2019-11'), { value: '2019-11', precision: 'month' });
});

test('rejects dates that do not exist or cannot be read', () => {
  assert.equal(parseStatedDate('2019-02-30'), null);
  assert.equal(parseStatedDate('2019-13-01'), null);
  assert.equal(parseStatedDate('last Tuesday'), null);
  assert.equal(parseStatedDate('garbage'), null);
});

test('reads a date from /YYYY/MM/DD/ and /YYYY/mon/DD/ paths, and a month from /YYYY/MM/', () => {
  assert.deepEqual(dateFromUrl('https://a.example/news/2019/11/18/story.html'), {
    value: '2019-11-18',
    precision: 'day',
  });
  assert.deepEqual(dateFromUrl('https://a.example/world/2019/nov/18/story'), {
    value: '2019-11-18',
    precision: 'day',
  });
  assert.deepEqual(dateFromUrl('https://a.example/sport/2019/11/story.html'), {
    value: '2019-11',
    precision: 'month',
  });
  assert.equal(dateFromUrl('https://a.example/item/2019/99/99/story'), null);
  assert.equal(dateFromUrl('not a url'), null);
});

test('takes the title from og:title, twitter:title, JSON-LD, <h1> and <title> in that order', () => {
  const og = '<meta property="og:title" content="From og">';
  const twitter = '<meta name="twitter:title" content="From twitter">';
  const jsonLd =
    '<script type="application/ld+json">{"@type": "Article", "headline": "From JSON-LD"}</script>';
  const title = '<title>From the title element</title>';
  const h1 = '<h1>From the heading</h1>';
  const titleOf = (head: string, body = BODY) => extractHtml(page(head, body), {}).title;
  assert.equal(titleOf(og + twitter + jsonLd + title, h1 + BODY), 'From og');
  assert.equal(titleOf(twitter + jsonLd + title, h1 + BODY), 'From twitter');
  assert.equal(titleOf(jsonLd + title, h1 + BODY), 'From JSON-LD');
  assert.equal(titleOf(title, h1 + BODY), 'From the heading');
  assert.equal(titleOf(title), 'From the title element');
});

test('strips a trailing site name from a title', () => {
  assert.equal(
    stripSiteName('Harbour fees upheld | The Calder Ledger', 'The Calder Ledger'),
    'Harbour fees upheld',
  );
  assert.equal(
    stripSiteName('Court upholds harbour fees - Brannick Daily', null),
    'Court upholds harbour fees',
  );
  assert.equal(
    stripSiteName('Court upholds harbour fees — Brannick Daily', null),
    'Court upholds harbour fees',
  );
  assert.equal(
    stripSiteName('The Calder Ledger | Harbour fees upheld', 'The Calder Ledger'),
    'Harbour fees upheld',
  );
});

test('keeps a title whose last part is not a site name', () => {
  assert.equal(
    stripSiteName('Harbour fees rise - what it means for you', null),
    'Harbour fees rise - what it means for you',
  );
  assert.equal(stripSiteName('Profile - Petra Lindqvist', null), 'Profile - Petra Lindqvist');
});

test('strips the site name from a <title> read through the page', () => {
  const head =
    '<meta property="og:site_name" content="The Calder Ledger">' +
    '<title>Fees upheld | The Calder Ledger</title>';
  assert.equal(extractHtml(page(head), {}).title, 'Fees upheld');
});

test('reads the byline from meta author, rel=author and .byline, in that order', () => {
  const meta = '<meta name="author" content="Tobias Renfrew">';
  const rel = '<a rel="author" href="/staff/ilse">Ilse Marwood</a>';
  const byline = '<div class="byline">By Jonas Pettering | 4 May 2021</div>';
  assert.equal(extractHtml(page(meta, rel + byline + BODY), {}).byline, 'Tobias Renfrew');
  assert.equal(extractHtml(page('', rel + byline + BODY), {}).byline, 'Ilse Marwood');
  assert.equal(extractHtml(page('', byline + BODY), {}).byline, 'Jonas Pettering');
});

test('takes the byline from a "By" line when the page marks none', () => {
  const result = extractHtml(page('', `<p>By Sabine Oldcastle</p>${BODY}`), {});
  assert.equal(result.byline, 'Sabine Oldcastle');
  assert.deepEqual(result.parts[0], { kind: 'removed', reason: 'byline', text: 'By Sabine Oldcastle' });
});

test('cleans bylines of the date and role words around the names', () => {
  assert.equal(cleanByline('By Jane Roe - 11/18/19 11:04 PM EST'), 'Jane Roe');
  assert.equal(cleanByline('Analysis by Aldo Fenwick'), 'Aldo Fenwick');
  assert.equal(
    cleanByline('Mara Ellison , Tobias Renfrew on Monday, March 15th, 2021 at 9:08 a.m.'),
    'Mara Ellison, Tobias Renfrew',
  );
  assert.equal(cleanByline('https://social.example/marwood'), null);
});

test('reads the primary language from <html lang> or meta, lowercased', () => {
  assert.equal(extractHtml(page('', BODY, ' lang="en-GB"'), {}).language, 'en');
  assert.equal(extractHtml(page('', BODY, ' lang="FA"'), {}).language, 'fa');
  const meta = '<meta http-equiv="Content-Language" content="pt-BR">';
  assert.equal(extractHtml(page(meta), {}).language, 'pt');
  assert.equal(extractHtml(page(''), {}).language, null);
  assert.equal(primaryLanguage('en_US'), 'en');
  assert.equal(primaryLanguage('und'), null);
  assert.equal(primaryLanguage('English'), null);
});
