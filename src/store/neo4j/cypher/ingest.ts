import type { RelationType } from '../../../graph/model.js';
import type { Properties } from '../codec.js';
import { cypher, type Query } from './query.js';

/**
 * The statements of a batched ingest (see ../ingest.ts), in the order it runs them. Each takes rows
 * for many articles at once (UNWIND), and each touches only what the batch adds: nodes and
 * relationships are created or their own small properties set; no list that grows with a node's
 * history is read or rewritten.
 *
 * The reads at the start return each node's and edge's element id (`eid`), and the writes after
 * them (the `…At` builders) find what they link or update by it: a direct record lookup instead of
 * an index seek per row, with one plan whatever the relation type. Element ids are stable within the
 * transaction, and what they name cannot go away meanwhile: the articles are claimed and the entities
 * locked by this transaction (an edge is found through its locked ends). Rows that name a node the
 * reads did not return (a mention or evidence of an article outside the batch) go by id, through the
 * builders without `At`, which load and migrate use too.
 */

/**
 * Claims the batch's articles: creates each missing Article node (a bare one, filled in later in the
 * transaction) and returns which were created. The unique constraint on Article.id makes a second
 * writer of the same article wait for this transaction and then see it as already there.
 */
export function claimArticles(ids: readonly string[], token: string): Query {
  return cypher(
    `UNWIND $ids AS id
     MERGE (a:Article {id: id}) ON CREATE SET a._claim = $token
     RETURN id, a._claim = $token AS created, properties(a) AS props, elementId(a) AS eid`,
    { ids: [...ids], token },
  );
}

/**
 * Reads the known entities among the given ids, taking a write lock on each (a property set and removed
 * at once), so that two writers merging into the same node take turns instead of losing an alias.
 */
export function lockEntities(ids: readonly string[]): Query {
  return cypher(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     SET n._lock = true REMOVE n._lock
     RETURN id, properties(n) AS props, elementId(n) AS eid`,
    { ids: [...ids] },
  );
}

/** The ids among the given ones that are statements already stored. */
export function knownStatements(ids: readonly string[]): Query {
  return cypher('UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN s.id AS id', { ids: [...ids] });
}

/**
 * Creates new entity nodes, each with its ontology label, and returns the id and element id of each.
 * MERGE rather than CREATE: when another writer created the same node since this transaction looked,
 * fewer rows come back and the batch is run again (see ../ingest.ts) instead of overwriting that
 * writer's node.
 */
export function createEntities(
  rows: readonly { id: string; label: string; props: Properties }[],
  token: string,
): Query {
  return cypher(
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id}) ON CREATE SET n._claim = $token
     WITH n, row WHERE n._claim = $token
     SET n = row.props, n:$(row.label)
     RETURN row.id AS id, elementId(n) AS eid`,
    { rows: [...rows], token },
  );
}

/** Sets the changed properties of known entity nodes (null removes one). */
export function updateEntities(rows: readonly { id: string; props: Properties }[]): Query {
  return cypher('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.props', { rows: [...rows] });
}

/** Removes every MENTIONS relationship of the given entities (before writing their whole list anew). */
export function deleteMentions(ids: readonly string[]): Query {
  return cypher('UNWIND $ids AS id MATCH (:Entity {id: id})<-[m:MENTIONS]-(:Article) DELETE m', { ids: [...ids] });
}

/**
 * Links articles to the entities they mention: one MENTIONS relationship per article and entity (see
 * mentionRows in codec.ts). A row without `surfaces` gives a relationship without it (CREATE sets no
 * null property).
 */
export function createMentions(rows: readonly { from: string; entity: string; props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.from}), (n:Entity {id: row.entity})
     CREATE (a)-[:MENTIONS {starts: row.props.starts, ends: row.props.ends, texts: row.props.texts, surfaces: row.props.surfaces, seqs: row.props.seqs}]->(n)`,
    { rows: [...rows] },
  );
}

/** Creates edges between existing nodes; each type was checked against RELATION_TYPES before. */
export function createRelations(
  rows: readonly { type: string; source: string; target: string; props: Properties }[],
): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
     CREATE (s)-[r:$(row.type)]->(t) SET r = row.props`,
    { rows: [...rows] },
  );
}

/**
 * Sets the changed properties of known edges of one type (confidence, flags, tally: never their evidence;
 * null removes one), found by the index on the type's `id`. The hint pins the index seek: planned while
 * the type had few edges, the server otherwise scans the whole index once per row, and keeps that plan.
 */
export function updateRelations(type: RelationType, rows: readonly { id: string; props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() USING INDEX SEEK r:${type}(id) SET r += row.props`,
    {
      rows: [...rows],
    },
  );
}

/** Removes every Evidence node of the given edges (before writing their whole list anew), by the index on `relation` (pinned, as in updateRelations). */
export function deleteEvidence(ids: readonly string[]): Query {
  return cypher(
    'UNWIND $ids AS id MATCH (e:Evidence {relation: id}) USING INDEX SEEK e:Evidence(relation) DETACH DELETE e',
    {
      ids: [...ids],
    },
  );
}

/**
 * Creates Evidence nodes, each tied to the article that states it (STATES) when that article is stored.
 * An Evidence node names its edge by `relation` (the edge's id: an index seek from either side) rather
 * than by relationships to the edge's ends, which would triple what each piece of evidence writes.
 */
export function createEvidence(rows: readonly { props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     CREATE (e:Evidence) SET e = row.props
     WITH e
     MATCH (a:Article {id: e.article})
     CREATE (a)-[:STATES]->(e)`,
    { rows: [...rows] },
  );
}

/** Ties statements to their article (REPORTS), speaker (SPOKEN_BY) and subject (ABOUT), those that are stored; `link` is CREATE for new statements, MERGE for rewritten ones. */
function linkStatement(link: 'CREATE' | 'MERGE'): string {
  return `WITH s
     OPTIONAL MATCH (a:Article {id: s.article})
     OPTIONAL MATCH (p:Entity {id: s.speaker})
     OPTIONAL MATCH (x:Entity {id: s.about})
     FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | ${link} (a)-[:REPORTS]->(s))
     FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | ${link} (s)-[:SPOKEN_BY]->(p))
     FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | ${link} (s)-[:ABOUT]->(x))`;
}

/** Creates new statements with their links. */
export function createStatements(rows: readonly { id: string; props: Properties }[]): Query {
  return cypher(`UNWIND $rows AS row CREATE (s:Statement) SET s = row.props ${linkStatement('CREATE')}`, {
    rows: [...rows],
  });
}

/** Writes statements whole (creating missing ones) with their links. */
export function writeStatements(rows: readonly { id: string; props: Properties }[]): Query {
  return cypher(`UNWIND $rows AS row MERGE (s:Statement {id: row.id}) SET s = row.props ${linkStatement('MERGE')}`, {
    rows: [...rows],
  });
}

/** Fills in article nodes (claimed at the start, or created by a load). */
export function writeArticles(rows: readonly { id: string; props: Properties }[]): Query {
  return cypher('UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row.props', { rows: [...rows] });
}

/** Removes what a batch claimed but did not fill (the articles it refused): nodes still bearing its token. */
export function releaseClaims(ids: readonly string[], token: string): Query {
  return cypher('UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a._claim = $token DETACH DELETE a', {
    ids: [...ids],
    token,
  });
}

/*
 * The builders below find nodes and edges by the element ids that the batch's reads returned (see the
 * top of this file). Each MATCH names the node's label as well, so that the server sees that nothing
 * the statement creates can match it and needs no Eager buffer between reading and writing.
 */

/** Sets the changed properties of known entity nodes, by element id (null removes one). */
export function updateEntitiesAt(rows: readonly { eid: string; props: Properties }[]): Query {
  return cypher('UNWIND $rows AS row MATCH (n:Entity) WHERE elementId(n) = row.eid SET n += row.props', {
    rows: [...rows],
  });
}

/** Sets the changed properties of known edges, by element id, whatever their type (null removes one). */
export function updateRelationsAt(rows: readonly { eid: string; props: Properties }[]): Query {
  return cypher('UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.props', {
    rows: [...rows],
  });
}

/** Fills in the batch's claimed article nodes, by element id. */
export function writeArticlesAt(rows: readonly { eid: string; props: Properties }[]): Query {
  return cypher('UNWIND $rows AS row MATCH (a:Article) WHERE elementId(a) = row.eid SET a = row.props', {
    rows: [...rows],
  });
}

/** MENTIONS from an article (`a`) to an entity (`n`), both by element id, the spans as in createMentions. */
export function createMentionsAt(rows: readonly { a: string; n: string; props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Article) WHERE elementId(a) = row.a
     MATCH (n:Entity) WHERE elementId(n) = row.n
     CREATE (a)-[:MENTIONS {starts: row.props.starts, ends: row.props.ends, texts: row.props.texts, surfaces: row.props.surfaces, seqs: row.props.seqs}]->(n)`,
    { rows: [...rows] },
  );
}

/** New edges between entities given by element id; each type was checked against RELATION_TYPES before. */
export function createRelationsAt(rows: readonly { type: string; s: string; t: string; props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (s:Entity) WHERE elementId(s) = row.s
     MATCH (t:Entity) WHERE elementId(t) = row.t
     CREATE (s)-[r:$(row.type)]->(t) SET r = row.props`,
    { rows: [...rows] },
  );
}

/** Evidence nodes stated by an article of the batch (`a`, by element id). */
export function createEvidenceAt(rows: readonly { a: string; props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Article) WHERE elementId(a) = row.a
     CREATE (a)-[:STATES]->(e:Evidence) SET e = row.props`,
    { rows: [...rows] },
  );
}

/**
 * New statements reported by an article of the batch (`a`), with their speaker (`p`) and subject (`x`)
 * by element id where those are stored (null where not: no link, as createStatements leaves none).
 */
export function createStatementsAt(
  rows: readonly { a: string; p: string | null; x: string | null; props: Properties }[],
): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Article) WHERE elementId(a) = row.a
     CREATE (a)-[:REPORTS]->(s:Statement) SET s = row.props
     WITH s, row
     CALL (s, row) { MATCH (p:Entity) WHERE elementId(p) = row.p CREATE (s)-[:SPOKEN_BY]->(p) }
     CALL (s, row) { MATCH (x:Entity) WHERE elementId(x) = row.x CREATE (s)-[:ABOUT]->(x) }`,
    { rows: [...rows] },
  );
}
