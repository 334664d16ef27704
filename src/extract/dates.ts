/**
 * Dates of chrono-node results as ISO strings, resolved against the article's date. Two readings with
 * different purposes live here side by side:
 * - isoOfHappening, for the event frames of the mention stage: what the sentence says happened when,
 *   a bare weekday or month taken as the latest one before the article (the next one when the
 *   sentence looks ahead);
 * - isoAtCertainPrecision, for the events stage's dates of Event entities: only what chrono is
 *   certain of, a bare weekday as chrono places it.
 * They date different things and their results differ; neither may be swapped for the other without
 * changing the extractor's output. Both read the results of parseDates, chrono-node's memoised reading.
 */
import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './lexicon.js';
import { memoize } from './memo.js';

/** Names of months and weekdays, as chrono-node reads them. */
const CALENDAR_NAMES = `${[...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS].join('|')}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun`;
/** Words of chrono-node's casual readings ("yesterday", "tonight", "this morning"). */
const CASUAL_NAMES =
  'now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|noon|midnight|midday|morning|afternoon|evening|night|weekends?|weekdays?';
/** Its units of time, but the one-letter ones (LETTER_UNIT). */
const UNIT_NAMES = 'quarters?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|secs?|mins?|hrs?|qtr|mos?|yrs?';
/** The end of a unit of time: a word's end, or the word that makes it a span, glued or not ("2 hoursago"). */
const UNIT_END = '(\\b|\\s{0,5}(ago|before|earlier|later|after|from|henceforth|forward|out))';
/**
 * A one-letter time unit after one of chrono-node's number words ("an h ago"), or glued to a relative
 * word ("last s", "lastd"), a vague number ("couple of", "half an") or a number ("3d"): a span too.
 */
const LETTER_UNIT = new RegExp(
  '(\\b(an?|the|few|several|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\W{1,5}|' +
    `(this|last|past|next|after|few|several|half(\\s{0,2}an?)?|couple(\\s{0,2}of)?|[+-]|\\d)\\s{0,5})[smhdwy]${UNIT_END}`,
  'i',
);
/** A span placed from the reference instant: chrono-node is certain of its year. */
const RELATIVE_SPAN = new RegExp(
  `\\b(this\\s{0,3})?(${CASUAL_NAMES})\\b|(${UNIT_NAMES})${UNIT_END}|${LETTER_UNIT.source}`,
  'i',
);
/**
 * Words that chrono-node reads as a date or a span of time, or that join a year into one, also glued to
 * the words around them as chrono reads them ("nextdays", "marchof"): a name of a month or weekday
 * anywhere in a word.
 */
const CHRONO_WORDS = new RegExp(
  `${CALENDAR_NAMES}|${RELATIVE_SPAN.source}|o\\W*clock|\\d{4}\\s{0,3}([smhdwy]|a\\.?m|p\\.?m)${UNIT_END}`,
  'i',
);
/**
 * What chrono-node may read as a year beside a day: a number from 1000 to 2999 or of five digits or
 * more, two numbers (its month-name parsers take a second number of two digits for a year: "1 March
 * 10"; "3/4/19"), a number with an era ("5 AD"), or a day written as an ordinal word, glued or not
 * ("the third of March 99").
 */
const YEAR_LIKE =
  /(?<!\d)[12]\d{3}|\d{5}|\d\D+\d|\d\s{0,2}(BE|AD|BC|BCE|CE)\b|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth/i;
const YEAR = /\b\d{4}\b/;
const YEARS = /\b\d{4}\b/g;

/**
 * Whether chrono-node may read a date or a time in the text: a digit other than a bare four-digit year
 * (chrono has no parser of a year alone: "took place in 2013"), or a word of its vocabulary (a month, a
 * weekday, "yesterday", "hours", "o'clock"). Without one, every one of its fifty-odd parsers runs and
 * finds nothing, which costs more than finding the sentence's mentions; callers skip it then.
 */
export function mayHoldDate(text: string): boolean {
  const digits = YEAR.test(text) ? text.replace(YEARS, '') : text;
  return /\d/.test(digits) || CHRONO_WORDS.test(text);
}

/**
 * Whether chrono-node, reading the text without a reference date, may be certain of a year: the text
 * holds a number it can take for a year, or a span it places from the present ("yesterday", "two days
 * ago"). A dateline's "WASHINGTON, March 3 (Reuters)" holds neither.
 */
export function mayHoldYear(text: string): boolean {
  return YEAR_LIKE.test(text) || RELATIVE_SPAN.test(text);
}

/** Sentences whose readings parseDates keeps (a few articles' worth); the memo is emptied when full. */
const PARSE_MEMO_SIZE = 512;
/** chrono's readings by `instant\u0000text` (the key gives both back). */
const readings = memoize((key: string): readonly chrono.ParsedResult[] => {
  const cut = key.indexOf('\u0000');
  return chrono.parse(key.slice(cut + 1), { instant: new Date(Number(key.slice(0, cut))), timezone: 'UTC' });
}, PARSE_MEMO_SIZE);

/**
 * chrono-node's readings of a sentence against a reference instant (UTC). Memoised: the mention stage's
 * event frames and the events stage read the same sentences against the same article date, once per
 * Event in a sentence, and chrono's fifty-odd parsers are among the extractor's costliest steps. A
 * sentence chrono can read nothing in (mayHoldDate) is not read at all. Callers only read the results.
 */
export function parseDates(text: string, instant: Date): readonly chrono.ParsedResult[] {
  if (!mayHoldDate(text)) return [];
  return readings(`${instant.getTime()}\u0000${text}`);
}

/** ISO date at the precision the text gives, resolved against the article date; past unless the sentence speaks of the future. */
export function isoOfHappening(result: chrono.ParsedResult, ref: Date, future: boolean): string | undefined {
  const c = result.start;
  let y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return undefined;
  const relative =
    /today|yesterday|tomorrow|tonight|week|month|year|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(
      result.text,
    );
  const hasDay = c.isCertain('day') || c.isCertain('weekday') || /today|yesterday|tomorrow|tonight/i.test(result.text);
  const hasMonth = c.isCertain('month') || hasDay || /month/i.test(result.text);
  if (c.isCertain('weekday') && !c.isCertain('day') && d !== null && m !== null) {
    // "on Thursday": the last Thursday in reported speech of the past, the next one when the sentence looks ahead.
    const at = Date.UTC(y, m - 1, d);
    const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const week = 7 * 86_400_000;
    const shifted = !future && at > refDay ? at - week : future && at < refDay ? at + week : at;
    const day = new Date(shifted);
    return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`;
  }
  if (!c.isCertain('year') && !relative && m !== null) {
    // "in February" in an article of September: this year's February, or next year's when the sentence looks ahead.
    const refMonth = ref.getUTCMonth() + 1;
    y = ref.getUTCFullYear();
    if (future && m < refMonth) y += 1;
    if (!future && m > refMonth) y -= 1;
  }
  const yyyy = String(y).padStart(4, '0');
  if (m === null || !hasMonth) return yyyy;
  const mm = String(m).padStart(2, '0');
  if (d === null || !hasDay) return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(d).padStart(2, '0')}`;
}

/** Date of a chrono result at the precision it is certain of; a bare month is the latest one not after the article, unless the sentence speaks of the future. */
export function isoAtCertainPrecision(
  result: chrono.ParsedResult,
  reference: Date,
  future: boolean,
): string | undefined {
  const c = result.start;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const d = c.date();
  if (c.isCertain('day') || c.isCertain('weekday'))
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (c.isCertain('month')) {
    let year = c.isCertain('year') ? (c.get('year') ?? d.getUTCFullYear()) : reference.getUTCFullYear();
    const month = c.get('month') ?? d.getUTCMonth() + 1;
    if (!c.isCertain('year') && future && month < reference.getUTCMonth() + 1) year += 1;
    return `${year}-${pad(month)}`;
  }
  if (c.isCertain('year')) return String(c.get('year') ?? d.getUTCFullYear());
  return undefined;
}
