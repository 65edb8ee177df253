import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsOf } from '../helpers/mentions.ts';

function namesWithTitles(body: string): string[] {
  return mentionsOf(body)
    .mentions.filter((m) => m.kind === 'person')
    .map((m) => `${m.text} [${m.titles.join(', ')}]`);
}

test('titles and honorifics stay outside the name and are kept as its titles', () => {
  assert.deepEqual(
    namesWithTitles(
      'Ayatollah Nasrollah Vahedi, Hojatoleslam Morteza Sabouri and Sheikh Yousef Nakhaei met ' +
        'Supreme Leader Jamshid Ardalani, Foreign Minister Behrouz Kiani and House Speaker Omid Zand. ' +
        'Mr. Kiani, Mrs. Zand, Dr. Sabouri and Judge Tahmineh Ostad were also there.',
    ),
    [
      'Nasrollah Vahedi [Ayatollah]',
      'Morteza Sabouri [Hojatoleslam]',
      'Yousef Nakhaei [Sheikh]',
      'Jamshid Ardalani [Supreme Leader]',
      'Behrouz Kiani [Foreign Minister]',
      'Omid Zand [House Speaker]',
      'Kiani [Mr.]',
      'Zand [Mrs.]',
      'Sabouri [Dr.]',
      'Tahmineh Ostad [Judge]',
    ],
  );
});

test('lower-case titles before a name and a nationality before a title are not part of the name', () => {
  assert.deepEqual(
    namesWithTitles(
      'The court heard former interior minister Saeed Nadimi and Iranian President Kazem Rostami.',
    ),
    ['Saeed Nadimi [interior minister]', 'Kazem Rostami [President]'],
  );
});

test('possessive endings, straight or curly, stay outside the name', () => {
  const { mentions } = mentionsOf("Farid Kalantari's lawyer said Kalantari’s health was poor.");
  assert.deepEqual(
    mentions.map((m) => m.text),
    ['Farid Kalantari', 'Kalantari'],
  );
  assert.deepEqual(
    mentions.map((m) => m.chain),
    [0, 0],
  );
});

test('a title phrase becomes a role fact with its qualifier and possessor', () => {
  const { roles, mentions } = mentionsOf(
    "The court summoned the country's former Justice Minister Davoud Nazemi.",
  );
  assert.deepEqual(
    mentions.map((m) => [m.text, m.titles]),
    [['Davoud Nazemi', ['Justice Minister']]],
  );
  assert.deepEqual(
    roles.map((r) => r.text),
    ["the country's former Justice Minister"],
  );
});

test('an organisation keeps a head word that is also a title: the Justice Ministry', () => {
  const { mentions } = mentionsOf('The Justice Ministry rejected the claim.');
  assert.deepEqual(
    mentions.map((m) => `${m.kind}:${m.text}`),
    ['organization:Justice Ministry'],
  );
});

test('a title led by other words is still taken off: Treasury Secretary, Work Secretary', () => {
  assert.deepEqual(
    namesWithTitles(
      'Treasury Secretary Jalal Farzin met Work Secretary Alan Marwood and Bank Sepehr chairman Omid Raad.',
    ),
    ['Jalal Farzin [Treasury Secretary]', 'Alan Marwood [Work Secretary]', 'Omid Raad [chairman]'],
  );
});

test('a possessive left on a word before punctuation comes off when the text also writes the name bare', () => {
  const { mentions } = mentionsOf(
    "Critics said Mr Farzin's record was worse than Mr Farzin's. Shoppers went to Kavir's, a store.",
  );
  assert.deepEqual(
    mentions.map((m) => `${m.kind}:${m.text}`),
    ['person:Farzin', 'person:Farzin', "other:Kavir's"],
  );
});
