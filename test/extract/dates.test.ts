import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractDates } from '../../src/extract/dates/index.ts';
import { analyzedArticle } from '../helpers/analyzed.ts';
import { textPublishedOn } from '../helpers/dated.ts';

/** The dates found, as "text => value precision calendar resolved". */
function datesIn(published: string | null, text: string): string[] {
  return extractDates(textPublishedOn(published, text)).map(
    (d) => `${d.text} => ${d.value} ${d.precision} ${d.calendar} ${d.resolved}`,
  );
}

describe('written dates', () => {
  test('full dates in several styles are explicit days', () => {
    assert.deepEqual(
      datesIn(
        null,
        'On Monday, November 18, 2019, 18 Nov 2019 and 2019-11-18 the lawyer, Kian Ebadi, wrote.',
      ),
      [
        'Monday, November 18, 2019 => 2019-11-18 day gregorian explicit',
        '18 Nov 2019 => 2019-11-18 day gregorian explicit',
        '2019-11-18 => 2019-11-18 day gregorian explicit',
      ],
    );
  });

  test('a month with a year is a month, with or without "of"', () => {
    assert.deepEqual(datesIn(null, 'It began in June 2009 and ended in March of 2010.'), [
      'June 2009 => 2009-06 month gregorian explicit',
      'March of 2010 => 2010-03 month gregorian explicit',
    ]);
  });

  test('a slashed date is read only when the order is certain', () => {
    assert.deepEqual(datesIn(null, 'Dated 30/09/2018, 11/18/2019 and 03/04/2019.'), [
      '30/09/2018 => 2018-09-30 day gregorian explicit',
      '11/18/2019 => 2019-11-18 day gregorian explicit',
    ]);
  });

  test('an impossible day is not a date', () => {
    assert.deepEqual(datesIn(null, 'The form said February 30, 2019.'), []);
  });

  test('a range shares its closing year', () => {
    assert.deepEqual(datesIn('2019-07-17', 'Most died between late July and early September 1988.'), [
      'late July => 1988-07 month gregorian explicit',
      'early September 1988 => 1988-09 month gregorian explicit',
    ]);
  });
});

describe('dates without a year', () => {
  test('take the publication year, preferring the past', () => {
    assert.deepEqual(datesIn('2020-01-08', 'Talks began on December 27 and resumed on January 3.'), [
      'December 27 => 2019-12-27 day gregorian inferred',
      'January 3 => 2020-01-03 day gregorian inferred',
    ]);
  });

  test('take the next occurrence when the clause speaks of the future', () => {
    assert.deepEqual(datesIn('2019-11-20', 'A hearing is scheduled for December 2.'), [
      'December 2 => 2019-12-02 day gregorian inferred',
    ]);
    assert.deepEqual(datesIn('2019-11-20', 'A hearing was held on December 2.'), [
      'December 2 => 2018-12-02 day gregorian inferred',
    ]);
  });

  test('a month alone is a date only where the words make it one', () => {
    assert.deepEqual(
      datesIn(
        '2019-05-10',
        'Helen May said protesters may march in May, as they did last March. June Harlow agreed.',
      ),
      ['May => 2019-05 month gregorian inferred', 'last March => 2019-03 month gregorian relative'],
    );
  });

  test('are left out without a publication date', () => {
    assert.deepEqual(datesIn(null, 'Her lawyer said on June 12 that an appeal had been lodged.'), []);
  });
});

describe('relative dates', () => {
  test('are read against the publication day', () => {
    assert.deepEqual(
      datesIn(
        '2019-11-20',
        'Officials said yesterday, and on Monday, that prices rose last week, earlier this month and this year, after last year.',
      ),
      [
        'yesterday => 2019-11-19 day gregorian relative',
        'Monday => 2019-11-18 day gregorian relative',
        'last week => 2019-11 month gregorian relative',
        'earlier this month => 2019-11 month gregorian relative',
        'this year => 2019 year gregorian relative',
        'last year => 2018 year gregorian relative',
      ],
    );
  });

  test('a weekday on the publication day is that day, and "last Friday" the one before', () => {
    assert.deepEqual(datesIn('2018-10-05', 'He spoke on Friday, as he did last Friday and three days ago.'), [
      'Friday => 2018-10-05 day gregorian relative',
      'last Friday => 2018-09-28 day gregorian relative',
      'three days ago => 2018-10-02 day gregorian relative',
    ]);
  });

  test('a week across two years cannot be stated and is left out', () => {
    assert.deepEqual(datesIn('2020-01-08', 'The strikes happened last week.'), []);
  });

  test('are left out without a publication date', () => {
    assert.deepEqual(datesIn(null, 'He was moved yesterday, last week, on Monday and this year.'), []);
  });

  test('"over the last year" is a duration, not a date', () => {
    assert.deepEqual(datesIn('2019-11-20', 'Prices doubled over the last year.'), []);
  });
});

describe('seasons, decades and years', () => {
  test('seasons are their first month, a winter its January', () => {
    assert.deepEqual(
      datesIn(
        '2018-02-14',
        'In the summer of 1981, in spring 2019, during the winter of 2017-18 and this winter.',
      ),
      [
        'the summer of 1981 => 1981-06 season gregorian explicit',
        'spring 2019 => 2019-03 season gregorian explicit',
        'the winter of 2017-18 => 2018-01 season gregorian explicit',
        'this winter => 2018-01 season gregorian relative',
      ],
    );
  });

  test('the Arab Spring and the fall of a ruler are not seasons', () => {
    assert.deepEqual(
      datesIn('2019-05-10', 'Speakers recalled the Arab Spring and the fall of the Shah.'),
      [],
    );
  });

  test('decades in digits and words, the century inferred when unwritten', () => {
    assert.deepEqual(datesIn('2019-11-20', "In the 1990s, the '80s, the nineties and the early 2000s."), [
      'the 1990s => 1990 decade gregorian explicit',
      "the '80s => 1980 decade gregorian inferred",
      'the nineties => 1990 decade gregorian inferred',
      'the early 2000s => 2000 decade gregorian explicit',
    ]);
  });

  test('an age is not a decade', () => {
    assert.deepEqual(datesIn('2019-11-20', 'Both men are in their 90s, and she is in her sixties.'), []);
  });

  test('a four-digit number is a year only in date context', () => {
    assert.deepEqual(
      datesIn(
        '2019-11-20',
        'In 1988, the 1988 massacre; Article 1988 and 2000 people; the 1980-88 war; by mid-2019.',
      ),
      [
        '1988 => 1988 year gregorian explicit',
        '1988 => 1988 year gregorian explicit',
        '1980 => 1980 year gregorian explicit',
        '88 => 1988 year gregorian explicit',
        'mid-2019 => 2019 year gregorian explicit',
      ],
    );
  });

  test('telephone numbers and times are not dates', () => {
    assert.deepEqual(
      datesIn('2019-11-20', 'Call +98 21 8845 1920 or 021-8845-1921 at 10:30 p.m. or 14:00.'),
      [],
    );
  });
});

describe('anniversaries', () => {
  test('count from the base the text gives, at its precision', () => {
    assert.deepEqual(
      datesIn(
        '2019-11-20',
        'The 10th anniversary of the 2009 protests and the first anniversary of the November 2018 strikes.',
      ),
      [
        '10th anniversary => 2019 year gregorian relative',
        '2009 => 2009 year gregorian explicit',
        'first anniversary => 2019-11 month gregorian relative',
        'November 2018 => 2018-11 month gregorian explicit',
      ],
    );
  });

  test('an anniversary without a dated base is not a date', () => {
    assert.deepEqual(datesIn('2019-11-20', 'They marked the tenth anniversary of his death.'), []);
  });
});

describe('Persian dates', () => {
  test('in English, converted to the Gregorian month or day', () => {
    assert.deepEqual(
      datesIn(
        null,
        'Arrested in Tir 1367, executed on 1 Mordad 1367, in the year 1388 in the Iranian calendar.',
      ),
      [
        'Tir 1367 => 1988-07 month persian explicit',
        '1 Mordad 1367 => 1988-07-23 day persian explicit',
        'the year 1388 in the Iranian calendar => 2009 year persian explicit',
      ],
    );
  });

  test('Mehr as an agency and Bahman as a name are not months', () => {
    assert.deepEqual(datesIn(null, 'The Mehr news agency quoted Bahman Rostami.'), []);
  });

  test('in Persian script with Persian and Arabic-Indic digits', () => {
    assert.deepEqual(
      datesIn('2019-11-20', 'در ۱۸ آبان ۱۳۹۸ و تیر ۱۳۶۷ و سال ١٣٦٧ و ۲۵ آبان و دیروز؛ ۱۴۰۰ نفر'),
      [
        '۱۸ آبان ۱۳۹۸ => 2019-11-09 day persian explicit',
        'تیر ۱۳۶۷ => 1988-07 month persian explicit',
        'سال ١٣٦٧ => 1988 year persian explicit',
        '۲۵ آبان => 2019-11-16 day persian inferred',
        'دیروز => 2019-11-19 day persian relative',
      ],
    );
  });
});

test('each date is traced to the exact characters of the text', () => {
  const analyzed = textPublishedOn(
    '2019-11-20',
    'Officials said on Tuesday, November 19, that the summer of 1981 was worse.',
  );
  for (const date of extractDates(analyzed)) {
    assert.equal(analyzed.document.text.slice(date.span.start, date.span.end), date.text);
    assert.equal(date.documentId, analyzed.document.id);
  }
});

test('the publication date the text stage reads is the reference for relative dates', () => {
  const analyzed = analyzedArticle(
    'Fuel protests spread\nWednesday, November 20, 2019\n\nProtests spread on Monday across the country, officials said.',
  );
  assert.deepEqual(
    extractDates(analyzed).map((d) => `${d.text} => ${d.value}`),
    ['Monday => 2019-11-18'],
  );
});
