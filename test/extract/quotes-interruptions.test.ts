import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachWay } from '../helpers/each-way.ts';

/** Speakers set off by brackets or clauses, and attributions that break a quotation or a sentence. */

const way = (learned: boolean) => (learned ? 'with the learned models' : 'by the rules alone');

test('a speaker followed by brackets keeps them whole, whatever they hold', () => {
  const source =
    'Budget passes\n\nGovernor Lena Ostrova (who has led the province since 2019) said the budget was ' +
    'balanced.\n\nSenator Ada Quell (Green Party) said the vote had come too late.\n\nOstrova (pictured) ' +
    'said the harbour would reopen in May.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(
      found,
      [
        ['the budget was balanced', 'Governor Lena Ostrova (who has led the province since 2019)', 'said'],
        ['the vote had come too late', 'Senator Ada Quell (Green Party)', 'said'],
        ['the harbour would reopen in May', 'Ostrova (pictured)', 'said'],
      ],
      way(learned),
    );
  }
});

test('a quotation broken by its attribution goes on after a clause about the speaker', () => {
  const source =
    'Harbour reopens\n\n"The harbour," said Ostrova, who chairs the port board, "is safe again."\n\n' +
    '"Prices," said Ana Ruiz, who noted they had "cratered", "will recover by spring."';
  for (const { learned, found } of eachWay(source)) {
    const whose = (words: string) => found.find(([text]) => text === words);
    assert.deepEqual(whose('"is safe again."'), ['"is safe again."', 'Ostrova', 'said'], way(learned));
    assert.deepEqual(
      whose('"will recover by spring."'),
      ['"will recover by spring."', 'Ana Ruiz', 'said'],
      way(learned),
    );
    // A label inside the clause about the speaker is still not her statement.
    assert.ok(
      !found.some(([text, speaker]) => text === '"cratered"' && speaker === 'Ana Ruiz'),
      way(learned),
    );
  }
});

test('a speaker named inside the sentence the attribution breaks speaks both halves of it', () => {
  const source =
    'Vote annulled\n\nThe vote, said Councillor Ivo Renk, was a farce from the start.\n\n' +
    'The new harbour, said Ostrova, will open in May.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(
      found,
      [
        ['The vote', 'Councillor Ivo Renk', 'said'],
        ['was a farce from the start', 'Councillor Ivo Renk', 'said'],
        ['The new harbour', 'Ostrova', 'said'],
        ['will open in May', 'Ostrova', 'said'],
      ],
      way(learned),
    );
  }
});

test('what follows the cue is what was said when a verb makes it a clause, never the speaker', () => {
  const source =
    'Fees protest\n\nVeterans interviewed at the rallies this week, including Pim Dahl, said the plan ' +
    'was unfair.\n\n"The fees must fall," said a man held by police.';
  for (const { learned, found } of eachWay(source)) {
    const [plan, fees] = found;
    assert.equal(plan?.[0], 'the plan was unfair', way(learned));
    assert.ok(!plan?.[1]?.includes('unfair'), way(learned));
    // A participle after the noun still describes the speaker.
    assert.deepEqual(fees, ['"The fees must fall,"', 'a man held by police', 'said'], way(learned));
  }
});

test('a wish not to be named is no statement, and the statement after it keeps its speaker', () => {
  const source =
    'Talks fail\n\nA spokesman for the ministry, who asked not to be named, said the talks had failed.\n\n' +
    'Two officials who declined to be identified said a new round was planned.\n\n' +
    'A diplomat, speaking on condition of anonymity, said the mediators would leave on Friday.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(
      found.map(([text]) => text),
      ['the talks had failed', 'a new round was planned', 'the mediators would leave on Friday'],
      way(learned),
    );
    assert.equal(found[0]?.[1], 'A spokesman for the ministry, who asked not to be named', way(learned));
  }
});

test('what was said starts after where it was said, not inside it', () => {
  const source =
    'Prices\n\nThe minister said in an interview with the state broadcaster on May 4 that prices would fall.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(found, [['that prices would fall', 'The minister', 'said']], way(learned));
  }
});

test('a speaker set off from the cue by a participle phrase or a question put to it still speaks', () => {
  const source =
    'Port\n\nThe mayor, speaking after the vote, said the port would reopen.\n\n' +
    'Councillor Ivo Renk, 61, asked about the fees, said they would double.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(
      found,
      [
        ['the port would reopen', 'The mayor', 'said'],
        ['they would double', 'Councillor Ivo Renk, 61', 'said'],
      ],
      way(learned),
    );
  }
});

test('whom a conversation was with is not what was said', () => {
  const source =
    'Port\n\nReporters spoke to Mayor Ivo Renk, who told them that the port was safe.\n\n' +
    'Councillor Pim Dahl talked with the harbour master on Monday.';
  for (const { learned, found } of eachWay(source)) {
    assert.deepEqual(found, [['that the port was safe', 'who', 'told']], way(learned));
  }
});
