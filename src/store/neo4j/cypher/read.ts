import neo4j from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPES, type RelationType } from '../../../graph/model.js';
import {
  cypher,
  DATED_BY_AS_OF,
  FACT_DATE,
  FACT_EVENT,
  FACT_TYPES,
  PAGE_TAIL,
  PASSES,
  RELATION_COLUMNS,
  TRAVERSABLE,
  type Query,
} from './query.js';

/**
 * The store's read statements. Records are read in two steps: the node or relationship's own
 * properties, then its mentions or evidence (mentionsOf, evidenceOf) for the records actually returned,
 * so that a page of edges never loads the evidence of the edges it skips.
 */

function typesParam(types: readonly RelationType[] | null | undefined): RelationType[] | null {
  return types && types.length > 0 ? [...types] : null;
}

function window(offset: number, limit: number): { offset: unknown; end: unknown } {
  return { offset: neo4j.int(offset), end: neo4j.int(offset + limit) };
}

/**
 * The test a traversal puts on an edge `r`: TRAVERSABLE, and with a date, DATED_BY_AS_OF. Without one
 * the text (and the server's plan) is what it was before dates came in.
 */
function traversable(asOf: string | null): { test: string; params: { asOf?: string } } {
  return asOf === null
    ? { test: TRAVERSABLE, params: {} }
    : { test: `${TRAVERSABLE} AND ${DATED_BY_AS_OF}`, params: { asOf } };
}

export function entitiesById(ids: readonly string[]): Query {
  return cypher('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN DISTINCT id, properties(n) AS props', {
    ids: [...ids],
  });
}

/** The MENTIONS of the given entities, each with its article, in list order. */
export function mentionsOf(ids: readonly string[]): Query {
  return cypher(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})<-[m:MENTIONS]-(a:Article)
     RETURN id, a.id AS article, properties(m) AS props`,
    { ids: [...new Set(ids)] },
  );
}

/** The Evidence nodes of the given edges, in list order. */
export function evidenceOf(ids: readonly string[]): Query {
  return cypher(
    `UNWIND $ids AS id
     MATCH (e:Evidence {relation: id}) USING INDEX SEEK e:Evidence(relation)
     RETURN id, properties(e) AS props ORDER BY id, e.seq`,
    { ids: [...new Set(ids)] },
  );
}

/**
 * Reads edges by id, grouped by type: one index seek per edge (the uniqueness constraint on each type's
 * `id`), whatever the degree of its ends; `eid` (the element id) lets an ingest update the edge it read
 * without seeking it again. One branch per relation type, from the ontology's fixed list,
 * so that the text (and the server's plan) is the same whatever types a call holds.
 */
export function relationsById(byType: Partial<Record<RelationType, readonly string[]>>): Query {
  const branches = RELATION_TYPES.map(
    (type) =>
      `UNWIND $${type} AS id MATCH (s:Entity)-[r:${type} {id: id}]->(t:Entity) USING INDEX SEEK r:${type}(id) RETURN r, s, t`,
  );
  return cypher(
    `CALL () {
     ${branches.join('\nUNION ALL\n')}
     }
     RETURN ${RELATION_COLUMNS}, elementId(r) AS eid`,
    Object.fromEntries(RELATION_TYPES.map((type) => [type, [...new Set(byType[type] ?? [])]])),
  );
}

/** Edges whose ids are not of the `TYPE:source->target` shape: by a scan. */
export function relationsByIdScan(ids: readonly string[]): Query {
  return cypher(`MATCH (s:Entity)-[r:${FACT_TYPES}]->(t:Entity) WHERE r.id IN $ids RETURN ${RELATION_COLUMNS}`, {
    ids: [...ids],
  });
}

/** Escapes a word for Lucene and lets it match inside names. */
function luceneTerm(word: string): string {
  return `*${word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`;
}

/**
 * Entity search: through the full-text index (`index` given) or a scan, ranked as the embedded store
 * ranks (exact name, whole word, substring), then by mention count and id. `folded` is the folded search text.
 */
export function searchEntities(
  folded: string,
  label: string | null,
  offset: number,
  limit: number,
  index: string | null,
): Query {
  const ranked = `WITH n, CASE
      WHEN $q = '' THEN 1
      WHEN any(f IN n._folded WHERE f = $q) THEN 3
      WHEN any(f IN n._folded WHERE f STARTS WITH $q + ' ' OR f ENDS WITH ' ' + $q OR f CONTAINS ' ' + $q + ' ') THEN 2
      WHEN any(f IN n._folded WHERE f CONTAINS $q) THEN 1
      ELSE 0 END AS rank
    WHERE rank > 0 AND ($label IS NULL OR n.label = $label)
    WITH properties(n) AS x ORDER BY rank DESC, n.count DESC, n.id ${PAGE_TAIL}`;
  const params = { q: folded, label, ...window(offset, limit) };
  if (index === null) return cypher(`MATCH (n:Entity) ${ranked}`, params);
  return cypher(`CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n ${ranked}`, {
    ...params,
    index,
    lucene: folded.split(' ').map(luceneTerm).join(' AND '),
  });
}

export function knownEntities(): Query {
  return cypher(
    'MATCH (n:Entity) RETURN n.id AS id, n.label AS label, n.name AS name, n.aliases AS aliases, n.roles AS roles, n.date AS date, n.place AS place ORDER BY n.id',
  );
}

export interface RelationFilter {
  types: RelationType[] | null;
  includeHedged: boolean;
  includeNegated: boolean;
  minConfidence: number;
  involving: string | null;
  from: string | null;
  to: string | null;
  article: string | null;
  since: string | null;
  until: string | null;
}

/**
 * One page of edges passing the filter, strongest first. The article and date filters look at the
 * edge's Evidence nodes (by the index on Evidence.relation); an edge's own date counts too.
 */
export function relationsPage(filter: RelationFilter, offset: number, limit: number): Query {
  const anchor = filter.from ?? filter.to ?? filter.involving ?? null;
  const match =
    anchor === null
      ? `MATCH (s:Entity)-[r:${FACT_TYPES}]->(t:Entity)`
      : `MATCH (:Entity {id: $anchor})-[r:${FACT_TYPES}]-() MATCH (s:Entity)-[r]->(t:Entity)`;
  return cypher(
    `${match}
     WHERE ($types IS NULL OR type(r) IN $types) AND ${PASSES} AND r.confidence >= $minConfidence
       AND ($involving IS NULL OR s.id = $involving OR t.id = $involving)
       AND ($from IS NULL OR s.id = $from OR (r.undirected = true AND t.id = $from))
       AND ($to IS NULL OR t.id = $to OR (r.undirected = true AND s.id = $to))
       AND ($from IS NULL OR $to IS NULL OR coalesce(r.undirected, false) = false OR s.id = $to OR t.id = $to)
       AND ($article IS NULL OR EXISTS { MATCH (e:Evidence {relation: r.id}) WHERE e.article = $article })
       AND ($since IS NULL AND $until IS NULL OR any(d IN [r.date] + COLLECT { MATCH (e:Evidence {relation: r.id}) WHERE e.date IS NOT NULL RETURN e.date } WHERE
             d IS NOT NULL AND ($since IS NULL OR substring(d, 0, size($since)) >= $since) AND ($until IS NULL OR substring(d, 0, size($until)) <= $until)))
     WITH {props: properties(r), type: type(r), source: s.id, target: t.id} AS x ORDER BY r.confidence DESC, r.id ${PAGE_TAIL}`,
    { anchor, ...filter, types: typesParam(filter.types), ...window(offset, limit) },
  );
}

/** The edges touching each of the given entities, by direction, strongest first. */
export function relationsOf(
  ids: readonly string[],
  direction: string,
  types: readonly RelationType[] | null | undefined,
  includeHedged: boolean,
): Query {
  return cypher(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})-[r:${FACT_TYPES}]-()
     WHERE CASE $direction WHEN 'OUT' THEN startNode(r) = n OR r.undirected = true
                          WHEN 'IN' THEN endNode(r) = n OR r.undirected = true
                          ELSE true END
       AND ($types IS NULL OR type(r) IN $types) AND ${PASSES}
     MATCH (s)-[r]->(t)
     WITH id, r, s, t ORDER BY r.confidence DESC, r.id
     RETURN id, collect({props: properties(r), type: type(r), source: s.id, target: t.id}) AS edges`,
    { ids: [...new Set(ids)], direction, types: typesParam(types), includeHedged, includeNegated: false },
  );
}

/**
 * A statement's properties as read: the folded copies of its quote and sentence that search matches
 * on stay on the server (they are as long as the text itself, and no record has them).
 */
const STATEMENT_PROPS = 's {.*, _quote: null, _sentence: null}';

export function statementsById(ids: readonly string[]): Query {
  return cypher(`UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN DISTINCT id, ${STATEMENT_PROPS} AS props`, {
    ids: [...ids],
  });
}

export interface StatementFilter {
  speaker: string | null;
  about: string | null;
  article: string | null;
  /** Folded search text, '' for none. */
  q: string;
}

/**
 * The index a page of statements seeks: the first of speaker, subject and article the filter names
 * (written into the text from the filter's shape, never its values); a page with none reads every statement.
 */
function statementSeek(filter: StatementFilter): string {
  const property =
    filter.speaker !== null ? 'speaker' : filter.about !== null ? 'about' : filter.article !== null ? 'article' : null;
  return property === null ? '(s:Statement)' : `(s:Statement {${property}: $${property}})`;
}

export function statementsPage(filter: StatementFilter, offset: number, limit: number): Query {
  return cypher(
    `MATCH ${statementSeek(filter)}
     WHERE ($speaker IS NULL OR s.speaker = $speaker) AND ($about IS NULL OR s.about = $about)
       AND ($article IS NULL OR s.article = $article)
       AND ($q = '' OR s._quote CONTAINS $q OR s._sentence CONTAINS $q)
     WITH ${STATEMENT_PROPS} AS x ORDER BY s.article, s.start, s.id ${PAGE_TAIL}`,
    { ...filter, ...window(offset, limit) },
  );
}

export function statementsOf(ids: readonly string[], role: 'speaker' | 'about'): Query {
  // The role names the property, written into the text (one of two, never input) so that the server
  // seeks its index (statement_speaker, statement_about); a CASE on a parameter scans every statement.
  return cypher(
    `UNWIND $ids AS id
     MATCH (s:Statement {${role}: id})
     WITH id, s ORDER BY s.article, s.start, s.id
     RETURN id, collect(${STATEMENT_PROPS}) AS statements`,
    { ids: [...new Set(ids)] },
  );
}

export function articlesById(ids: readonly string[]): Query {
  return cypher('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN DISTINCT id, properties(a) AS props', {
    ids: [...ids],
  });
}

export function articlesPage(offset: number, limit: number): Query {
  return cypher(
    `MATCH (a:Article) WITH properties(a) AS x ORDER BY coalesce(a.publishedAt, '') DESC, a.id ${PAGE_TAIL}`,
    window(offset, limit),
  );
}

/**
 * One ring of a neighbourhood's breadth-first search: the nodes one traversable edge away from the
 * `frontier` (the ring before) and not `seen` yet, by id, at most `limit`. A neighbourhood keeps the
 * nearest nodes, by id within a distance, so ring after ring it needs only the first ids of the last ring
 * it reaches, which the server picks; finding every node within the hops (ANY SHORTEST) returned them all,
 * a thousand and more around a hub, to keep fifty.
 */
export function ring(
  frontier: readonly string[],
  seen: readonly string[],
  limit: number,
  types: readonly RelationType[] | null | undefined,
  includeHedged: boolean,
  asOf: string | null = null,
): Query {
  const { test, params } = traversable(asOf);
  return cypher(
    `UNWIND $frontier AS id
     MATCH (:Entity {id: id})-[r:${FACT_TYPES}]-(m:Entity)
     WHERE NOT m.id IN $seen AND ${test}
     RETURN DISTINCT m.id AS id ORDER BY id LIMIT $limit`,
    {
      frontier: [...frontier],
      seen: [...seen],
      limit: neo4j.int(limit),
      types: typesParam(types),
      includeHedged,
      ...params,
    },
  );
}

/** The traversable edges among the given nodes. */
export function edgesAmong(
  ids: readonly string[],
  types: readonly RelationType[] | null | undefined,
  includeHedged: boolean,
  asOf: string | null = null,
): Query {
  const { test, params } = traversable(asOf);
  return cypher(
    `UNWIND $ids AS id MATCH (s:Entity {id: id})-[r:${FACT_TYPES}]->(t:Entity)
     WHERE t.id IN $ids AND ${test}
     RETURN ${RELATION_COLUMNS} ORDER BY r.id`,
    { ids: [...ids], types: typesParam(types), includeHedged, ...params },
  );
}

/** Every step of every shortest path between two nodes, within `maxHops` (Cypher text from a checked whole number). */
export function shortestPathSteps(
  from: string,
  to: string,
  maxHops: string,
  types: readonly RelationType[] | null | undefined,
  asOf: string | null = null,
): Query {
  const { test, params } = traversable(asOf);
  return cypher(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = ALL SHORTEST (a)(()-[r:${FACT_TYPES}]-() WHERE ${test}){1,${maxHops}}(b)
     UNWIND range(0, length(p) - 1) AS i
     RETURN DISTINCT i AS depth, nodes(p)[i].id AS from, relationships(p)[i].id AS edge, nodes(p)[i + 1].id AS to`,
    { from, to, types: typesParam(types), includeHedged: false, ...params },
  );
}

/** Which facts `timeline` and `between` list. */
export interface FactFilter {
  types: RelationType[] | null;
  includeHedged: boolean;
  includeNegated: boolean;
}

/** The facts of an entity, both directions, each with its date and event (graph/fact-date.ts). */
export function timelineFacts(id: string, filter: FactFilter): Query {
  return cypher(
    `MATCH (:Entity {id: $id})-[r:${FACT_TYPES}]-(:Entity)
     WHERE ($types IS NULL OR type(r) IN $types) AND ${PASSES}
     RETURN r.id AS id, ${FACT_DATE} AS date, ${FACT_EVENT} AS event`,
    { id, ...filter, types: typesParam(filter.types) },
  );
}

/** The facts linking two entities, either direction, each with its date and event. */
export function factsBetween(a: string, b: string, filter: FactFilter): Query {
  return cypher(
    `MATCH (:Entity {id: $a})-[r:${FACT_TYPES}]-(:Entity {id: $b})
     WHERE ($types IS NULL OR type(r) IN $types) AND ${PASSES}
     RETURN r.id AS id, ${FACT_DATE} AS date, ${FACT_EVENT} AS event`,
    { a, b, ...filter, types: typesParam(filter.types) },
  );
}

/** The earliest and latest date of the facts that are not denied (nulls when none is dated). */
export function factDateRange(): Query {
  return cypher(
    `MATCH (:Entity)-[r:${FACT_TYPES}]->(:Entity) WHERE coalesce(r.negated, false) = false
     WITH ${FACT_DATE} AS date WHERE date IS NOT NULL
     RETURN min(date) AS earliest, max(date) AS latest`,
  );
}

/**
 * The counts of `stats`: entities by ontology label, edges by type, articles and statements, one column
 * each, which the server answers from its count store rather than by a scan (a scan of the edges took
 * 73 ms on a 10k-article graph, this 2 ms; the snapshot cache asks for the counts every second). Every
 * node labelled so is an entity (its ontology label is its `label`), and fact relationships join
 * entities only.
 */
export function countRecords(): Query {
  return cypher(
    `RETURN ${[
      ...ENTITY_LABELS.map((label) => `COUNT { (:${label}) } AS ${label}`),
      ...RELATION_TYPES.map((type) => `COUNT { ()-[:${type}]->() } AS ${type}`),
      'COUNT { (:Article) } AS articles',
      'COUNT { (:Statement) } AS statements',
    ].join(', ')}`,
  );
}

/** Every record of one kind, by id, for dumps. */
export function everyArticle(): Query {
  return cypher('MATCH (a:Article) RETURN properties(a) AS props ORDER BY a.id');
}

export function everyEntity(): Query {
  return cypher('MATCH (n:Entity) RETURN n.id AS id, properties(n) AS props ORDER BY n.id');
}

export function everyRelation(): Query {
  return cypher(`MATCH (s:Entity)-[r:${FACT_TYPES}]->(t:Entity) RETURN ${RELATION_COLUMNS} ORDER BY r.id`);
}

export function everyEvidence(): Query {
  return cypher('MATCH (e:Evidence) RETURN e.relation AS id, properties(e) AS props ORDER BY id, e.seq');
}

export function everyStatement(): Query {
  return cypher(`MATCH (s:Statement) RETURN ${STATEMENT_PROPS} AS props ORDER BY s.id`);
}
