import { EVENT_DATED } from '../../../graph/fact-date.js';
import { RELATION_TYPES } from '../../../graph/model.js';

/**
 * One Cypher statement with its parameters: what every builder in this folder returns, so that the
 * text can be checked by snapshot without a server and every value travels as a parameter.
 */
export interface Query {
  text: string;
  params: Record<string, unknown>;
}

/** Builds a Query; the text's lines are trimmed so that snapshots and server logs read alike. */
export function cypher(text: string, params: Record<string, unknown> = {}): Query {
  return {
    text: text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join('\n'),
    params,
  };
}

/**
 * The relationship types that join two entities, as a pattern alternative (`MET_WITH|SAID|…`): written
 * into query text from the ontology's fixed list, never from input. Traversals name them so that they
 * never wander into the provenance part of the graph (MENTIONS, STATES, FROM, TO…).
 */
export const FACT_TYPES = RELATION_TYPES.join('|');

/** The test that an edge `r` may be shown in the relation lists: $includeHedged, $includeNegated. */
export const PASSES =
  'CASE WHEN r.negated = true THEN $includeNegated WHEN r.hedged = true THEN $includeHedged ELSE true END';

/** The test that a traversal may cross an edge `r`: $types, $includeHedged. */
export const TRAVERSABLE =
  '($types IS NULL OR type(r) IN $types) AND coalesce(r.negated, false) = false AND ($includeHedged OR coalesce(r.hedged, false) = false)';

/** Returns an edge `r` between (s) and (t) as the columns that records.ts reads. */
export const RELATION_COLUMNS = 'properties(r) AS props, type(r) AS type, s.id AS source, t.id AS target';

/** Tail that counts the rows of `x` (already ordered) and returns one window of them: $offset, $end. */
export const PAGE_TAIL = 'WITH collect(x) AS rows RETURN size(rows) AS total, rows[$offset..$end] AS page';

/**
 * The date of a fact `r` (graph/fact-date.ts): its own date, else for the types dated by their Event
 * that Event's date, else the earliest of its Evidence nodes' dates or their articles' publication dates.
 * The subquery's variables (`fe`, `fa`, `fd`) are named so as not to meet those of the queries around it.
 */
export const FACT_DATE = [
  'CASE',
  "WHEN coalesce(r.date, '') <> '' THEN r.date",
  ...Object.entries(EVENT_DATED).map(([type, end]) => {
    const event = `${end === 'source' ? 'startNode' : 'endNode'}(r)`;
    return `WHEN type(r) = '${type}' AND coalesce(${event}.date, '') <> '' THEN ${event}.date`;
  }),
  "ELSE COLLECT { MATCH (fe:Evidence {relation: r.id}) OPTIONAL MATCH (fa:Article {id: fe.article}) WITH coalesce(fe.date, fa.publishedAt) AS fd WHERE coalesce(fd, '') <> '' RETURN fd ORDER BY fd LIMIT 1 }[0]",
  'END',
].join(' ');

/** The event of a fact `r` for grouping (graph/fact-date.ts): its own event, else its end that is an Event. */
export const FACT_EVENT =
  "CASE WHEN coalesce(r.event, '') <> '' THEN r.event WHEN endNode(r).label = 'Event' THEN endNode(r).id WHEN startNode(r).label = 'Event' THEN startNode(r).id END";

/** The test that a fact `r` is dated on or before $asOf, compared at the precision of $asOf. */
export const DATED_BY_AS_OF = `any(known IN [${FACT_DATE}] WHERE known IS NOT NULL AND substring(known, 0, size($asOf)) <= $asOf)`;
