import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../../src/model.ts';
import { paragraphSpans, segment, tokenize } from '../../src/text/segment.ts';

function sentencesOf(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

test('finds paragraphs between blank lines with exact offsets', () => {
  const text = 'The port reopened.\n\nThe union agreed. Work resumed.\n\nShips left.';
  assert.deepEqual(
    paragraphSpans(text).map((p: Span) => text.slice(p.start, p.end)),
    ['The port reopened.', 'The union agreed. Work resumed.', 'Ships left.'],
  );
});

test('splits sentences and never lets one cross a paragraph break', () => {
  const text = 'The strike ended on Monday\n\nwhen the wages arrived. Ships left.';
  assert.deepEqual(sentencesOf(text), [
    'The strike ended on Monday',
    'when the wages arrived.',
    'Ships left.',
  ]);
  const { paragraphs, sentences } = segment(text);
  for (const s of sentences) {
    assert.ok(
      paragraphs.some((p) => p.start <= s.start && s.end <= p.end),
      'each sentence lies in one paragraph',
    );
  }
});

test('titles before a name never end a sentence', () => {
  const text =
    'Adm. Farhadi Rostami spoke first. Rev. Okafor Mensah prayed. ' +
    'Pres. Ardalani agreed, and Supt. Amiri Kalb and Insp. Hale Morrow nodded.';
  assert.deepEqual(sentencesOf(text), [
    'Adm. Farhadi Rostami spoke first.',
    'Rev. Okafor Mensah prayed.',
    'Pres. Ardalani agreed, and Supt. Amiri Kalb and Insp. Hale Morrow nodded.',
  ]);
});

test('abbreviations followed by a name or a number do not end a sentence', () => {
  const text =
    'Mr. Kettunen met Gen. Qasem Tavakoli and Sen. Ilse Marwood in Washington, D.C. on Sept. 12. ' +
    'The U.N. Security Council and the U.S. Navy were told. ' +
    'Talks were held in Jan. 2020 at No. 10 Harbour Road.';
  assert.deepEqual(sentencesOf(text), [
    'Mr. Kettunen met Gen. Qasem Tavakoli and Sen. Ilse Marwood in Washington, D.C. on Sept. 12.',
    'The U.N. Security Council and the U.S. Navy were told.',
    'Talks were held in Jan. 2020 at No. 10 Harbour Road.',
  ]);
});

test('an abbreviation can still end a sentence before an ordinary word', () => {
  const text = 'The aid came from the U.S. It arrived late. The answer was No. Then he left.';
  assert.deepEqual(sentencesOf(text), [
    'The aid came from the U.S.',
    'It arrived late.',
    'The answer was No.',
    'Then he left.',
  ]);
});

test('a quotation is not split at the full stops inside it', () => {
  const text =
    '"We will not leave. We will stay here," said Arvo Kettunen. “They lied. Again and again,” she said. ' +
    'The crowd «did not move. Not once» that day. Then it rained.';
  assert.deepEqual(sentencesOf(text), [
    '"We will not leave. We will stay here," said Arvo Kettunen.',
    '“They lied. Again and again,” she said.',
    'The crowd «did not move. Not once» that day.',
    'Then it rained.',
  ]);
});

test('a quotation left open to the next paragraph does not swallow its paragraph', () => {
  const text =
    '“We were promised wages. We were promised housing. We got nothing.\n\n“Now we strike,” he said.';
  assert.deepEqual(sentencesOf(text), [
    '“We were promised wages.',
    'We were promised housing.',
    'We got nothing.',
    '“Now we strike,” he said.',
  ]);
});

test('token offsets match the text exactly, across curly quotes, dashes, emoji and Persian', () => {
  const text =
    '“It’s over—finally,” said Dr. Ilse Marwood 😀 👩\u200d👩\u200d👧 on 18\u00a0Nov.\n\n' +
    'شهردار ولمورا گفت کتاب\u200cخانه\u200cها دوباره باز می\u200cشوند. Café, naïve, ﬁnal…';
  const tokens = tokenize(text);
  assert.ok(tokens.length > 20);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  const texts = tokens.map((t) => t.text);
  for (const expected of [
    '“',
    'It',
    '’s',
    '—',
    '😀',
    'کتاب\u200cخانه\u200cها',
    'می\u200cشوند',
    'Café',
    '…',
  ]) {
    assert.ok(texts.includes(expected), `token ${expected}`);
  }
  assert.ok(!texts.some((t) => /^\s+$/.test(t)), 'no whitespace tokens');
});

test('tokens carry part-of-speech tags', () => {
  const tokens = tokenize('Ilse Marwood quickly rejected the budget.');
  assert.deepEqual(
    tokens.map((t) => [t.text, t.pos]),
    [
      ['Ilse', 'PROPN'],
      ['Marwood', 'PROPN'],
      ['quickly', 'ADV'],
      ['rejected', 'VERB'],
      ['the', 'DET'],
      ['budget', 'NOUN'],
      ['.', 'PUNCT'],
    ],
  );
});

test('tokenizes only the part of the text asked for, with offsets into the whole text', () => {
  const text = 'The port reopened. The union agreed on Friday.';
  const within = { start: 19, end: text.length };
  const tokens = tokenize(text, within);
  assert.equal(tokens[0]?.text, 'The');
  assert.equal(tokens[0]?.start, 19);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
});

test('sentence offsets survive characters wink leaves out of its tokens', () => {
  const text = 'The port\u2028reopened. Wa\ufeffges came.';
  const sentences = segment(text).sentences;
  assert.equal(sentences.length, 2);
  assert.equal(text.slice(sentences[1]?.start, sentences[1]?.end), 'Wa\ufeffges came.');
});

test("a text's tokens never depend on the texts read before it", () => {
  const words = (text: string) => tokenize(text).map((t) => t.text);
  const possessive = 'The plan is Councillor Tamsin Vardakis’s and Orrin Pelk’s.';
  const first = segment(possessive);
  assert.deepEqual(words('Orrin Pelk’s plan'), ['Orrin', 'Pelk', '’s', 'plan']);
  // wink keeps a possessive on before a comma or full stop, and remembered such words whole after.
  assert.deepEqual(words('The cost was Pelk’s, not the council’s.').slice(3, 5), ['Pelk’s', ',']);
  assert.deepEqual(words('Orrin Pelk’s plan'), ['Orrin', 'Pelk', '’s', 'plan']);
  assert.deepEqual(segment(possessive), first);
  const paragraphs = segment('Ask Pelk’s.\n\nPelk’s answer came late.');
  assert.deepEqual(
    paragraphs.tokens.filter((t) => t.text.startsWith('Pelk')).map((t) => t.text),
    ['Pelk’s', 'Pelk'],
    'the second paragraph is read as if the first had not been',
  );
});
