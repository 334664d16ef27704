import { jest } from '@jest/globals';
import fc from 'fast-check';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphDump } from '../../src/store/port.js';
import { claimNeo4jServer, neo4jTestSettings } from '../setup/neo4j-env.js';
import { articleGraphs, canonicalDump } from './arbitraries.js';

jest.setTimeout(240_000);
// These tests empty the shared test server: they take turns with the other files that write to it.
claimNeo4jServer();

const EMPTY: GraphDump = { articles: [], entities: [], relations: [], statements: [] };
let store: Neo4jStore;

beforeAll(async () => {
  store = await Neo4jStore.connect(neo4jTestSettings());
});

afterAll(async () => {
  await store?.load(EMPTY);
  await store?.close();
});

describe('the Neo4j store', () => {
  it('re-ingesting any article graph is a no-op', async () => {
    await fc.assert(
      fc.asyncProperty(articleGraphs, async (graphs) => {
        await store.load(EMPTY);
        for (const g of graphs) await store.ingest(g);
        const before = canonicalDump(await store.dump());
        for (const g of graphs) expect((await store.ingest(g)).duplicate).toBe(true);
        expect(canonicalDump(await store.dump())).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  it('ingesting then deleting any article graph restores the graph', async () => {
    await fc.assert(
      fc.asyncProperty(articleGraphs, async (graphs) => {
        await store.load(EMPTY);
        const last = graphs[graphs.length - 1];
        for (const g of graphs.slice(0, -1)) await store.ingest(g);
        const before = canonicalDump(await store.dump(), { scalars: false });
        await store.ingest(last);
        expect((await store.deleteArticle(last.article.id)).found).toBe(true);
        expect(canonicalDump(await store.dump(), { scalars: false })).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });
});
