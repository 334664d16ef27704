import { cypher, FACT_TYPES, type Query } from './query.js';

/** Statements that delete, wipe and version the store (the ones that change more than an ingest adds). */

/** Locks an article for deleting and returns its properties (with the lists of what it brought). */
export function lockArticle(id: string): Query {
  return cypher('MATCH (a:Article {id: $id}) SET a._lock = true RETURN properties(a) AS props', { id });
}

/** Removes one article's Evidence nodes of the given edges. */
export function deleteArticleEvidence(article: string, relations: readonly string[]): Query {
  return cypher('UNWIND $ids AS id MATCH (e:Evidence {relation: id}) WHERE e.article = $article DETACH DELETE e', {
    article,
    ids: [...relations],
  });
}

/** Removes edges by id and ends. */
export function deleteRelations(rows: readonly { id: string; source: string; target: string }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (:Entity {id: row.source})-[r:${FACT_TYPES}]->(:Entity {id: row.target}) WHERE r.id = row.id
     DELETE r`,
    { rows: [...rows] },
  );
}

/** The nodes' properties and how many edges each still has (provenance links not counted). */
export function entitiesWithDegree(ids: readonly string[]): Query {
  return cypher(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props, COUNT { (n)-[:${FACT_TYPES}]-() } AS degree`,
    {
      ids: [...ids],
    },
  );
}

/** Removes one article's MENTIONS of the given entities. */
export function deleteArticleMentions(article: string, entities: readonly string[]): Query {
  return cypher('UNWIND $ids AS id MATCH (:Article {id: $article})-[m:MENTIONS]->(:Entity {id: id}) DELETE m', {
    article,
    ids: [...entities],
  });
}

/** Removes nodes of the given label by id, with whatever links them (Entity, Statement or Article: from a fixed list). */
export function detachDelete(label: 'Entity' | 'Statement' | 'Article', ids: readonly string[]): Query {
  return cypher(`UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n`, { ids: [...ids] });
}

/** Empties the store, in transactions of 5000 nodes (run in an implicit transaction). */
export function wipe(): Query {
  return cypher(
    'MATCH (n) WHERE n:Entity OR n:Article OR n:Statement OR n:Evidence CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
  );
}

/** The single node that records the layout version of the store's data. */
export function layoutVersion(): Query {
  return cypher(
    'OPTIONAL MATCH (v:NewsgraphLayout) RETURN v.version AS version, EXISTS { (:Entity) } OR EXISTS { (:Article) } AS hasData',
  );
}

/**
 * Records the layout version in the layout mark. MERGE on the constrained `key`, so that processes that
 * set up a new database at once make one mark (a mark written before the key existed is read as well).
 */
export function setLayoutVersion(version: number): Query {
  return cypher("MERGE (v:NewsgraphLayout {key: 'layout'}) SET v.version = $version", { version });
}

/** Every Correction node's JSON, in log order. */
export function everyCorrection(): Query {
  return cypher('MATCH (c:Correction) RETURN c.json AS json ORDER BY c.seq');
}

/** Adds a correction at the end of the log, or replaces the one with its id in its place. */
export function putCorrection(id: string, json: string): Query {
  return cypher(
    `OPTIONAL MATCH (x:Correction) WITH coalesce(max(x.seq), 0) + 1 AS next
     MERGE (c:Correction {id: $id}) ON CREATE SET c.seq = next SET c.json = $json`,
    { id, json },
  );
}
