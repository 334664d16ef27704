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
