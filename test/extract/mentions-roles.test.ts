import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsOf } from '../helpers/mentions.ts';

/** Role facts as `name: role`, the name being the first mention of the role's chain. */
function rolesOf(body: string): string[] {
  const { mentions, roles } = mentionsOf(body);
  return roles.map((r) => `${mentions.find((m) => m.chain === r.chain)?.text}: ${r.text}`);
}

test('appositive roles, with or without an age before them', () => {
  assert.deepEqual(
    rolesOf(
      'Hamid Nowzari, a former assistant prosecutor at Gohardasht prison, was arrested. ' +
        'Parisa Shahbazi, 34, a nurse from Karaj, was freed.',
    ),
    [
      'Hamid Nowzari: a former assistant prosecutor at Gohardasht prison',
      'Parisa Shahbazi: a nurse from Karaj',
    ],
  );
});

test('predicative roles: a relative clause and a copula', () => {
  assert.deepEqual(
    rolesOf(
      'Kamran Ashtiani, who was the interior minister, declined to comment. ' +
        'Abolhassan Moghaddasi is the head of Branch 26 of the Revolutionary Court.',
    ),
    [
      'Kamran Ashtiani: the interior minister',
      'Abolhassan Moghaddasi: the head of Branch 26 of the Revolutionary Court',
    ],
  );
});

test('an organisation before a title belongs to the role', () => {
  assert.deepEqual(rolesOf('Kavir Rights News Agency editor Leila Sarraf was summoned.'), [
    'Leila Sarraf: Kavir Rights News Agency editor',
  ]);
});

test('organisations get roles too, and a clause after a comma is not a role', () => {
  assert.deepEqual(
    rolesOf(
      'Rights groups cited the Kavir Monitor, a London-based rights group, and Nasser Golzar, the court said.',
    ),
    ['Kavir Monitor: a London-based rights group'],
  );
});

test('every role fact carries its span in the document text', () => {
  const { roles, mentions } = mentionsOf('Foreign Minister Behrouz Kiani, a career diplomat, arrived.');
  assert.equal(mentions[0]?.text, 'Behrouz Kiani');
  assert.deepEqual(
    roles.map((r) => [r.text, r.span.end - r.span.start, r.chain]),
    [
      ['Foreign Minister', 16, 0],
      ['a career diplomat', 17, 0],
    ],
  );
});
