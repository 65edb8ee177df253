import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { independentSources } from '../../src/resolve/independence/independent-sources.ts';
import { outletOf } from '../../src/resolve/independence/outlets.ts';

describe('outlets', () => {
  test('a URL gives its registrable domain by the public suffix list', () => {
    assert.equal(outletOf({ url: 'https://www.velmora-times.co.uk/news/dams' }), 'velmora-times.co.uk');
    assert.equal(outletOf({ url: 'https://news.velmora-times.co.uk/a' }), 'velmora-times.co.uk');
    assert.equal(
      outletOf({ url: 'https://farmers-voice.blogspot.com/2019/11/post.html' }),
      'farmers-voice.blogspot.com',
    );
  });

  test('a file gives the publisher its metadata names, else nothing', () => {
    assert.equal(
      outletOf({ url: 'articles/dams.html', publisher: '  The  Velmora Times ' }),
      'the velmora times',
    );
    assert.equal(outletOf({ url: 'articles/dams.txt' }), null);
    assert.equal(outletOf({ url: 'http://192.168.0.10/page' }), null);
  });
});

describe('independent sources', () => {
  test('copies count once, an outlet counts once, and a copy on another outlet joins them', () => {
    const independence = independentSources([
      { documentId: 'doc-a', copyCluster: 'copies:doc-a', outlet: 'wire.example' },
      { documentId: 'doc-b', copyCluster: 'copies:doc-a', outlet: 'paper-one.example' },
      { documentId: 'doc-c', copyCluster: null, outlet: 'paper-one.example' },
      { documentId: 'doc-d', copyCluster: null, outlet: 'paper-two.example' },
      { documentId: 'doc-e', copyCluster: null, outlet: null },
    ]);
    assert.equal(independence.sources, 3);
    assert.equal(independence.documents, 5);
    assert.deepEqual(independence.groups, [
      {
        documents: ['doc-a', 'doc-b', 'doc-c'],
        outlets: ['paper-one.example', 'wire.example'],
        copyClusters: ['copies:doc-a'],
      },
      { documents: ['doc-d'], outlets: ['paper-two.example'], copyClusters: [] },
      { documents: ['doc-e'], outlets: [], copyClusters: [] },
    ]);
  });

  test('a story syndicated to ten sites counts once', () => {
    const syndicated = Array.from({ length: 10 }, (_, i) => ({
      documentId: `doc-${i}`,
      copyCluster: 'copies:doc-0',
      outlet: `site-${i}.example`,
    }));
    assert.equal(independentSources(syndicated).sources, 1);
  });
});
