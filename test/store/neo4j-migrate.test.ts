/**
 * Migrating a Neo4j store from layout 1 (mentions and evidence as JSON strings, before issue #17) to
 * the current layout. The layout-1 data is written here with that version's own encoding and Cypher
 * (kept below, as its `load` wrote it), so the test does not depend on the current code to make it.
 */
import { jest } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import type {
  ArticleGraph,
  ArticleRecord,
  EntityRecord,
  RelationRecord,
  StatementRecord,
} from '../../src/graph/model.js';
import { ENTITY_LABELS } from '../../src/graph/model.js';
import { foldText } from '../../src/graph/text.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { migrateNeo4jStore, Neo4jStore, StoreLayoutError } from '../../src/store/neo4j/index.js';
import type { GraphDump, GraphStore } from '../../src/store/port.js';
import { claimNeo4jServer, neo4jTestSettings } from '../setup/neo4j-env.js';
import { fixtureArticles } from './fixtures.js';

jest.setTimeout(90_000);
claimNeo4jServer();

const EMPTY: GraphDump = { articles: [], entities: [], relations: [], statements: [] };
const f = fixtureArticles();
const { ids } = f;

// ---- Layout 1, as src/store/neo4j/codec.ts and store.ts wrote it ----

function encodeFields(record: object, omit: readonly string[] = []): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || omit.includes(key)) continue;
    const stringList = Array.isArray(value) && value.every((item) => typeof item === 'string');
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || stringList)
      props[key] = value;
    else props[`${key}Json`] = JSON.stringify(value);
  }
  return props;
}

function layoutOneEntity(entity: EntityRecord): Record<string, unknown> {
  const folded = [entity.name, ...entity.aliases].map(foldText);
  return { ...encodeFields(entity), _folded: folded, _search: folded.join('\n') };
}

function layoutOneRelation(relation: RelationRecord): Record<string, unknown> {
  const dates = [relation.date, ...relation.evidence.map((e) => e.date)].filter((d): d is string => Boolean(d));
  const articles = [...new Set(relation.evidence.map((e) => e.article))];
  return { ...encodeFields(relation, ['type', 'source', 'target']), _dates: dates, _evidenceArticles: articles };
}

function layoutOneStatement(statement: StatementRecord): Record<string, unknown> {
  return { ...encodeFields(statement), _quote: foldText(statement.quote), _sentence: foldText(statement.sentence) };
}

function layoutOneArticle(article: ArticleRecord, dump: GraphDump): Record<string, unknown> {
  return {
    ...encodeFields(article),
    _entities: [
      ...new Set(dump.entities.filter((e) => e.mentions.some((m) => m.article === article.id)).map((e) => e.id)),
    ],
    _relations: [
      ...new Set(dump.relations.filter((r) => r.evidence.some((e) => e.article === article.id)).map((r) => r.id)),
    ],
    _statements: dump.statements.filter((s) => s.article === article.id).map((s) => s.id),
  };
}

async function writeLayoutOne(driver: Driver, dump: GraphDump): Promise<void> {
  const session = driver.session({ database: neo4jTestSettings().database });
  try {
    await session.run('MATCH (v:NewsgraphLayout) DELETE v');
    await session.executeWrite(async (tx) => {
      await tx.run(
        `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props REMOVE n:${ENTITY_LABELS.join(':')} SET n:$(row.label)`,
        {
          rows: dump.entities.map((e) => ({ id: e.id, label: e.label, props: layoutOneEntity(e) })),
        },
      );
      await tx.run(
        'UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target}) CREATE (s)-[r:$(row.type)]->(t) SET r = row.props',
        {
          rows: dump.relations.map((r) => ({
            type: r.type,
            source: r.source,
            target: r.target,
            props: layoutOneRelation(r),
          })),
        },
      );
      await tx.run('UNWIND $rows AS row MERGE (s:Statement {id: row.id}) SET s = row.props', {
        rows: dump.statements.map((s) => ({ id: s.id, props: layoutOneStatement(s) })),
      });
      await tx.run('UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row.props', {
        rows: dump.articles.map((a) => ({ id: a.id, props: layoutOneArticle(a, dump) })),
      });
    });
  } finally {
    await session.close();
  }
}

// ---- The test ----

/** The article with Putin's titled mention as the extractor records it: the name, and the whole form as surface. */
function titledPutin(graph: ArticleGraph): ArticleGraph {
  const surface = 'Russian President Vladimir Putin';
  return {
    ...graph,
    entities: graph.entities.map((e) =>
      e.id === ids.putin
        ? {
            ...e,
            aliases: [...e.aliases, surface],
            mentions: e.mentions.map((m) => (m.text === 'Vladimir Putin' ? { ...m, surface } : m)),
          }
        : e,
    ),
  };
}

function sortedDump(dump: GraphDump): GraphDump {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    articles: byId(dump.articles),
    entities: byId(dump.entities),
    relations: byId(dump.relations),
    statements: byId(dump.statements),
  };
}

let driver: Driver;
let reference: GraphStore;

beforeAll(async () => {
  const settings = neo4jTestSettings();
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
  });
  reference = await EmbeddedStore.open();
  for (const g of [titledPutin(f.samarkand), f.kremlin, f.kyiv]) await reference.ingest(g);
  const empty = await Neo4jStore.connect(settings);
  await empty.load(EMPTY);
  await empty.close();
});

afterAll(async () => {
  const store = await Neo4jStore.connect(neo4jTestSettings()).catch(() => undefined);
  if (store) {
    await store.load(EMPTY);
    await store.close();
  }
  await driver.close();
});

describe('a layout-1 store', () => {
  it('is refused on connect with what to run, migrates in place, and answers as before', async () => {
    await writeLayoutOne(driver, await reference.dump());
    await expect(Neo4jStore.connect(neo4jTestSettings())).rejects.toThrow(StoreLayoutError);
    await expect(Neo4jStore.connect(neo4jTestSettings())).rejects.toThrow(/earlier version.*migrateNeo4jStore/);

    expect(await migrateNeo4jStore(neo4jTestSettings())).toEqual({
      from: 1,
      to: 2,
      entities: 12,
      relations: 15,
      statements: 3,
    });
    const store = await Neo4jStore.connect(neo4jTestSettings());
    try {
      const same = async <T>(query: (s: GraphStore) => Promise<T>) =>
        expect(await query(store)).toEqual(await query(reference));
      await same(async (s) => sortedDump(await s.dump()));
      await same((s) => s.stats());
      await same((s) => s.relations({ first: 100, includeHedged: true, includeNegated: true }));
      await same((s) => s.relations({ article: f.kremlin.article.id, since: '2022-09', first: 100 }));
      await same((s) => s.searchEntities({ search: 'putin', first: 10 }));
      await same((s) => s.neighborhood({ id: ids.xi, hops: 2, limit: 10 }));
      await same((s) => s.path({ from: ids.xi, to: ids.ukraine, maxHops: 5 }));
      const [props] = (
        await driver.executeQuery('MATCH (n:Entity) WHERE n.mentionsJson IS NOT NULL RETURN count(n) AS n')
      ).records;
      expect(props!.get('n')).toBe(0);
      // Writes after the migration merge as they would have.
      await same((s) => s.ingest(f.kyiv));
      await same((s) => s.deleteArticle(f.kremlin.article.id));
      await same(async (s) => sortedDump(await s.dump()));
    } finally {
      await store.close();
    }
    expect(await migrateNeo4jStore(neo4jTestSettings())).toEqual({
      from: 2,
      to: 2,
      entities: 0,
      relations: 0,
      statements: 0,
    });
  });
});
