import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromeOf, splitCrumbs } from '../../src/text/plain-chrome.ts';

test('recognises navigation crumbs', () => {
  assert.equal(chromeOf('Home > World > Middle East'), 'navigation');
  assert.equal(chromeOf('Home » News'), 'navigation');
  assert.equal(chromeOf('News | Sport | Weather'), 'navigation');
  assert.deepEqual(splitCrumbs('Home » News Velmora port reopens after strike'), {
    crumbs: 'Home » News',
    rest: 'Velmora port reopens after strike',
  });
  assert.deepEqual(splitCrumbs('Home > Region   Strike ends in Velmora'), {
    crumbs: 'Home > Region',
    rest: 'Strike ends in Velmora',
  });
});

test('recognises image file names standing as lines', () => {
  assert.equal(chromeOf('IMG_2041.jpg'), 'image-file-name');
  assert.equal(chromeOf('photo-123.png'), 'image-file-name');
  assert.equal(chromeOf('Photo: harbour_strike_03.JPEG'), 'image-file-name');
});

test('recognises share and follow lines', () => {
  for (const line of [
    'Share this article',
    'Follow us on Twitter',
    'Share on Facebook Twitter WhatsApp',
    'Facebook | X | Telegram',
    'Follow @VelmoraHerald on X',
  ]) {
    assert.equal(chromeOf(line), 'share-links', line);
  }
});

test('recognises comment headers and prompts', () => {
  for (const line of [
    'Comments',
    'Leave a comment',
    'Post a comment',
    '3 comments',
    'Comments (12)',
    'Your email address will not be published. Required fields are marked *',
  ]) {
    assert.equal(chromeOf(line), 'comments', line);
  }
});

test('recognises adverts, teasers and bare URLs', () => {
  assert.equal(chromeOf('Advertisement'), 'boilerplate');
  assert.equal(chromeOf('ADVERTISEMENT'), 'boilerplate');
  assert.equal(chromeOf("Read more: Velmora's water crisis explained"), 'boilerplate');
  assert.equal(chromeOf('https://example.org/velmora/strike?ref=home'), 'bare-url');
  assert.equal(chromeOf('www.example.org'), 'bare-url');
});

test('leaves article lines alone, even ones that use the same words', () => {
  for (const line of [
    'The minister declined to share details of the plan.',
    'comments made by the governor on Friday',
    'Workers follow the rules, the union said, and like it or not',
    'He read more than 40 reports before the hearing.',
    'Home prices in Velmora rose 5% > inflation',
    'See the attached report.png for details',
  ]) {
    assert.equal(chromeOf(line), null, line);
  }
});
