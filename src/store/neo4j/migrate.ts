import neo4j, { type Session } from 'neo4j-driver';
import type { Neo4jSettings } from '../../config.js';
import { tallyEvidence } from '../../graph/merge.js';
import type { EvidenceRecord, MentionRecord, RelationType } from '../../graph/model.js';
import { StoreError } from '../errors.js';
import { evidenceProperties, mentionRows, type Properties } from './codec.js';
import { connectionError, openDriver } from './connection.js';
import * as write from './cypher/ingest.js';
import { layoutVersion, setLayoutVersion } from './cypher/maintain.js';
import { cypher, FACT_TYPES, type Query } from './cypher/query.js';
import { ensureSchema } from './schema.js';

/**
 * The layout of the store's data, recorded in one (:NewsgraphLayout {key: 'layout', version}) node.
 * Version 1 (no such node) kept mentions and evidence as JSON strings on entities and edges; version 2
 * keeps them as MENTIONS relationships and Evidence nodes (docs/neo4j-model.md).
 */
const LAYOUT_VERSION = 2;

/** The store's data is in a layout this version does not read: the message says what to run. */
export class StoreLayoutError extends StoreError {}

/** Records migrated per transaction. */
const MIGRATE_BATCH = 500;

async function single(session: Session, query: Query): Promise<{ get(key: string): unknown }[]> {
  return (await session.run(query.text, query.params)).records;
}

/**
 * Checks the data's layout on connecting: an empty database is marked with the current layout; data
 * of an older one (or a newer one) is refused with what to do, before any read gives wrong answers.
 */
export async function checkLayout(session: Session): Promise<void> {
  const [row] = await single(session, layoutVersion());
  const version = row?.get('version');
  if (version === LAYOUT_VERSION) return;
  if (version === null || version === undefined) {
    if (row?.get('hasData') !== true) {
      const mark = setLayoutVersion(LAYOUT_VERSION);
      // Retried by the driver on a deadlock with another process setting up the same new database.
      await session.executeWrite((tx) => tx.run(mark.text, mark.params));
      return;
    }
    throw new StoreLayoutError(
      'This Neo4j database holds a newsgraph store written by an earlier version (layout 1: mentions and evidence as JSON strings). ' +
        'Migrate it once with `kg migrate --store neo4j` (migrateNeo4jStore in src/store/neo4j/migrate.ts); it keeps every record and can be run again if interrupted.',
    );
  }
  throw new StoreLayoutError(
    `This Neo4j database holds a newsgraph store of layout ${String(version)}, newer than this version reads (${LAYOUT_VERSION}); upgrade newsgraph.`,
  );
}

/** What a migration did. */
export interface MigrationReport {
  from: number;
  to: number;
  entities: number;
  relations: number;
  statements: number;
}

function oldEntities(): Query {
  return cypher(
    'MATCH (n:Entity) WHERE n.mentionsJson IS NOT NULL RETURN n.id AS id, n.mentionsJson AS json, n.count AS count LIMIT $limit',
    {
      limit: neo4j.int(MIGRATE_BATCH),
    },
  );
}

function oldRelations(): Query {
  return cypher(
    `MATCH (s:Entity)-[r:${FACT_TYPES}]->(t:Entity) WHERE r.evidenceJson IS NOT NULL
     RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, r.evidenceJson AS json LIMIT $limit`,
    { limit: neo4j.int(MIGRATE_BATCH) },
  );
}

function finishEntities(rows: readonly { id: string; props: Properties }[]): Query {
  return cypher('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.props REMOVE n.mentionsJson', {
    rows: [...rows],
  });
}

function finishRelations(rows: readonly { id: string; source: string; target: string; props: Properties }[]): Query {
  return cypher(
    `UNWIND $rows AS row
     MATCH (:Entity {id: row.source})-[r:${FACT_TYPES}]->(:Entity {id: row.target}) WHERE r.id = row.id
     SET r += row.props REMOVE r.evidenceJson, r._dates, r._evidenceArticles`,
    { rows: [...rows] },
  );
}

function missingArticles(ids: readonly string[]): Query {
  return cypher(
    'UNWIND $ids AS id OPTIONAL MATCH (a:Article {id: id}) WITH id, a WHERE a IS NULL RETURN collect(id) AS missing',
    { ids: [...ids] },
  );
}

/** Links every statement to its article, speaker and subject (idempotent), in transactions of 2000. */
function linkStatements(): Query {
  return cypher(
    `MATCH (s:Statement)
     CALL (s) {
       OPTIONAL MATCH (a:Article {id: s.article})
       OPTIONAL MATCH (p:Entity {id: s.speaker})
       OPTIONAL MATCH (x:Entity {id: s.about})
       FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (a)-[:REPORTS]->(s))
       FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (s)-[:SPOKEN_BY]->(p))
       FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | MERGE (s)-[:ABOUT]->(x))
     } IN TRANSACTIONS OF 2000 ROWS
     RETURN count(s) AS statements`,
  );
}

function keyCount<T>(items: readonly T[], key: (item: T) => string): number {
  return new Set(items.map(key)).size;
}

/** Moves one batch of entities' mentions from JSON into MENTIONS relationships; returns how many entities. */
async function migrateEntities(session: Session): Promise<number> {
  return session.executeWrite(async (tx) => {
    const found = (await tx.run(oldEntities().text, oldEntities().params)).records;
    if (found.length === 0) return 0;
    const entities = found.map((r) => ({
      id: String(r.get('id')),
      mentions: JSON.parse(String(r.get('json'))) as MentionRecord[],
    }));
    const articles = [...new Set(entities.flatMap((e) => e.mentions.map((m) => m.article)))];
    const missing = (await tx.run(missingArticles(articles).text, missingArticles(articles).params)).records[0]?.get(
      'missing',
    ) as string[];
    if (missing.length > 0) {
      throw new StoreLayoutError(
        `Cannot migrate: mentions name article(s) ${missing.slice(0, 5).join(', ')} that the store does not hold; delete those entities' mentions or re-ingest the articles, then run the migration again.`,
      );
    }
    const links = write.createMentions(
      entities.flatMap((e) =>
        mentionRows(
          e.id,
          e.mentions.map((mention, seq) => ({ mention, seq })),
        ),
      ),
    );
    await tx.run(links.text, links.params);
    const rows = entities.map((e) => ({
      id: e.id,
      props: {
        _mentions: e.mentions.length,
        _seq: e.mentions.length,
        _normal: keyCount(e.mentions, (m) => `${m.article}:${m.start}:${m.end}`) === e.mentions.length,
      },
    }));
    await tx.run(finishEntities(rows).text, finishEntities(rows).params);
    return entities.length;
  });
}

/** Moves one batch of edges' evidence from JSON into Evidence nodes; returns how many edges. */
async function migrateRelations(session: Session): Promise<number> {
  return session.executeWrite(async (tx) => {
    const found = (await tx.run(oldRelations().text, oldRelations().params)).records;
    if (found.length === 0) return 0;
    const relations = found.map((r) => ({
      id: String(r.get('id')),
      type: String(r.get('type')) as RelationType,
      source: String(r.get('source')),
      target: String(r.get('target')),
      evidence: JSON.parse(String(r.get('json'))) as EvidenceRecord[],
    }));
    const nodes = write.createEvidence(
      relations.flatMap((r) => r.evidence.map((e, seq) => ({ props: evidenceProperties(e, r, seq) }))),
    );
    await tx.run(nodes.text, nodes.params);
    const rows = relations.map((r) => {
      const tally = tallyEvidence(r.evidence);
      const normal =
        keyCount(r.evidence, (e) => `${e.article}:${e.start}:${e.end}:${e.quote ?? ''}`) === r.evidence.length;
      const props = {
        _total: tally.total,
        _plain: tally.plain,
        _stated: tally.stated,
        _missingPlain: tally.missingPlain,
        _missingAll: tally.missingAll,
        _seq: r.evidence.length,
        _normal: normal,
      };
      return { id: r.id, source: r.source, target: r.target, props };
    });
    await tx.run(finishRelations(rows).text, finishRelations(rows).params);
    return relations.length;
  });
}

/**
 * Migrates a store written in layout 1 to the current layout, in place and in batches: each batch of
 * entities (edges) gets its MENTIONS (Evidence) and loses its JSON in one transaction, so that an
 * interrupted migration resumes where it stopped when run again. A store already current is left as it is.
 */
export async function migrateNeo4jStore(settings: Neo4jSettings): Promise<MigrationReport> {
  const driver = await openDriver(settings);
  const session = driver.session({ database: settings.database });
  try {
    await ensureSchema(session);
    const [row] = await single(session, layoutVersion());
    const version = row?.get('version');
    if (version === LAYOUT_VERSION)
      return { from: LAYOUT_VERSION, to: LAYOUT_VERSION, entities: 0, relations: 0, statements: 0 };
    if (version !== null && version !== undefined) await checkLayout(session);
    let entities = 0;
    for (let n = await migrateEntities(session); n > 0; n = await migrateEntities(session)) entities += n;
    let relations = 0;
    for (let n = await migrateRelations(session); n > 0; n = await migrateRelations(session)) relations += n;
    const linked = await single(session, linkStatements());
    await session.run(setLayoutVersion(LAYOUT_VERSION).text, setLayoutVersion(LAYOUT_VERSION).params);
    return { from: 1, to: LAYOUT_VERSION, entities, relations, statements: Number(linked[0]?.get('statements') ?? 0) };
  } catch (error) {
    throw connectionError(error, settings);
  } finally {
    await session.close();
    await driver.close();
  }
}
