/**
 * parseDates, chrono-node's reading of a sentence as the event stages ask it: memoised, and not asked
 * of a sentence where chrono can read nothing (mayHoldDate: no digit but bare years, no word of its
 * vocabulary).
 */
import * as chrono from 'chrono-node';
import { mayHoldDate, mayHoldYear, parseDates } from '../../src/extract/dates.js';
import { cleanArticle } from '../../src/extract/clean.js';

const REF = new Date('2024-03-05T12:00:00Z');
const read = (text: string): string[] => parseDates(text, REF).map((r) => r.text);
const chronoReads = (text: string): string[] =>
  chrono.parse(text, { instant: REF, timezone: 'UTC' }).map((r) => r.text);

describe('parseDates', () => {
  it('reads what chrono reads', () => {
    for (const text of [
      'The two leaders met in Geneva on Tuesday.',
      'The treaty was signed on 12 May 2013 in Oslo.',
      'Talks resumed three weeks ago, in 2019 terms a long pause.',
      'The plant opened in 2013 and closed at 4 pm on 2015-06-01.',
      'The ministers will meet again within 2030 days.',
    ])
      expect(read(text)).toEqual(chronoReads(text));
  });

  it('gives nothing for a sentence whose only dates are bare years, as chrono does', () => {
    for (const text of ['The last summit took place in 2013.', 'From 1790 to 1801 the two men wrote often.']) {
      expect(chronoReads(text)).toEqual([]);
      expect(read(text)).toEqual([]);
    }
  });

  it('still asks chrono when a year stands beside a month, a unit or another number', () => {
    expect(read('The accord of May 2013 still holds.')).toEqual(['May 2013']);
    expect(read('It ended 2013 years ago, the legend says.')).toEqual(['2013 years ago']);
    expect(read('Sweden beat Korea 1 – 0 at the 2018 World Cup.')).toEqual(
      chronoReads('Sweden beat Korea 1 – 0 at the 2018 World Cup.'),
    );
  });

  it('reads a sentence once for the same reference instant', () => {
    const text = 'The envoy arrived in Beijing on Monday.';
    expect(parseDates(text, REF)).toBe(parseDates(text, new Date(REF.getTime())));
    expect(parseDates(text, new Date('2024-03-12T12:00:00Z'))).not.toBe(parseDates(text, REF));
  });
});

describe('mayHoldDate', () => {
  it('holds for every kind of date or time chrono reads', () => {
    for (const text of [
      'By Jane Doe, 3 March 2024',
      'Updated yesterday',
      'Published an hour ago',
      'Posted in a d by the desk',
      'Last night the desk',
      'Monday morning',
      'At noon',
      'The end of the month',
      'See you tmrw',
      'Sales fell last s',
    ]) {
      expect(chronoReads(text)).not.toEqual([]);
      expect(mayHoldDate(text)).toBe(true);
    }
  });

  it('is false only where chrono reads nothing (property)', async () => {
    const fc = (await import('fast-check')).default;
    // Words of bylines and news prose, chrono's vocabulary, its number words and one-letter units.
    const word = fc.constantFrom(
      'By',
      'they',
      'lasts',
      'known',
      'Jane',
      'Doe',
      'and',
      'the',
      'a',
      'an',
      'in',
      'on',
      'at',
      'for',
      'within',
      'last',
      'next',
      'this',
      'past',
      'ago',
      'later',
      'after',
      'from',
      'now',
      'today',
      'tonight',
      'yesterday',
      'tomorrow',
      'morning',
      'evening',
      'May',
      'march',
      'Sept',
      'Mon',
      'Friday',
      'week',
      'hours',
      'few',
      'several',
      'half',
      'couple',
      'one',
      'twelve',
      's',
      'm',
      'h',
      'd',
      'w',
      'y',
      'mo',
      'hr',
      'yrs',
      'end',
      'month',
      'of',
      'said',
      'Reuters',
      '+',
      'staff',
      '2013',
      '1998',
      '7',
      '12:30',
      'pm',
      'am',
      ',',
      '-',
      '|',
      "o'clock",
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.boolean(), (words, tight) => {
        const text = words.join(tight ? '' : ' ');
        return mayHoldDate(text) || chronoReads(text).length === 0;
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('spares chrono the bylines that hold no date, and still reads those that do', () => {
    const article = (byline: string) =>
      cleanArticle({ text: `Leaders meet\n\n${byline}\n\n${'The talks went on. '.repeat(3)}` });
    expect(article('By Jane Doe and John Roe').publishedAt).toBeUndefined();
    expect(article('By Jane Doe | March 3, 2024').publishedAt).toBe('2024-03-03');
  });
});

describe('mayHoldYear', () => {
  /** What the cleaning stage asks of a byline or dateline without a reference date: a day, month and year chrono is certain of. */
  const certainDate = (text: string): boolean =>
    chrono.parse(text).some((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'));

  it('holds for the dates a byline or dateline may give in full', () => {
    for (const text of [
      'WASHINGTON, March 3, 2024 (Reuters) -',
      'Published 03/04/19',
      'Updated 2 hours ago',
      'Posted yesterday at 9 am',
      'July 2 99 was the day',
      '2024-03-05 08:00',
    ]) {
      expect(certainDate(text)).toBe(true);
      expect(mayHoldYear(text)).toBe(true);
    }
    expect(mayHoldYear('WASHINGTON, March 3 (Reuters) -')).toBe(false);
  });

  it('is false only where chrono is certain of no full date (property)', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 99 }).map(String),
      fc.integer({ min: 900, max: 2100 }).map(String),
      fc.constantFrom(
        'March',
        'Mar.',
        'sept',
        'Monday',
        'Fri',
        'WASHINGTON',
        'By',
        'Jane',
        'Doe',
        '(Reuters)',
        'updated',
        'on',
        'at',
        'of',
        'the',
        'a',
        'in',
        'last',
        'next',
        'ago',
        'later',
        'today',
        'yesterday',
        'tonight',
        'morning',
        'week',
        'days',
        'hours',
        'd',
        'h',
        'am',
        'pm',
        'BST',
        'AD',
        'BC',
        'CE',
        ',',
        '-',
        '–',
        '/',
        '.',
        '|',
        '+',
        'first',
        'third',
        'twenty-first',
        '3rd',
        '21st',
        'half',
        'couple',
        'few',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.boolean(), (pieces, tight) => {
        const text = pieces.join(tight ? '' : ' ');
        return mayHoldYear(text) || !certainDate(text);
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});
