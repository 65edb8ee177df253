import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/extract/claims/index.ts';
import { extractDates } from '../../src/extract/dates/index.ts';
import { claimKey } from '../../src/resolve/claims/claim-key.ts';
import { textPublishedOn } from '../helpers/dated.ts';

/** The figures found, as "text => value|valueMax|qualifier|what". */
function figuresIn(text: string): string[] {
  const analyzed = textPublishedOn('2019-12-16', text);
  return extractClaims(analyzed, extractDates(analyzed)).map(
    (c) => `${c.text} => ${c.value}|${c.valueMax ?? '-'}|${c.qualifier}|${c.what ?? '-'}`,
  );
}

describe('hedges', () => {
  test('each hedge maps onto its qualifier', () => {
    assert.deepEqual(
      figuresIn(
        'Over 1,500 protesters, an estimated 7,000 detainees, approximately 200,000 people, more than 1,500 workers, at least 20 students, up to 5,000 residents, nearly 300 women and about 40 lawyers.',
      ),
      [
        'Over 1,500 protesters => 1500|-|over|protesters',
        'an estimated 7,000 detainees => 7000|-|an estimated|detainees',
        'approximately 200,000 people => 200000|-|about|people',
        'more than 1,500 workers => 1500|-|more than|workers',
        'at least 20 students => 20|-|at least|students',
        'up to 5,000 residents => 5000|-|up to|residents',
        'nearly 300 women => 300|-|nearly|women',
        'about 40 lawyers => 40|-|about|lawyers',
      ],
    );
  });

  test('synonyms of the hedges map onto the same qualifiers', () => {
    assert.deepEqual(
      figuresIn(
        'Some 300 guards, roughly 12 judges, almost 90 clerks, upwards of 400 nurses and fewer than 30 pilots.',
      ),
      [
        'Some 300 guards => 300|-|about|guards',
        'roughly 12 judges => 12|-|about|judges',
        'almost 90 clerks => 90|-|nearly|clerks',
        'upwards of 400 nurses => 400|-|over|nurses',
        'fewer than 30 pilots => 30|-|up to|pilots',
      ],
    );
  });
});

describe('amounts', () => {
  test('digits with spaces, scales and words', () => {
    assert.deepEqual(figuresIn('He counted 1 500 cases, 1.5 million voters and fifteen hundred guards.'), [
      '1 500 cases => 1500|-|exact|cases',
      '1.5 million voters => 1500000|-|exact|voters',
      'fifteen hundred guards => 1500|-|exact|guards',
    ]);
  });

  test('ranges with "between", "or" and a hyphen', () => {
    assert.deepEqual(
      figuresIn('Between 300 and 400 people waited two or three weeks; 300-400 people left.'),
      [
        'Between 300 and 400 people => 300|400|range|people',
        'two or three weeks => 2|3|range|weeks',
        '300-400 people => 300|400|range|people',
      ],
    );
  });

  test('vague amounts take a round value and no upper value', () => {
    assert.deepEqual(
      figuresIn('Hundreds of students, dozens of journalists and tens of thousands of workers marched.'),
      [
        'Hundreds of students => 100|-|vague|students',
        'dozens of journalists => 12|-|vague|journalists',
        'tens of thousands of workers => 10000|-|vague|workers',
      ],
    );
  });

  test('shares: half, two-thirds, "7 in 10"', () => {
    assert.deepEqual(
      figuresIn(
        'Well over half of the detainees, nearly two-thirds of the victims and 7 in 10 homes were hit.',
      ),
      [
        'Well over half of the detainees => 0.5|-|over|detainees',
        'nearly two-thirds of the victims => 0.6666666666666666|-|nearly|victims',
        '7 in 10 homes => 0.7|-|exact|homes',
      ],
    );
  });

  test('percentages count "%", money its currency', () => {
    assert.deepEqual(
      figuresIn('Inflation hit 39.9 percent; 45% of voters stayed home; bail was $50,000 or €3 million.'),
      [
        '39.9 percent => 39.9|-|exact|%',
        '45% of voters => 45|-|exact|% of voters',
        '$50,000 => 50000|-|exact|USD',
        '€3 million => 3000000|-|exact|EUR',
      ],
    );
    assert.deepEqual(figuresIn('Output rose 11 pct. Prices rose 3 pct in March.'), [
      '11 pct. => 11|-|exact|%',
      '3 pct => 3|-|exact|%',
    ]);
  });
});

describe('what is counted', () => {
  test('adjectives stay, determiners go', () => {
    assert.deepEqual(figuresIn('Protests were reported in 12 separate provinces and 300 people gathered.'), [
      '12 separate provinces => 12|-|exact|separate provinces',
      '300 people => 300|-|exact|people',
    ]);
  });

  test("money in a wire's abbreviations is money, not a count", () => {
    assert.deepEqual(
      figuresIn(
        'The dividend is six cts a share, up from 40 cts, on profits of 12 mln dlrs and 3 mln stg.',
      ).map((f) => f.split('|').at(-1)),
      ['cents', 'cents', 'USD', 'GBP'],
    );
    for (const money of ['cents', 'USD', 'GBP'])
      assert.equal(claimKey(money), null, 'money is never clustered');
  });

  test("a year before what it qualifies is no count; a table's row label is not one noun phrase", () => {
    assert.deepEqual(
      figuresIn('The 1986 results beat its 1985 earnings and 1984 loss, and 2000 protesters marched.'),
      ['2000 protesters => 2000|-|exact|protesters'],
    );
    assert.deepEqual(figuresIn('Nine mths\nShr loss'), ['Nine mths => 9|-|exact|mths']);
    assert.equal(claimKey('mths'), null, 'a duration is never clustered');
  });

  test('"vs" between two figures is no noun they count', () => {
    assert.deepEqual(figuresIn('Revs 7,033,000 vs 6,598,580 and 1,200 workers versus 900 workers.'), [
      '7,033,000 => 7033000|-|exact|-',
      '6,598,580 => 6598580|-|exact|-',
      '1,200 workers => 1200|-|exact|workers',
      '900 workers => 900|-|exact|workers',
    ]);
  });

  test('what happened to them follows as a participle', () => {
    assert.deepEqual(
      figuresIn(
        'Over 1,500 protesters were killed. The killing of 900 students shocked them. At least 20 were killed. Courts executed 12 political prisoners. Two officers who died were buried.',
      ),
      [
        'Over 1,500 protesters => 1500|-|over|protesters killed',
        '900 students => 900|-|exact|students killed',
        'At least 20 => 20|-|at least|killed',
        '12 political prisoners => 12|-|exact|political prisoners executed',
        'Two officers => 2|-|exact|officers died',
      ],
    );
  });

  test('a negated event is not what happened', () => {
    assert.deepEqual(figuresIn('Lawyers said 300 detainees had not been charged.'), [
      '300 detainees => 300|-|exact|detainees',
    ]);
  });
});

describe('numbers that are not figures', () => {
  test('years, dates, names, ordinals, times and telephone numbers', () => {
    assert.deepEqual(
      figuresIn(
        'On November 18, 2019, Branch 15 ruled under Article 286 and Resolution 2231 that inmates of Evin Ward 209 could appeal, for the third time, by 4 p.m.; call +98 21 8845 1920. Part 2 applies.',
      ),
      [],
    );
  });

  test('ages, hyphenated attributes and number words that refer back', () => {
    assert.deepEqual(
      figuresIn(
        'A wrestler, 27, and a 22-year-old student met the two men, one of whom said the 10-page ruling was unfair.',
      ),
      [],
    );
  });

  test('"one" counts only when hedged', () => {
    assert.deepEqual(figuresIn('One official said at least one guard was hurt.'), [
      'at least one guard => 1|-|at least|guard hurt',
    ]);
  });
});

test('each figure is traced to the exact characters of the text', () => {
  const analyzed = textPublishedOn(
    '2019-12-16',
    'Security forces shot dead at least 304 people in four days.',
  );
  const claims = extractClaims(analyzed, extractDates(analyzed));
  assert.equal(claims.length, 2);
  for (const claim of claims)
    assert.equal(analyzed.document.text.slice(claim.span.start, claim.span.end), claim.text);
  assert.equal(claims[0]?.what, 'people shot dead');
});
