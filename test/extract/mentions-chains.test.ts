import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chainTexts, mentionsOf } from '../helpers/mentions.ts';

test('a surname alone and a title with the surname join the full name', () => {
  assert.deepEqual(
    chainTexts(
      'Mohammad Javad Ranjbar arrived. Ranjbar said little. Mr. Ranjbar left, and Dr. Ranjbar’s aide stayed.',
    ),
    [['Mohammad Javad Ranjbar', 'Ranjbar', 'Ranjbar', 'Ranjbar']],
  );
});

test('father and son: a surname joins the one the text has just named, or stays apart', () => {
  const body =
    'Ali Sanjabi, a retired teacher, was arrested with his son Hamid Sanjabi in Kerman. ' +
    'The two men were taken to separate cells. Sanjabi, 71, was later freed.\n\n' +
    'Hamid Sanjabi went on hunger strike. Sanjabi told his lawyer he would continue.';
  const { mentions } = mentionsOf(body);
  const people = mentions.filter((m) => m.kind === 'person').map((m) => `${m.text}#${m.chain}`);
  assert.deepEqual(people, [
    'Ali Sanjabi#0',
    'Hamid Sanjabi#1',
    // Both men were named two sentences back: too far to choose, so a chain of its own.
    'Sanjabi#3',
    'Hamid Sanjabi#1',
    // The son was named in the sentence before: it is him.
    'Sanjabi#1',
  ]);
});

test('two men named Reza: a bare given name shared by both stays apart', () => {
  const { mentions } = mentionsOf(
    'Reza Farahani and Reza Eskandari were summoned. Later, Reza said nothing.',
  );
  assert.deepEqual(
    mentions.map((m) => `${m.text}#${m.chain}`),
    ['Reza Farahani#0', 'Reza Eskandari#1', 'Reza#2'],
  );
});

test('a title that says a woman keeps her surname from a man of the same surname', () => {
  const { mentions } = mentionsOf(
    'Mr. Behnam Tehrani and his wife Mrs. Leila Tehrani spoke. Mrs. Tehrani wept.',
  );
  assert.deepEqual(
    mentions.map((m) => `${m.text}#${m.chain}`),
    ['Behnam Tehrani#0', 'Leila Tehrani#1', 'Tehrani#1'],
  );
});

test('acronyms defined either way round, and a pair of acronyms, join their organisation', () => {
  assert.deepEqual(
    chainTexts(
      'The Islamic Republic of Iran Broadcasting (IRIB) aired it. The Prisoners Aid Network (PAN) and ' +
        'NRC (Norooz Relief Committee) objected. IRIB later apologised. NRC/NR thanked PAN.',
    ),
    [
      ['Islamic Republic of Iran Broadcasting', 'IRIB', 'IRIB'],
      ['Prisoners Aid Network', 'PAN', 'PAN'],
      ['NRC', 'Norooz Relief Committee', 'NRC', 'NR'],
    ],
  );
});

test('short forms the text ties to an organisation: the Agency, the Basij', () => {
  assert.deepEqual(
    chainTexts(
      'The Kavir Rights News Agency reported the arrests, and the Basij Resistance Force denied them. ' +
        'The Agency said the Basij had lied.',
    ),
    [
      ['Kavir Rights News Agency', 'Agency'],
      ['Basij Resistance Force', 'Basij'],
    ],
  );
});

test('a name clarified in brackets joins the name before it', () => {
  const { mentions, roles } = mentionsOf(
    'Mr. Hosseini (Tehrani) denied it. The minister (Sharifi) said the decision was final.',
  );
  assert.deepEqual(
    mentions.map((m) => `${m.text}#${m.chain}`),
    ['Hosseini#0', 'Tehrani#0', 'Sharifi#1'],
  );
  assert.deepEqual(
    roles.map((r) => `${r.text}#${r.chain}`),
    ['Mr.#0', 'The minister#1'],
  );
});

test('each chain becomes a local entity with its most complete name and counted names', () => {
  const { locals } = mentionsOf(
    'Human rights lawyer Shirin Mokhtari was detained. Mokhtari, who was the head of the Bar ' +
      'Association, had warned Mokhtari’s clients. The Kanoon Defenders Association (KDA) protested.',
  );
  assert.deepEqual(
    locals.map((l) => ({
      kind: l.kind,
      name: l.name,
      names: l.names,
      acronyms: l.acronyms,
      titles: l.titles,
    })),
    [
      {
        kind: 'person',
        name: 'Shirin Mokhtari',
        names: [
          { name: 'Shirin Mokhtari', count: 1 },
          { name: 'Mokhtari', count: 2 },
        ],
        acronyms: [],
        titles: ['Human rights lawyer'],
      },
      {
        kind: 'organization',
        name: 'Bar Association',
        names: [{ name: 'Bar Association', count: 1 }],
        acronyms: [],
        titles: [],
      },
      {
        kind: 'organization',
        name: 'Kanoon Defenders Association',
        names: [
          { name: 'Kanoon Defenders Association', count: 1 },
          { name: 'KDA', count: 1 },
        ],
        acronyms: ['KDA'],
        titles: [],
      },
    ],
  );
  assert.deepEqual(locals[0]?.roles, ['Human rights lawyer', 'the head of the Bar Association']);
});

test('a given name says a gender: "Mrs." joins the wife, "Mr." the husband', () => {
  const { mentions } = mentionsOf(
    'Behrouz Karbasi and his wife Shirin Karbasi were arrested. Mrs. Karbasi is a nurse. Mr. Karbasi was beaten.',
  );
  assert.deepEqual(
    mentions.map((m) => `${m.text}#${m.chain}`),
    ['Behrouz Karbasi#0', 'Shirin Karbasi#1', 'Karbasi#1', 'Karbasi#0'],
  );
});

test('a full name the text later calls a person is a person', () => {
  const { mentions } = mentionsOf(
    'Tahmineh Ostad, the rapporteur, spoke. Ostad said the figures were rising.',
  );
  assert.deepEqual(
    mentions.map((m) => `${m.kind}:${m.text}#${m.chain}`),
    ['person:Tahmineh Ostad#0', 'person:Ostad#0'],
  );
});

test('a short form joins an organisation named more than once, but not one of two candidates', () => {
  assert.deepEqual(
    chainTexts(
      'The Basij Resistance Force marched. The Basij Resistance Force later denied it, and the Basij ' +
        'blamed the Kavir Teachers Council and the Kavir Nurses Council. The Council said nothing.',
    ),
    [
      ['Basij Resistance Force', 'Basij Resistance Force', 'Basij'],
      ['Kavir Teachers Council'],
      ['Kavir Nurses Council'],
    ],
  );
});

test('an acronym the document does not define joins the one organisation whose initials it is', () => {
  assert.deepEqual(
    chainTexts(
      'The European Union and the Gulf Cooperation Council met. The EU said the GCC agreed; the UN did not.',
    ),
    [['European Union', 'EU'], ['Gulf Cooperation Council', 'GCC'], ['UN']],
  );
});
