import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import type { Neo4jSettings } from '../../config.js';
import type {
  ArticleGraph,
  ArticleRecord,
  EntityLabel,
  EntityRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../../graph/model.js';
import { ENTITY_LABELS, RELATION_TYPES } from '../../graph/model.js';
import { entityWithoutArticle, mergeEntities, mergeRelations, withoutArticleEvidence } from '../../graph/merge.js';
import { buildKnowledgeGraph, type SerializedGraph } from '../../graph/serialize.js';
import { foldText } from '../../graph/text.js';
import { StoreQueryError } from '../errors.js';
import { pageWindow, toPage } from '../pagination.js';
import type {
  ArticleContents,
  DeleteResult,
  Direction,
  EntityQuery,
  GraphDump,
  GraphStore,
  IngestResult,
  NeighborhoodQuery,
  Page,
  PageArgs,
  PathQuery,
  RelationQuery,
  StatementQuery,
  StoreStats,
  Subgraph,
} from '../port.js';
import { validateArticleGraph, validateDump } from '../validate.js';
import {
  articleContents,
  articleProperties,
  decodeArticle,
  decodeEntity,
  decodeRelation,
  decodeStatement,
  entityProperties,
  relationProperties,
  statementProperties,
  type Properties,
} from './codec.js';
import { connectionError, openDriver } from './connection.js';
import { ENTITY_NAMES_INDEX, ensureSchema } from './schema.js';
import { canonicalPath, neighborhoodIds, type PathStep } from './traversal.js';

/** Longest search (in words) that goes through the full-text index; longer ones scan every entity. */
const MAX_INDEXED_WORDS = 32;
/** Records written per transaction when loading a dump. */
const LOAD_BATCH = 2000;

/** The Cypher test that an edge may be shown, for the relation lists: $includeHedged, $includeNegated. */
const PASSES = 'CASE WHEN r.negated = true THEN $includeNegated WHEN r.hedged = true THEN $includeHedged ELSE true END';
/** The Cypher test that a traversal may cross an edge: $types, $includeHedged. */
const TRAVERSABLE =
  '($types IS NULL OR type(r) IN $types) AND coalesce(r.negated, false) = false AND ($includeHedged OR coalesce(r.hedged, false) = false)';
/** Returns an edge `r` between (s) and (t) as columns that `relationOfRecord` reads. */
const RELATION_COLUMNS = 'properties(r) AS props, type(r) AS type, s.id AS source, t.id AS target';

interface Row {
  get(key: string): unknown;
}

function relationOfRecord(record: Row): RelationRecord {
  return decodeRelation(record.get('props') as Properties, String(record.get('type')), String(record.get('source')), String(record.get('target')));
}

function typesParam(types: readonly RelationType[] | null | undefined): RelationType[] | null {
  return types && types.length > 0 ? [...types] : null;
}

/** Hop bounds above this are written as no bound: no shortest path in a real graph is that long. */
const UNBOUNDED_HOPS = 100_000;

/**
 * The upper bound of a path length as Cypher text (`{1,3}`), from a number checked to be a whole number ≥ 1:
 * the only value of a query ever written into query text.
 */
function hopBound(value: number, name: string): string {
  if (!Number.isInteger(value) || value < 1) throw new StoreQueryError(`"${name}" must be a whole number ≥ 1, got ${value}.`);
  return value > UNBOUNDED_HOPS ? '' : String(value);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The ends a relation id names (ids are `TYPE:source->target`, see ids.ts), if it has that shape. */
function endsOfId(id: string): { a: string; b: string } | undefined {
  const body = id.slice(id.indexOf(':') + 1);
  const arrow = body.indexOf('->');
  if (arrow <= 0 || body.indexOf('->', arrow + 1) >= 0) return undefined;
  return { a: body.slice(0, arrow), b: body.slice(arrow + 2) };
}

/** Reads edges by id: from the two ends the id names (an index seek and an expand), by a scan for other ids. */
async function readRelations(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, RelationRecord>> {
  const found = new Map<string, RelationRecord>();
  const unique = [...new Set(ids)];
  const rows = unique.flatMap((id) => {
    const ends = endsOfId(id);
    return ends ? [{ id, ...ends }] : [];
  });
  if (rows.length > 0) {
    const result = await tx.run(
      `UNWIND $rows AS row MATCH (:Entity {id: row.a})-[r]-(:Entity {id: row.b}) WHERE r.id = row.id
       MATCH (s)-[r]->(t) RETURN DISTINCT ${RELATION_COLUMNS}`,
      { rows },
    );
    for (const record of result.records) {
      const relation = relationOfRecord(record);
      found.set(relation.id, relation);
    }
  }
  const rest = unique.filter((id) => !found.has(id));
  if (rest.length > 0) {
    const result = await tx.run(`MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IN $ids RETURN ${RELATION_COLUMNS}`, { ids: rest });
    for (const record of result.records) {
      const relation = relationOfRecord(record);
      found.set(relation.id, relation);
    }
  }
  return found;
}

/** Writes entities whole (creating missing nodes), each with its ontology label as a node label. */
async function writeEntities(tx: ManagedTransaction, entities: readonly EntityRecord[]): Promise<void> {
  if (entities.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props REMOVE n:${ENTITY_LABELS.join(':')} SET n:$(row.label)`,
    { rows: entities.map((e) => ({ id: e.id, label: e.label, props: entityProperties(e) })) },
  );
}

/** Creates edges between existing nodes; each type was checked against RELATION_TYPES before. */
async function createRelations(tx: ManagedTransaction, relations: readonly RelationRecord[]): Promise<void> {
  if (relations.length === 0) return;
  await tx.run(
    'UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target}) CREATE (s)-[r:$(row.type)]->(t) SET r = row.props',
    { rows: relations.map((r) => ({ type: r.type, source: r.source, target: r.target, props: relationProperties(r) })) },
  );
}

/** Rewrites existing edges whole. */
async function updateRelations(tx: ManagedTransaction, relations: readonly RelationRecord[]): Promise<void> {
  if (relations.length === 0) return;
  await tx.run(
    'UNWIND $rows AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id SET r = row.props',
    { rows: relations.map((r) => ({ id: r.id, source: r.source, target: r.target, props: relationProperties(r) })) },
  );
}

async function deleteRelations(tx: ManagedTransaction, relations: readonly RelationRecord[]): Promise<void> {
  if (relations.length === 0) return;
  await tx.run('UNWIND $rows AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id DELETE r', {
    rows: relations.map((r) => ({ id: r.id, source: r.source, target: r.target })),
  });
}

async function writeStatements(tx: ManagedTransaction, statements: readonly StatementRecord[]): Promise<void> {
  await tx.run('UNWIND $rows AS row MERGE (s:Statement {id: row.id}) SET s = row.props', {
    rows: statements.map((s) => ({ id: s.id, props: statementProperties(s) })),
  });
}

async function writeArticles(tx: ManagedTransaction, rows: readonly { article: ArticleRecord; contents: ArticleContents }[]): Promise<void> {
  await tx.run('UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row.props', {
    rows: rows.map(({ article, contents }) => ({ id: article.id, props: articleProperties(article, contents) })),
  });
}

function pageOf<T>(result: QueryResult, offset: number, decode: (props: Properties) => T): Page<T> {
  const record = result.records[0];
  const total = record ? Number(record.get('total')) : 0;
  const items = record ? (record.get('page') as Properties[]).map(decode) : [];
  return toPage(items, offset, total);
}

/** Cypher tail that counts the rows of `x` (already ordered) and returns one window of them. */
const PAGE_TAIL = 'WITH collect(x) AS rows RETURN size(rows) AS total, rows[$offset..$end] AS page';

/**
 * The Neo4j store: entities are nodes labelled `Entity` and their ontology label, edges are
 * relationships of their relation type (MET_WITH stored in one direction, flagged `undirected`),
 * articles and statements are `Article` and `Statement` nodes. Each ingest is one transaction; every
 * query is Cypher with parameters. See docs/stores.md for the storage layout.
 */
export class Neo4jStore implements GraphStore {
  private constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
    private fulltextIndex = ENTITY_NAMES_INDEX,
  ) {}

  /** Connects to the configured server and sets up the schema; StoreConnectionError names the setting at fault. */
  static async connect(settings: Neo4jSettings): Promise<Neo4jStore> {
    const driver = await openDriver(settings);
    const store = new Neo4jStore(driver, settings);
    try {
      store.fulltextIndex = await store.withSession((session) => ensureSchema(session));
    } catch (error) {
      await driver.close();
      throw error;
    }
    return store;
  }

  private async withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database });
    try {
      return await work(session);
    } catch (error) {
      throw connectionError(error, this.settings);
    } finally {
      await session.close();
    }
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession((session) => session.executeRead(work));
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession((session) => session.executeWrite(work));
  }

  async ingest(graph: ArticleGraph): Promise<IngestResult> {
    validateArticleGraph(graph);
    return this.write((tx) => this.ingestIn(tx, graph));
  }

  private async ingestIn(tx: ManagedTransaction, graph: ArticleGraph): Promise<IngestResult> {
    const { article } = graph;
    const lock = randomUUID();
    const claimed = await tx.run(
      'MERGE (a:Article {id: $id}) ON CREATE SET a._new = true RETURN coalesce(a._new, false) AS created, properties(a) AS props',
      { id: article.id },
    );
    if (claimed.records[0]!.get('created') !== true) {
      const stored = decodeArticle(claimed.records[0]!.get('props') as Properties);
      return { article: stored, duplicate: true, nodesAdded: 0, edgesAdded: 0, statementsAdded: 0 };
    }

    const own = new Set(graph.entities.map((e) => e.id));
    const ends = [...new Set(graph.relations.flatMap((r) => [r.source, r.target]).filter((id) => !own.has(id)))].sort();
    const present = new Set<string>();
    if (ends.length > 0) {
      const locked = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n._lock = $lock RETURN id', { ids: ends, lock });
      for (const record of locked.records) present.add(String(record.get('id')));
    }
    for (const r of graph.relations) {
      if (!own.has(r.source) && !present.has(r.source)) {
        throw new StoreQueryError(`Relation ${r.id} of article ${article.id} names unknown source ${r.source}.`);
      }
      if (!own.has(r.target) && !present.has(r.target)) {
        throw new StoreQueryError(`Relation ${r.id} of article ${article.id} names unknown target ${r.target}.`);
      }
    }

    const claimedEntities = await tx.run(
      'UNWIND $ids AS id MERGE (n:Entity {id: id}) ON CREATE SET n._new = true SET n._lock = $lock RETURN id, coalesce(n._new, false) AS created, properties(n) AS props',
      { ids: [...own].sort(), lock },
    );
    const entities = new Map<string, EntityRecord>();
    for (const record of claimedEntities.records) {
      if (record.get('created') !== true) entities.set(String(record.get('id')), decodeEntity(record.get('props') as Properties));
    }
    let nodesAdded = 0;
    for (const entity of graph.entities) {
      const current = entities.get(entity.id);
      if (current) entities.set(entity.id, mergeEntities(current, entity));
      else {
        entities.set(entity.id, entity);
        nodesAdded += 1;
      }
    }
    await writeEntities(tx, [...entities.values()]);

    const stored = await readRelations(
      tx,
      graph.relations.map((r) => r.id),
    );
    const relations = new Map<string, RelationRecord>();
    let edgesAdded = 0;
    for (const relation of graph.relations) {
      const current = relations.get(relation.id) ?? stored.get(relation.id);
      if (current) relations.set(relation.id, mergeRelations(current, relation));
      else {
        relations.set(relation.id, relation);
        edgesAdded += 1;
      }
    }
    await updateRelations(tx, [...relations.values()].filter((r) => stored.has(r.id)));
    await createRelations(tx, [...relations.values()].filter((r) => !stored.has(r.id)));

    let statementsAdded = 0;
    if (graph.statements.length > 0) {
      const existing = await tx.run('UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN s.id AS id', { ids: graph.statements.map((s) => s.id) });
      const seen = new Set(existing.records.map((r) => String(r.get('id'))));
      for (const s of graph.statements) {
        if (!seen.has(s.id)) statementsAdded += 1;
        seen.add(s.id);
      }
      await writeStatements(tx, graph.statements);
    }

    const contents: ArticleContents = {
      entities: graph.entities.map((e) => e.id),
      relations: graph.relations.map((r) => r.id),
      statements: graph.statements.map((s) => s.id),
    };
    await writeArticles(tx, [{ article, contents }]);
    if (ends.length > 0) await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) REMOVE n._lock', { ids: ends });
    return { article, duplicate: false, nodesAdded, edgesAdded, statementsAdded };
  }

  async deleteArticle(id: string): Promise<DeleteResult> {
    return this.write(async (tx) => {
      const found = await tx.run('MATCH (a:Article {id: $id}) SET a._lock = true RETURN properties(a) AS props', { id });
      const record = found.records[0];
      if (!record) return { article: id, found: false, nodesRemoved: 0, edgesRemoved: 0, statementsRemoved: 0 };
      const contents = articleContents(record.get('props') as Properties);

      const keep: RelationRecord[] = [];
      const drop: RelationRecord[] = [];
      for (const relation of (await readRelations(tx, contents.relations)).values()) {
        const rest = withoutArticleEvidence(relation, id);
        if (rest) keep.push(rest);
        else drop.push(relation);
      }
      await updateRelations(tx, keep);
      await deleteRelations(tx, drop);

      const nodes = await tx.run(
        'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN properties(n) AS props, COUNT { (n)--() } AS degree',
        { ids: [...new Set(contents.entities)] },
      );
      const rewrite: EntityRecord[] = [];
      const remove: string[] = [];
      for (const node of nodes.records) {
        const entity = decodeEntity(node.get('props') as Properties);
        const rest = entityWithoutArticle(entity, id);
        if (rest.mentions.length > 0 || Number(node.get('degree')) > 0) rewrite.push(rest);
        else remove.push(entity.id);
      }
      await writeEntities(tx, rewrite);
      await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) DELETE n', { ids: remove });

      await tx.run('UNWIND $ids AS id MATCH (s:Statement {id: id}) DELETE s', { ids: contents.statements });
      await tx.run('MATCH (a:Article {id: $id}) DELETE a', { id });
      return {
        article: id,
        found: true,
        nodesRemoved: remove.length,
        edgesRemoved: drop.length,
        statementsRemoved: contents.statements.length,
      };
    });
  }

  async getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const found = await this.read((tx) =>
      tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN DISTINCT id, properties(n) AS props', { ids: [...ids] }),
    );
    const byId = new Map(found.records.map((r) => [String(r.get('id')), decodeEntity(r.get('props') as Properties)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async searchEntities(query: EntityQuery): Promise<Page<EntityRecord>> {
    const { offset, limit } = pageWindow(query);
    const folded = query.search ? foldText(query.search) : '';
    const params = { q: folded, label: query.label || null, offset: neo4j.int(offset), end: neo4j.int(offset + limit) };
    const ranked = `WITH n, CASE
        WHEN $q = '' THEN 1
        WHEN any(f IN n._folded WHERE f = $q) THEN 3
        WHEN any(f IN n._folded WHERE f STARTS WITH $q + ' ' OR f ENDS WITH ' ' + $q OR f CONTAINS ' ' + $q + ' ') THEN 2
        WHEN any(f IN n._folded WHERE f CONTAINS $q) THEN 1
        ELSE 0 END AS rank
      WHERE rank > 0 AND ($label IS NULL OR n.label = $label)
      WITH properties(n) AS x ORDER BY rank DESC, n.count DESC, n.id ${PAGE_TAIL}`;
    const result = await this.read((tx) =>
      folded && folded.split(' ').length <= MAX_INDEXED_WORDS
        ? tx.run(`CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n ${ranked}`, {
            ...params,
            index: this.fulltextIndex,
            lucene: folded
              .split(' ')
              .map((word) => `*${word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`)
              .join(' AND '),
          })
        : tx.run(`MATCH (n:Entity) ${ranked}`, params),
    );
    return pageOf(result, offset, decodeEntity);
  }

  async knownEntities(): Promise<(Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'> & Partial<Pick<EntityRecord, 'roles' | 'date' | 'place'>>)[]> {
    const result = await this.read((tx) =>
      tx.run(
        'MATCH (n:Entity) RETURN n.id AS id, n.label AS label, n.name AS name, n.aliases AS aliases, n.roles AS roles, n.date AS date, n.place AS place ORDER BY n.id',
      ),
    );
    return result.records.map((r) => {
      const roles = r.get('roles') as string[] | null;
      const date = r.get('date') as string | null;
      const place = r.get('place') as string | null;
      return {
        id: String(r.get('id')),
        label: r.get('label') as EntityLabel,
        name: String(r.get('name')),
        aliases: (r.get('aliases') as string[] | null) ?? [],
        ...(roles && roles.length > 0 ? { roles } : {}),
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
      };
    });
  }

  async getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]> {
    const found = await this.read((tx) => readRelations(tx, ids));
    return ids.map((id) => found.get(id) ?? null);
  }

  async relations(query: RelationQuery): Promise<Page<RelationRecord>> {
    const { offset, limit } = pageWindow(query);
    const anchor = query.from ?? query.to ?? query.involving ?? null;
    const match = anchor === null ? 'MATCH (s:Entity)-[r]->(t:Entity)' : 'MATCH (:Entity {id: $anchor})-[r]-() MATCH (s:Entity)-[r]->(t:Entity)';
    const result = await this.read((tx) =>
      tx.run(
        `${match}
         WHERE ($types IS NULL OR type(r) IN $types) AND ${PASSES} AND r.confidence >= $minConfidence
           AND ($involving IS NULL OR s.id = $involving OR t.id = $involving)
           AND ($from IS NULL OR s.id = $from OR (r.undirected = true AND t.id = $from))
           AND ($to IS NULL OR t.id = $to OR (r.undirected = true AND s.id = $to))
           AND ($from IS NULL OR $to IS NULL OR coalesce(r.undirected, false) = false OR s.id = $to OR t.id = $to)
           AND ($article IS NULL OR $article IN r._evidenceArticles)
           AND ($since IS NULL AND $until IS NULL OR any(d IN r._dates WHERE
                 ($since IS NULL OR substring(d, 0, size($since)) >= $since) AND ($until IS NULL OR substring(d, 0, size($until)) <= $until)))
         WITH {props: properties(r), type: type(r), source: s.id, target: t.id} AS x ORDER BY r.confidence DESC, r.id ${PAGE_TAIL}`,
        {
          anchor,
          types: typesParam(query.types),
          includeHedged: query.includeHedged ?? false,
          includeNegated: query.includeNegated ?? false,
          minConfidence: query.minConfidence ?? 0,
          involving: query.involving || null,
          from: query.from || null,
          to: query.to || null,
          article: query.article || null,
          since: query.since || null,
          until: query.until || null,
          offset: neo4j.int(offset),
          end: neo4j.int(offset + limit),
        },
      ),
    );
    return pageOf(result, offset, (x) => decodeRelation(x.props as Properties, String(x.type), String(x.source), String(x.target)));
  }

  async relationsOf(
    ids: readonly string[],
    options: { direction: Direction; types?: RelationType[] | null; includeHedged?: boolean | null },
  ): Promise<RelationRecord[][]> {
    const result = await this.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (n:Entity {id: id})-[r]-()
         WHERE CASE $direction WHEN 'OUT' THEN startNode(r) = n OR r.undirected = true
                              WHEN 'IN' THEN endNode(r) = n OR r.undirected = true
                              ELSE true END
           AND ($types IS NULL OR type(r) IN $types) AND ${PASSES}
         MATCH (s)-[r]->(t)
         WITH id, r, s, t ORDER BY r.confidence DESC, r.id
         RETURN id, collect({props: properties(r), type: type(r), source: s.id, target: t.id}) AS edges`,
        {
          ids: [...new Set(ids)],
          direction: options.direction,
          types: typesParam(options.types),
          includeHedged: options.includeHedged ?? false,
          includeNegated: false,
        },
      ),
    );
    const byId = new Map<string, RelationRecord[]>();
    for (const record of result.records) {
      const edges = (record.get('edges') as Properties[]).map((x) =>
        decodeRelation(x.props as Properties, String(x.type), String(x.source), String(x.target)),
      );
      byId.set(String(record.get('id')), edges);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async getStatements(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    const found = await this.read((tx) =>
      tx.run('UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN DISTINCT id, properties(s) AS props', { ids: [...ids] }),
    );
    const byId = new Map(found.records.map((r) => [String(r.get('id')), decodeStatement(r.get('props') as Properties)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async statements(query: StatementQuery): Promise<Page<StatementRecord>> {
    const { offset, limit } = pageWindow(query);
    const result = await this.read((tx) =>
      tx.run(
        `MATCH (s:Statement)
         WHERE ($speaker IS NULL OR s.speaker = $speaker) AND ($about IS NULL OR s.about = $about)
           AND ($article IS NULL OR s.article = $article)
           AND ($q = '' OR s._quote CONTAINS $q OR s._sentence CONTAINS $q)
         WITH properties(s) AS x ORDER BY s.article, s.start, s.id ${PAGE_TAIL}`,
        {
          speaker: query.speaker || null,
          about: query.about || null,
          article: query.article || null,
          q: query.search ? foldText(query.search) : '',
          offset: neo4j.int(offset),
          end: neo4j.int(offset + limit),
        },
      ),
    );
    return pageOf(result, offset, decodeStatement);
  }

  async statementsOf(ids: readonly string[], role: 'speaker' | 'about'): Promise<StatementRecord[][]> {
    const result = await this.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (s:Statement) WHERE (CASE $role WHEN 'speaker' THEN s.speaker ELSE s.about END) = id
         WITH id, s ORDER BY s.article, s.start, s.id
         RETURN id, collect(properties(s)) AS statements`,
        { ids: [...new Set(ids)], role },
      ),
    );
    const byId = new Map(result.records.map((r) => [String(r.get('id')), (r.get('statements') as Properties[]).map(decodeStatement)]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    const found = await this.read((tx) =>
      tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN DISTINCT id, properties(a) AS props', { ids: [...ids] }),
    );
    const byId = new Map(found.records.map((r) => [String(r.get('id')), decodeArticle(r.get('props') as Properties)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async articles(query: PageArgs): Promise<Page<ArticleRecord>> {
    const { offset, limit } = pageWindow(query);
    const result = await this.read((tx) =>
      tx.run(`MATCH (a:Article) WITH properties(a) AS x ORDER BY coalesce(a.publishedAt, '') DESC, a.id ${PAGE_TAIL}`, {
        offset: neo4j.int(offset),
        end: neo4j.int(offset + limit),
      }),
    );
    return pageOf(result, offset, decodeArticle);
  }

  async neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    const hops = hopBound(query.hops, 'hops');
    const params = { id: query.id, types: typesParam(query.types), includeHedged: query.includeHedged ?? false };
    return this.read(async (tx) => {
      const center = await tx.run('MATCH (c:Entity {id: $id}) RETURN properties(c) AS props', params);
      if (center.records.length === 0) return { nodes: [], edges: [] };
      const reached = await tx.run(
        `MATCH (c:Entity {id: $id})
         MATCH p = ANY SHORTEST (c)(()-[r]-() WHERE ${TRAVERSABLE}){1,${hops}}(m:Entity)
         WHERE m <> c
         RETURN m.id AS id, length(p) AS distance`,
        params,
      );
      const ids = neighborhoodIds(
        query.id,
        reached.records.map((r) => ({ id: String(r.get('id')), distance: Number(r.get('distance')) })),
        query.limit,
      );
      const nodes = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props', { ids });
      const byId = new Map(nodes.records.map((r) => [String(r.get('id')), decodeEntity(r.get('props') as Properties)]));
      const edges = await tx.run(
        `UNWIND $ids AS id MATCH (s:Entity {id: id})-[r]->(t:Entity)
         WHERE t.id IN $ids AND ${TRAVERSABLE}
         RETURN ${RELATION_COLUMNS} ORDER BY r.id`,
        { ...params, ids },
      );
      return { nodes: ids.map((id) => byId.get(id)!), edges: edges.records.map(relationOfRecord) };
    });
  }

  async path(query: PathQuery): Promise<Subgraph | null> {
    const maxHops = hopBound(query.maxHops, 'maxHops');
    return this.read(async (tx) => {
      const ends = await tx.run('UNWIND [$from, $to] AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props', query);
      if (ends.records.length < (query.from === query.to ? 1 : 2)) return null;
      if (query.from === query.to) return { nodes: [decodeEntity(ends.records[0]!.get('props') as Properties)], edges: [] };
      const result = await tx.run(
        `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
         MATCH p = ALL SHORTEST (a)(()-[r]-() WHERE ${TRAVERSABLE}){1,${maxHops}}(b)
         UNWIND range(0, length(p) - 1) AS i
         RETURN DISTINCT i AS depth, nodes(p)[i].id AS from, relationships(p)[i].id AS edge, nodes(p)[i + 1].id AS to`,
        { from: query.from, to: query.to, types: typesParam(query.types), includeHedged: false },
      );
      const steps: PathStep[] = result.records.map((r) => ({
        depth: Number(r.get('depth')),
        from: String(r.get('from')),
        edge: String(r.get('edge')),
        to: String(r.get('to')),
      }));
      const chosen = canonicalPath(query.from, query.to, steps);
      if (!chosen) return null;
      const nodes = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props', { ids: chosen.nodes });
      const byId = new Map(nodes.records.map((r) => [String(r.get('id')), decodeEntity(r.get('props') as Properties)]));
      const edges = await readRelations(tx, chosen.edges);
      return { nodes: chosen.nodes.map((id) => byId.get(id)!), edges: chosen.edges.map((id) => edges.get(id)!) };
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read(async (tx) => {
      const nodesByLabel = Object.fromEntries(ENTITY_LABELS.map((l) => [l, 0])) as Record<EntityLabel, number>;
      const edgesByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
      let nodes = 0;
      let edges = 0;
      for (const r of (await tx.run('MATCH (n:Entity) RETURN n.label AS label, count(*) AS n')).records) {
        nodesByLabel[r.get('label') as EntityLabel] += Number(r.get('n'));
        nodes += Number(r.get('n'));
      }
      for (const r of (await tx.run('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n')).records) {
        edgesByType[r.get('type') as RelationType] += Number(r.get('n'));
        edges += Number(r.get('n'));
      }
      const counts = (await tx.run('RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements')).records[0]!;
      return { articles: Number(counts.get('articles')), nodes, edges, statements: Number(counts.get('statements')), nodesByLabel, edgesByType };
    });
  }

  async exportGraph(): Promise<SerializedGraph> {
    const { entities, relations } = await this.dump();
    return buildKnowledgeGraph(entities, relations).export();
  }

  async dump(): Promise<GraphDump> {
    return this.read(async (tx) => {
      const articles = await tx.run('MATCH (a:Article) RETURN properties(a) AS props ORDER BY a.id');
      const entities = await tx.run('MATCH (n:Entity) RETURN properties(n) AS props ORDER BY n.id');
      const relations = await tx.run(`MATCH (s:Entity)-[r]->(t:Entity) RETURN ${RELATION_COLUMNS} ORDER BY r.id`);
      const statements = await tx.run('MATCH (s:Statement) RETURN properties(s) AS props ORDER BY s.id');
      const props = (result: QueryResult) => result.records.map((r) => r.get('props') as Properties);
      return {
        articles: props(articles).map(decodeArticle),
        entities: props(entities).map(decodeEntity),
        relations: relations.records.map(relationOfRecord),
        statements: props(statements).map(decodeStatement),
      };
    });
  }

  /** Replaces the content with the dump, in batches of LOAD_BATCH records: run it again if it fails midway. */
  async load(dump: GraphDump): Promise<void> {
    validateDump(dump);
    await this.withSession(async (session) => {
      await session.run('MATCH (n) WHERE n:Entity OR n:Article OR n:Statement CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    });
    const contents = new Map<string, ArticleContents>(dump.articles.map((a) => [a.id, { entities: [], relations: [], statements: [] }]));
    for (const e of dump.entities) for (const m of e.mentions) contents.get(m.article)?.entities.push(e.id);
    for (const r of dump.relations) for (const ev of r.evidence) contents.get(ev.article)?.relations.push(r.id);
    for (const s of dump.statements) contents.get(s.article)?.statements.push(s.id);
    for (const batch of chunks(dump.entities, LOAD_BATCH)) await this.write((tx) => writeEntities(tx, batch));
    for (const batch of chunks(dump.relations, LOAD_BATCH)) await this.write((tx) => createRelations(tx, batch));
    for (const batch of chunks(dump.statements, LOAD_BATCH)) await this.write((tx) => writeStatements(tx, batch));
    for (const batch of chunks(dump.articles, LOAD_BATCH)) {
      await this.write((tx) => writeArticles(tx, batch.map((article) => ({ article, contents: contents.get(article.id)! }))));
    }
  }

  /** Nothing to do: every call commits its own transaction. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.driver.close();
  }
}
