import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personNameOf } from '../../src/extract/mentions/person-name.ts';

test('splits a person name into given names and one surname, however the surname is written', () => {
  const cases: Array<[string, string[], string]> = [
    ['Mahmoud Ahmadi-Nejad', ['mahmoud'], 'ahmadinejad'],
    ['Mahmoud Ahmadi Nejad', ['mahmoud'], 'ahmadinejad'],
    ['Mahmoud Ahmadinejad', ['mahmoud'], 'ahmadinejad'],
    ['Abdullah Mir-Bagheri', ['abdullah'], 'mirbagheri'],
    ['Mohammed-Javad Larijanpour', ['mohammed', 'javad'], 'larijanpour'],
    ['Abdul-Karim al-Hamdani', ['abdul', 'karim'], 'hamdani'],
    ['Al-Hamdani', [], 'hamdani'],
    ['M. J. Zarifi', ['m', 'j'], 'zarifi'],
    ['Hossein Sharif Zadeh', ['hossein'], 'sharifzadeh'],
    ['Fatemeh Qurbani', ['fatemeh'], 'qurbani'],
    ['Zoë Ardalan', ['zoe'], 'ardalan'],
  ];
  for (const [name, given, surname] of cases) assert.deepEqual(personNameOf(name), { given, surname }, name);
});
