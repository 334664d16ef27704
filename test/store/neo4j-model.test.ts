/**
 * The Neo4j graph model against a real server: the five example queries of docs/neo4j-model.md, read
 * from the document and run as they are, answer the provenance questions they claim to; ingests made
 * together (batched into shared transactions) leave the store as one-by-one ingests do.
 */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ArticleGraph } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { StoreQueryError } from '../../src/store/errors.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import * as write from '../../src/store/neo4j/cypher/ingest.js';
import * as read from '../../src/store/neo4j/cypher/read.js';
import type { GraphDump } from '../../src/store/port.js';
import { claimNeo4jServer, neo4jTestSettings } from '../setup/neo4j-env.js';
import { fixtureArticles } from './fixtures.js';

jest.setTimeout(60_000);
claimNeo4jServer();

const EMPTY: GraphDump = { articles: [], entities: [], relations: [], statements: [] };
const f = fixtureArticles();
const { ids } = f;

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

/** The Cypher blocks of the document's "Five questions" section, by their heading. */
function documentedQueries(): Map<string, string> {
  const text = readFileSync(new URL('../../docs/neo4j-model.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('## Five questions'), text.indexOf('## Migrating'));
  const queries = new Map<string, string>();
  for (const part of section.split('\n### ').slice(1)) {
    const heading = part.slice(0, part.indexOf('\n')).trim();
    const block = /```cypher\n([\s\S]*?)```/.exec(part)?.[1];
    if (block) queries.set(heading, block);
  }
  return queries;
}

let store: Neo4jStore;
let driver: Driver;

beforeAll(async () => {
  store = await Neo4jStore.connect({ ...neo4jTestSettings(), batchArticles: 2 });
  await store.load(EMPTY);
  const settings = neo4jTestSettings();
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
  });
});

afterAll(async () => {
  await store.load(EMPTY);
  await store.close();
  await driver.close();
});

async function run(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(query, params, { database: neo4jTestSettings().database });
  return result.records.map((r) => r.toObject());
}

describe('ingests made together', () => {
  it('share transactions and leave the store as one-by-one ingests do', async () => {
    const reference = await EmbeddedStore.open();
    const graphs: ArticleGraph[] = [f.samarkand, f.kremlin, f.samarkand, f.kyiv];
    const expected = [];
    for (const g of graphs) expected.push(await reference.ingest(g));
    await store.load(EMPTY);
    // Batches of 2 (batchArticles): the duplicate of the first article comes in the second batch.
    expect(await Promise.all(graphs.map((g) => store.ingest(g)))).toEqual(expected);
    expect(sortedDump(await store.dump())).toEqual(sortedDump(await reference.dump()));
    expect(await store.ingest(f.kyiv)).toMatchObject({ duplicate: true });
  });

  it('fail one bad article alone', async () => {
    await store.load(EMPTY);
    const stray: ArticleGraph = {
      ...f.kyiv,
      entities: f.kyiv.entities.filter((e) => e.id !== ids.zelenskyy && e.id !== ids.russia),
    };
    const settled = await Promise.allSettled([f.samarkand, stray, f.kremlin].map((g) => store.ingest(g)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(StoreQueryError);
    expect((await store.stats()).articles).toBe(2);
    expect(await store.getArticles([f.kyiv.article.id])).toEqual([null]);
  });
});

/** The operators of a plan, depth first. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [
    plan.operatorType,
    ...plan.children.flatMap((c) => operators(c as { operatorType: string; children: unknown[] })),
  ];
}

describe('the lookups by id of an ingest', () => {
  // An ingest plans its statements in a transaction that has just written many edges and Evidence nodes.
  // On the benchmark's server, with the statistics of a store filled and emptied before, the server then
  // judged a scan of the whole index, once per row, cheaper than a seek, and kept that plan: updating
  // 1,300 edges took 2 s instead of 70 ms. The statements now name the seek (USING INDEX SEEK); this
  // guards it, though a fresh test server plans the seek even without the hint.
  it('seek their index in a transaction that has written many records', async () => {
    await store.load(EMPTY);
    const session = driver.session({ database: neo4jTestSettings().database });
    const tx = session.beginTransaction();
    try {
      await tx.run(
        `UNWIND range(1, 2000) AS i
         CREATE (s:Entity {id: 'p' + i})-[:MEMBER_OF {id: 'MEMBER_OF:p' + i + '->o' + i}]->(:Entity {id: 'o' + i})
         CREATE (:Evidence {relation: 'MEMBER_OF:p' + i + '->o' + i})`,
      );
      const edges = Array.from({ length: 300 }, (_, i) => `MEMBER_OF:p${i}->o${i}`);
      for (const query of [
        write.updateRelations(
          'MEMBER_OF',
          edges.map((id) => ({ id, props: { confidence: 0.5 } })),
        ),
        write.deleteEvidence(edges),
        read.evidenceOf(edges),
        read.relationsById({ MEMBER_OF: edges }),
        read.statementsOf(['p1', 'p2'], 'speaker'),
        read.statementsOf(['p1', 'p2'], 'about'),
        read.statementsPage({ speaker: 'p1', about: null, article: null, q: '' }, 0, 10),
        read.statementsPage({ speaker: null, about: 'p1', article: null, q: '' }, 0, 10),
      ]) {
        const { summary } = await tx.run(`EXPLAIN ${query.text}`, query.params);
        const ops = operators(summary.plan as unknown as { operatorType: string; children: unknown[] });
        expect({ query: query.text, scans: ops.filter((op) => /Scan/.test(op)) }).toEqual({
          query: query.text,
          scans: [],
        });
        expect(ops.some((op) => /IndexSeek/.test(op))).toBe(true);
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});

// Provenance is most of a hub's data: a read for heads must not fetch it (the contract suite checks the heads).
describe('reads for heads', () => {
  beforeAll(async () => {
    await store.load(EMPTY);
    for (const g of [f.samarkand, f.kremlin, f.kyiv]) await store.ingest(g);
  });

  it('leave mentions and evidence out', async () => {
    const lean = { provenance: false };
    const [xi] = await store.getEntities([ids.xi], lean);
    expect(xi).toMatchObject({ id: ids.xi, count: expect.any(Number) });
    expect(xi!.mentions).toBeUndefined();
    const hood = await store.neighborhood({ id: ids.xi, hops: 2, limit: 50 }, lean);
    expect(hood.nodes.length).toBeGreaterThan(1);
    expect(hood.nodes.every((n) => n.mentions === undefined)).toBe(true);
    expect(hood.edges.every((e) => e.evidence === undefined && typeof e.confidence === 'number')).toBe(true);
    const path = await store.path({ from: ids.xi, to: ids.samarkand, maxHops: 4 }, lean);
    expect([...path!.nodes, ...path!.edges].every((r) => !('mentions' in r) && !('evidence' in r))).toBe(true);
    const [edges] = await store.relationsOf([ids.xi], { direction: 'BOTH' }, lean);
    expect(edges!.every((e) => e.evidence === undefined)).toBe(true);
    expect((await store.searchEntities({ search: 'xi' }, lean)).items.every((e) => e.mentions === undefined)).toBe(
      true,
    );
    expect((await store.getRelations([ids.metWith], lean))[0]!.evidence).toBeUndefined();
  });
});

describe('the counts of stats', () => {
  // Counting edges by a scan took 73 ms on a 10k-article graph; the snapshot cache asks every second.
  it('come from the count store, with no scan', async () => {
    const query = read.countRecords();
    const { summary } = await driver.executeQuery(`EXPLAIN ${query.text}`, query.params, {
      database: neo4jTestSettings().database,
    });
    const ops = operators(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(ops.filter((op) => /Scan|Expand/.test(op))).toEqual([]);
    expect(ops.some((op) => /CountFromCountStore/.test(op))).toBe(true);
  });
});

describe('the documented queries (docs/neo4j-model.md)', () => {
  const queries = documentedQueries();
  const query = (heading: string): string => {
    const text = queries.get(heading);
    if (!text) throw new Error(`docs/neo4j-model.md has no Cypher block under "### ${heading}"`);
    return text;
  };

  beforeAll(async () => {
    await store.load(EMPTY);
    for (const g of [f.samarkand, f.kremlin, f.kyiv]) await store.ingest(g);
  });

  it('are five', () => {
    expect([...queries.keys()]).toHaveLength(5);
  });

  it('tell who met whom in which article, with the sentence', async () => {
    const rows = await run(query('Who met whom, in which article'));
    const met = f.samarkand.relations.concat(f.kremlin.relations).filter((r) => r.type === 'MET_WITH');
    expect(rows.map((r) => r.sentence).sort()).toEqual(met.flatMap((r) => r.evidence.map((e) => e.sentence)).sort());
    expect(rows.map((r) => r.article)).toEqual(['Xi and Putin meet in Samarkand', 'Kremlin praises talks']);
    for (const row of rows) expect([row.who, row.met].sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });

  it('give the sentences behind an edge', async () => {
    const rows = await run(query('The sentences behind an edge'), { from: ids.xi, to: ids.putin });
    const [edges] = await store.relationsOf([ids.xi], { direction: 'BOTH', includeHedged: true });
    const between = edges!
      .filter((r) => [r.source, r.target].includes(ids.putin))
      .sort((a, b) => (a.type < b.type ? -1 : 1));
    expect(rows.map((r) => [r.fact, r.sentence])).toEqual(
      between.flatMap((r) => r.evidence.map((e) => [r.type, e.sentence])),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('list everything an article added', async () => {
    const [row] = await run(query('Everything an article added'), { article: f.samarkand.article.id });
    const entities = await store.getEntities(f.samarkand.entities.map((e) => e.id));
    const mentions = f.samarkand.entities.map((e, i) => `${entities[i]!.name} (${e.mentions.length})`).sort();
    expect(row!.title).toBe('Xi and Putin meet in Samarkand');
    expect(row!.mentions).toEqual(mentions);
    expect(row!.facts).toEqual(f.samarkand.relations.flatMap((r) => r.evidence.map(() => r.id)).sort());
    expect(row!.statements).toEqual(f.samarkand.statements.map((s) => s.quote));
  });

  it("give a person's statements over time", async () => {
    const rows = await run(query("A person's statements over time"), { person: ids.putin });
    const [said] = await store.statementsOf([ids.putin], 'speaker');
    expect(rows.map((r) => r.quote)).toEqual(said!.map((s) => s.quote));
    expect(rows[0]).toMatchObject({ published: '2022-09-15', article: 'Xi and Putin meet in Samarkand' });
  });

  it('find the shortest path between two entities, with a sentence for each step', async () => {
    const [row] = await run(query('The shortest path between two entities, with its evidence'), {
      from: ids.xi,
      to: ids.ukraine,
    });
    const path = await store.path({ from: ids.xi, to: ids.ukraine, maxHops: 6 });
    expect(path).not.toBeNull();
    expect(row!.names).toHaveLength(path!.nodes.length);
    expect((row!.names as string[])[0]).toBe('Xi Jinping');
    expect((row!.names as string[]).at(-1)).toBe('Ukraine');
    for (const step of row!.steps as string[]) expect(step).toMatch(/^[A-Z_]+: \S/);
  });
});
