import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { copyClusters } from '../../src/resolve/copies/clusters.ts';
import { copyPairs, isCopy } from '../../src/resolve/copies/copy-pairs.ts';
import { bandsOf, resemblance, signatureOf } from '../../src/resolve/copies/minhash.ts';
import { documentSignatures } from '../../src/resolve/copies/paragraphs.ts';
import { repeatedStatements, statementKey } from '../../src/resolve/copies/repeats.ts';
import { fictionalDocument } from '../helpers/records.ts';

const STORY = [
  'Security forces in the southern city of Velmora fired tear gas at hundreds of farmers who had gathered outside the provincial water authority on Thursday to protest against the closure of two dams.',
  'The farmers, some of whom had travelled for two days from villages near the border, said their fields had been without irrigation since the spring and that their families could no longer pay for bread.',
  'A spokesman for the water authority, Dariush Kamali, said the dams had been closed to protect drinking water for the city and would reopen once the reservoirs had recovered from a third year of drought.',
  'Residents said at least a dozen people were detained and taken to a police station on the edge of the city, where relatives gathered late into the night waiting for news of their release.',
].join('\n\n');

/** Twenty made-up words, different for every seed: a text that shares no shingle with another. */
function gibberish(seed: number): string {
  let state = seed + 1;
  const word = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state.toString(36);
  };
  return Array.from({ length: 20 }, word).join(' ');
}

function signed(text: string) {
  const signature = signatureOf(text);
  assert.ok(signature);
  return signature;
}

describe('copy detection', () => {
  test('the same text gives the same signature and bands', () => {
    assert.deepEqual(signed(STORY), signed(STORY));
    assert.deepEqual(bandsOf(signed(STORY)), bandsOf(signed(STORY)));
  });

  test('a repost with a paragraph removed is a copy', () => {
    const paragraphs = STORY.split('\n\n');
    const shorter = [paragraphs[0], paragraphs[1], paragraphs[3]].join('\n\n');
    assert.equal(isCopy(signed(STORY), signed(shorter)).copy, true);
  });

  test('a repost with a paragraph added is a copy', () => {
    const longer = `${STORY}\n\nThe governor's office did not respond to a request for comment on Friday, and state media did not report the protest.`;
    assert.equal(isCopy(signed(STORY), signed(longer)).copy, true);
  });

  test('a repost with a few words changed is a copy', () => {
    const edited = STORY.replace('tear gas', 'water cannon')
      .replace('hundreds of', 'several hundred')
      .replace('Thursday', 'Wednesday');
    assert.equal(isCopy(signed(STORY), signed(edited)).copy, true);
  });

  test('another story on the same subject is not a copy', () => {
    const other =
      'Farmers in Velmora province have protested for weeks against the closure of two dams, which the water authority says protects the drinking water of the city. Officials say the reservoirs are at their lowest level in decades and blame a third year of drought, while farmers accuse them of favouring industry.';
    assert.equal(isCopy(signed(STORY), signed(other)).copy, false);
  });

  test('copies are found among many texts, each pair once, and unrelated texts are left out', () => {
    const edited = STORY.replace('tear gas', 'water cannon');
    const items = [
      { id: 'doc-a', signature: signed(STORY) },
      {
        id: 'doc-b',
        signature: signed('A different story entirely, about the price of bread in the capital.'),
      },
      { id: 'doc-c', signature: signed(`${STORY}\n\nReporting by a correspondent.`) },
      ...Array.from({ length: 300 }, (_, i) => ({ id: `filler-${i}`, signature: signed(gibberish(i)) })),
      { id: 'doc-d', signature: signed(edited) },
    ];
    assert.deepEqual(
      copyPairs(items).map((p) => [p.a, p.b]),
      [
        ['doc-a', 'doc-c'],
        ['doc-a', 'doc-d'],
        ['doc-c', 'doc-d'],
      ],
    );
  });
});

describe('copy clusters', () => {
  test('group linked items and take the smallest member id, in any order of the pairs', () => {
    const pairs = [
      { a: 'doc-c', b: 'doc-d' },
      { a: 'doc-b', b: 'doc-c' },
      { a: 'doc-x', b: 'doc-y' },
    ];
    const expected = [
      { id: 'copies:doc-b', members: ['doc-b', 'doc-c', 'doc-d'] },
      { id: 'copies:doc-x', members: ['doc-x', 'doc-y'] },
    ];
    assert.deepEqual(copyClusters(pairs), expected);
    assert.deepEqual(copyClusters([...pairs].reverse()), expected);
  });
});

describe('paragraph signatures', () => {
  test('sign each paragraph long enough to be worth comparing, with its span', () => {
    const document = fictionalDocument(`Velmora, Thursday\n\n${STORY}`);
    const signatures = documentSignatures(document).paragraphs;
    assert.deepEqual(
      signatures.map((s) => s.id),
      [1, 2, 3, 4].map((n) => `${document.id}/p${n}`),
    );
    const first = signatures[0];
    assert.ok(first);
    assert.equal(document.text.slice(first.span.start, first.span.end), STORY.split('\n\n')[0]);
  });
  test('the document’s signature is its paragraphs’ together, close to that of its whole text', () => {
    const document = fictionalDocument(`Velmora, Thursday\n\n${STORY}`);
    const { whole, paragraphs } = documentSignatures(document);
    assert.ok(whole);
    const paragraphSlots = paragraphs.map((p) => p.signature.slots);
    for (let slot = 0; slot < whole.slots.length; slot++)
      assert.ok(paragraphSlots.every((slots) => (whole.slots[slot] as number) <= (slots[slot] as number)));
    const ofText = signatureOf(document.text);
    assert.ok(ofText);
    const { jaccard } = resemblance(whole, ofText);
    assert.ok(jaccard >= 0.75, `estimated Jaccard with the whole text's signature: ${jaccard}`);
    const edited = fictionalDocument(`Velmora, Thursday\n\n${STORY.replace('the', 'a')}`);
    const editedWhole = documentSignatures(edited).whole;
    assert.ok(editedWhole);
    assert.ok(resemblance(whole, editedWhole).jaccard >= 0.8, 'one word changed is still a copy');
  });
});

describe('repeated statements', () => {
  test('the same words in several documents, earliest first, undated last', () => {
    const occurrences = [
      {
        text: '"We will restore access province by province"',
        documentId: 'doc-b',
        date: { value: '2019-11-20', precision: 'day' as const },
      },
      { text: 'we will restore access, province by province.', documentId: 'doc-c', date: null },
      {
        text: '“We will restore access province by province,”',
        documentId: 'doc-a',
        date: { value: '2019-11-19', precision: 'day' as const },
      },
      { text: 'Something else entirely', documentId: 'doc-a', date: null },
    ];
    const repeated = repeatedStatements(occurrences);
    assert.equal(repeated.length, 1);
    assert.equal(repeated[0]?.key, 'we will restore access province by province');
    assert.deepEqual(
      repeated[0]?.occurrences.map((o) => o.documentId),
      ['doc-a', 'doc-b', 'doc-c'],
    );
  });

  test('a statement said twice in one document is not a repeat', () => {
    const twice = [
      { text: 'No comment', documentId: 'doc-a', date: null },
      { text: 'No comment.', documentId: 'doc-a', date: null },
    ];
    assert.deepEqual(repeatedStatements(twice), []);
    assert.equal(statementKey('“No  comment,” he said'), 'no comment he said');
  });
});
