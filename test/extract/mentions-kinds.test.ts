import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindsAndTexts, mentionsOf } from '../helpers/mentions.ts';

test('types people, organisations, places and events by head words, the gazetteer and titles', () => {
  assert.deepEqual(
    kindsAndTexts(
      'Judge Abolfazl Tavana of the Revolutionary Court met officials of the Ministry of Culture and ' +
        'Islamic Guidance in Shiraz after the Gulf War anniversary.',
    ),
    [
      'person:Abolfazl Tavana',
      'organization:Revolutionary Court',
      'organization:Ministry of Culture and Islamic Guidance',
      'place:Shiraz',
      'event:Gulf War',
    ],
  );
});

test('named events written in lower case after a year, and a war between two countries', () => {
  assert.deepEqual(
    kindsAndTexts(
      'Parvin Alavi was jailed after the 2009 election protests and fought in the Iran-Iraq war.',
    ),
    ['person:Parvin Alavi', 'event:2009 election protests', 'event:Iran-Iraq war'],
  );
});

test('a movement is an event where the text dates things by it, an organisation otherwise', () => {
  assert.deepEqual(kindsAndTexts('During the Green Movement, Kian Farsad wrote poems.'), [
    'event:Green Movement',
    'person:Kian Farsad',
  ]);
  assert.deepEqual(kindsAndTexts('The Green Movement issued a statement.'), ['organization:Green Movement']);
});

test('places from the context: a place-based compound and a dateline in capitals', () => {
  const { mentions } = mentionsOf('TEHRAN - The Shiraz-based group said Golnar Sadri was freed.');
  assert.deepEqual(
    mentions.map((m) => `${m.kind}:${m.text}`),
    ['place:TEHRAN', 'place:Shiraz', 'person:Golnar Sadri'],
  );
});

test('months, weekdays, nationalities and sentence-initial words are not names', () => {
  assert.deepEqual(
    kindsAndTexts(
      'On Monday, Iranian officials said in January that Shia clerics would meet. Asked why, ' +
        'Kamran Yeganeh said Tuesday was too late.',
    ),
    ['person:Kamran Yeganeh'],
  );
});

test('a heading in title case keeps only the names the body also uses', () => {
  const { mentions } = mentionsOf(
    'Court Hears New Evidence Against Kourosh Bahrami\n\nKourosh Bahrami denied the charges in Tabriz.',
  );
  assert.deepEqual(
    mentions.map((m) => m.text),
    ['Kourosh Bahrami', 'Kourosh Bahrami', 'Tabriz'],
  );
});

test('every mention text is the document text at its span', () => {
  const analyzed = mentionsOf('Hojatoleslam Nasser Mirbagheri’s office told IRNA in Qom on Sunday.');
  assert.deepEqual(
    analyzed.mentions.map((m) => [m.text, m.kind]),
    [
      ['Nasser Mirbagheri', 'person'],
      ['IRNA', 'organization'],
      ['Qom', 'place'],
    ],
  );
});

test('sentence openers, plurals and fragments of longer names are not names', () => {
  assert.deepEqual(
    kindsAndTexts(
      'Earlier, officials met. Officials said the Trade and Industry Secretary would resign. ' +
        'Career sexism, she said, "Research shows" it.',
    ),
    [],
  );
});

test('a person needs evidence: a given name, a title, a speech verb or a Persian or Arabic form', () => {
  assert.deepEqual(
    kindsAndTexts(
      'Banque Paribas and Credit Agricole lent money. Behnoud Shojaee and Rostam Pakzadeh objected.',
    ),
    ['other:Banque Paribas', 'other:Credit Agricole', 'person:Behnoud Shojaee', 'person:Rostam Pakzadeh'],
  );
});

test('a demonym before an organisation head, and an Arabic city without its article', () => {
  assert.deepEqual(kindsAndTexts('The European Union sent envoys to Najaf and Basra.'), [
    'organization:European Union',
    'place:Najaf',
    'place:Basra',
  ]);
});

test('"and" joins the parts of an organisation name, never a person to an organisation', () => {
  assert.deepEqual(
    kindsAndTexts(
      'Alan Marwood and Kavir Motors Corp signed, and the Securities and Exchange Commission and Bank Sepehr agreed.',
    ),
    [
      'person:Alan Marwood',
      'organization:Kavir Motors Corp',
      'organization:Securities and Exchange Commission',
      'organization:Bank Sepehr',
    ],
  );
});

test('a surname is a person when an appositive gives a person’s office, even opening a sentence', () => {
  assert.deepEqual(kindsAndTexts('Golestaani, the energy minister, told reporters the dam would open.'), [
    'person:Golestaani',
  ]);
  assert.deepEqual(kindsAndTexts('Marand, the capital of the province, was quiet.'), []);
});

test('a wire’s state abbreviations are places and news agencies by their bare names organisations', () => {
  assert.deepEqual(
    kindsAndTexts(
      'Officials in Irvine, Calif., and Trenton, N.J., told Reuters and Xinhua that the merger was off.',
    ),
    [
      'place:Irvine',
      'place:Calif.',
      'place:Trenton',
      'place:N.J.',
      'organization:Reuters',
      'organization:Xinhua',
    ],
  );
});

test('a demonym after a capitalised word at a sentence start is no person', () => {
  assert.ok(
    !kindsAndTexts('Striking Brazilian seamen stayed out. Reza Karimian said they would.').includes(
      'person:Striking Brazilian',
    ),
  );
  assert.ok(kindsAndTexts('Reza Karimian said they would.').includes('person:Reza Karimian'));
});
