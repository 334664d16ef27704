/**
 * What both stores share to answer `timeline` and `between`: each store finds the facts with their
 * date and event (FactRow, by graphology or by Cypher), and these functions order, group and page them
 * the same way, so that the stores need only complete the records of the page.
 */
import { badDateMessage, dayOf, isIsoDate } from '../graph/fact-date.js';
import { StoreQueryError } from './errors.js';
import { compareStrings } from './order.js';
import { paginate } from './pagination.js';
import type { Page, PageArgs } from './port.js';

/** A fact as the stores first find it: its id, date and event (see graph/fact-date.ts). */
export interface FactRow {
  id: string;
  date: string | null;
  event: string | null;
}

/** One group of a timeline: its day, its event, and its facts in order. */
export interface FactGroup {
  date: string | null;
  event: string | null;
  facts: FactRow[];
}

/** Checks an optional date argument of a store query; throws StoreQueryError for anything but an ISO date. */
export function checkDateArgument(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isIsoDate(value)) throw new StoreQueryError(badDateMessage(argument, value));
  return value;
}

function nullsLast(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compareStrings(a, b);
}

/** Timeline order: by day (undated last), then event (facts at no event last), then date and id. */
function compareForTimeline(a: FactRow, b: FactRow): number {
  return (
    nullsLast(a.date === null ? null : dayOf(a.date), b.date === null ? null : dayOf(b.date)) ||
    nullsLast(a.event, b.event) ||
    nullsLast(a.date, b.date) ||
    compareStrings(a.id, b.id)
  );
}

/** Date order (undated last), then id. */
function compareByDate(a: FactRow, b: FactRow): number {
  return nullsLast(a.date, b.date) || compareStrings(a.id, b.id);
}

/** The facts grouped by day and event, in timeline order. */
function groupFacts(rows: readonly FactRow[]): FactGroup[] {
  const groups: FactGroup[] = [];
  let last: FactGroup | undefined;
  for (const row of [...rows].sort(compareForTimeline)) {
    const day = row.date === null ? null : dayOf(row.date);
    if (!last || last.date !== day || last.event !== row.event) {
      last = { date: day, event: row.event, facts: [] };
      groups.push(last);
    }
    last.facts.push(row);
  }
  return groups;
}

/** One page of a timeline's groups, and how many facts the whole timeline holds. */
export function timelineGroups(rows: readonly FactRow[], args: PageArgs): { page: Page<FactGroup>; factCount: number } {
  return { page: paginate(groupFacts(rows), args), factCount: rows.length };
}

/** One page of facts in date order. */
export function factsByDate(rows: readonly FactRow[], args: PageArgs): Page<FactRow> {
  return paginate([...rows].sort(compareByDate), args);
}
