/**
 * parseDates, chrono-node's reading of a sentence as the event stages ask it: memoised, and not asked
 * of a sentence whose only date-like content is bare years (chrono has no parser of a year alone).
 */
import * as chrono from 'chrono-node';
import { parseDates } from '../../src/extract/dates.js';

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
