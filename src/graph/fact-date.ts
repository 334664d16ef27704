/**
 * The date of a fact, one definition for both stores, the GraphQL API and the explorer
 * (docs/graphql.md#time, "The date of a fact"):
 *
 * 1. the edge's own `date`: a MET_WITH's meeting date, taken from its event or the text;
 * 2. for PARTICIPATED_IN and HELD_IN, the `date` of their Event (target, source): taking part in an
 *    event, or hosting it, happens when the event does;
 * 3. otherwise the earliest date of its evidence: each piece's `date` (which the extractor sets to its
 *    article's publication date), else its article's `publishedAt`. A statement, a sanction or support
 *    is dated when it was first reported, even when it is about an event of another day;
 * 4. none of these: the fact is undated. Undated facts come last in timelines and in `between`, and
 *    are left out of the graph as of a date (`asOf`), of which nothing says they were part.
 *
 * Dates are ISO 8601 at any precision (2022, 2022-09, 2022-09-15, or a time of day). They are compared
 * as relations(since, until) compares them: cut to the precision of the bound, so that a fact of
 * 2022-09 is on or before 2022-09-15 and on or after 2022-09-15 alike.
 */
import type { EntityLabel, RelationRecord, RelationType } from './model.js';

/** The relation types dated by their Event, and at which end the Event is. */
export const EVENT_DATED: Readonly<Partial<Record<RelationType, 'source' | 'target'>>> = {
  PARTICIPATED_IN: 'target',
  HELD_IN: 'source',
};

/** Where the dates a fact may take come from, besides the fact itself. */
export interface DateLookup {
  /** The `date` of an entity (Events have one), undefined when none or no such entity. */
  entityDate(id: string): string | null | undefined;
  /** The `publishedAt` of an article, undefined when none or no such article. */
  articleDate(id: string): string | null | undefined;
}

type DatedParts = Pick<RelationRecord, 'type' | 'source' | 'target' | 'date' | 'evidence'>;

/** The date of a fact (see the rules above), null when it is undated. */
export function factDate(relation: DatedParts, lookup: DateLookup): string | null {
  if (relation.date) return relation.date;
  const end = EVENT_DATED[relation.type];
  if (end) {
    const eventDate = lookup.entityDate(relation[end]);
    if (eventDate) return eventDate;
  }
  let earliest: string | null = null;
  for (const evidence of relation.evidence) {
    const date = evidence.date ?? lookup.articleDate(evidence.article);
    if (date && (earliest === null || date < earliest)) earliest = date;
  }
  return earliest;
}

/**
 * The event a fact belongs to, for grouping a timeline: the edge's own `event` (MET_WITH), else the end
 * that is an Event (who took part in it, where it was held, who said or did what about it), else null.
 */
export function factEvent(
  relation: Pick<RelationRecord, 'source' | 'target' | 'event'>,
  labelOf: (id: string) => EntityLabel | undefined,
): string | null {
  if (relation.event) return relation.event;
  if (labelOf(relation.target) === 'Event') return relation.target;
  if (labelOf(relation.source) === 'Event') return relation.source;
  return null;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for an ISO date of a real day, month or year: 2022, 2022-09, 2022-09-15 (not 2022-13 nor 2022-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The message for a date argument that is no ISO date. */
export function badDateMessage(argument: string, value: string): string {
  return `"${argument}" must be an ISO date such as 2022, 2022-09 or 2022-09-15, got "${value.slice(0, 40)}".`;
}

/** True when a fact's date is on or before `asOf`, compared at the precision of `asOf`; false for an undated fact. */
export function datedBy(date: string | null, asOf: string): boolean {
  return date !== null && date.slice(0, asOf.length) <= asOf;
}

/** True when a fact's date lies within [since, until] (either may be absent), as relations(since, until) compares. */
export function datedWithin(
  date: string | null,
  since: string | null | undefined,
  until: string | null | undefined,
): boolean {
  if (!since && !until) return true;
  if (date === null) return false;
  return (!since || date.slice(0, since.length) >= since) && (!until || date.slice(0, until.length) <= until);
}

/** The day of a date, at most to the day (2022-09-15T10:00Z → 2022-09-15; 2022-09 stays). */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}
