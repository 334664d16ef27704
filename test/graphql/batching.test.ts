import { jest } from '@jest/globals';
import { SnapshotCache } from '../../src/analysis/snapshot.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/store/port.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { buildArticle, forumArticle } from './fixtures.js';
import { testApi } from './harness.js';
import { sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

/** Wraps a store so that every call of each method is counted. */
function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; reset(): void } {
  const calls = new Map<string, number>();
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, calls, reset: () => calls.clear() };
}

/** 60 delegates who each met the next one and said something about the summit, in six articles. */
function summitArticles(): ArticleGraph[] {
  const names = Array.from(
    { length: 60 },
    (_, i) => `Delegate Number${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
  );
  return Array.from({ length: 6 }, (_, a) => {
    const group = names.slice(a * 10, a * 10 + 11);
    const sentences = group
      .slice(0, -1)
      .map((name, i) => `${name} met ${group[i + 1]} at the Geneva summit and said "we agree on point ${a * 10 + i}".`);
    const text = sentences.join('\n\n');
    return buildArticle({
      text,
      title: `Summit day ${a + 1}`,
      source: 'Example Wire',
      publishedAt: `2023-05-0${a + 1}`,
      entities: [
        ...group.map((name) => ({ label: 'Person' as const, name })),
        { label: 'Event', name: 'Geneva summit' },
      ],
      relations: group.slice(0, -1).flatMap((name, i) => [
        { type: 'MET_WITH' as const, source: name, target: group[i + 1]!, sentence: sentences[i]! },
        { type: 'PARTICIPATED_IN' as const, source: name, target: 'Geneva summit', sentence: sentences[i]! },
      ]),
      statements: group.slice(0, -1).map((name, i) => ({
        speaker: name,
        quote: `we agree on point ${a * 10 + i}`,
        sentence: sentences[i]!,
        about: 'Geneva summit',
      })),
    });
  });
}

describe.each(storesUnderTest())('store calls per request on the %s store', (storeName, open) => {
  const PAGE_QUERY = (first: number) => `{
  entities(label: PERSON, first: ${first}) {
    edges { node {
      name
      relations(first: 10) { edges { node { name } relation { type confidence evidence { nodes { sentence article { title } } } } } }
      ... on Person {
        meetings { nodes { with { name } date } }
        statements { nodes { quote about { name } article { title } } }
      }
      centrality { pageRank }
    } }
  }
}`;

  test('reads provenance only for the fields that ask for it, in one batch', async () => {
    const { store, calls, reset } = countingStore(await open(summitArticles()));
    const api = testApi(store, { snapshotRecheckMs: 60_000 });
    const centre = (await store.searchEntities({ search: 'Delegate NumberEA' })).items[0]!.id;
    reset();
    const shape = `query Hood($id: String!) { neighborhood(id: $id, hops: 2, limit: 20) { nodes { id name mentionCount } edges { id type sourceId targetId confidence } } }`;
    const hood = await api.data<{ neighborhood: { nodes: unknown[]; edges: unknown[] } }>(shape, {
      variables: { id: centre },
    });
    expect(hood.neighborhood.nodes.length).toBeGreaterThan(2);
    expect([calls.get('mentionsOf'), calls.get('evidenceOf')]).toEqual([undefined, undefined]);
    reset();
    const withProvenance = `query Hood($id: String!) { neighborhood(id: $id, hops: 2, limit: 20) {
      nodes { mentions(first: 2) { nodes { text } } articles { totalCount } }
      edges { factDate evidence { nodes { sentence } } } } }`;
    const answer = await api.data<{
      neighborhood: { nodes: { mentions: { nodes: unknown[] } }[]; edges: { evidence: { nodes: unknown[] } }[] };
    }>(withProvenance, { variables: { id: centre } });
    expect(answer.neighborhood.nodes.every((n) => n.mentions.nodes.length > 0)).toBe(true);
    expect(answer.neighborhood.edges.every((e) => e.evidence.nodes.length > 0)).toBe(true);
    // The embedded store hands out whole records; Neo4j's heads get their provenance in one batch each.
    const batches = storeName === 'embedded' ? [undefined, undefined] : [1, 1];
    expect([calls.get('mentionsOf'), calls.get('evidenceOf')]).toEqual(batches);
  });

  test('a page of 50 entities with their relations costs a constant number of store calls per level', async () => {
    const { store, calls, reset } = countingStore(await open(summitArticles()));
    const api = testApi(store, { snapshotRecheckMs: 60_000 });

    const small = await api.data<{ entities: { edges: unknown[] } }>(PAGE_QUERY(5));
    expect(small.entities.edges).toHaveLength(5);
    const smallCalls = new Map(calls);
    reset();

    const large = await api.data<{ entities: { edges: { node: { relations: { edges: unknown[] } } }[] } }>(
      PAGE_QUERY(50),
    );
    expect(large.entities.edges).toHaveLength(50);
    expect(large.entities.edges.every((e) => e.node.relations.edges.length >= 1)).toBe(true);

    const perLevel = {
      searchEntities: 1,
      relationsOf: 2, // relations(…) and meetings: two option sets, one batched call each
      statementsOf: 1,
      getEntities: 1, // the other ends of relations and meetings (statement.about is among them, cached)
      getArticles: 1,
      // Neo4j reads edges without their evidence (see ReadOptions in store/port.ts): one batch for every
      // edge whose evidence the query asks for. The embedded store hands out whole edges.
      ...(storeName === 'embedded' ? {} : { evidenceOf: 1 }),
    };
    // The other ends are loaded in one batch per answer of relationsOf: one for both when the two answers
    // come in the same tick, as the embedded store's always do; one each when they come apart, as a Neo4j
    // server's may. Either way a constant, whatever the page size.
    const entityBatches = storeName === 'embedded' ? [1] : [1, 2];
    const counted = (found: Map<string, number>) => {
      const { getEntities, ...rest } = Object.fromEntries(found);
      expect(entityBatches).toContain(getEntities);
      return { ...rest, getEntities: perLevel.getEntities };
    };
    expect(counted(calls)).toEqual(perLevel);
    // The first query also read the store's version and built the snapshot for centrality; later ones reuse it.
    expect(counted(smallCalls)).toEqual({ ...perLevel, stats: 1, dump: 1 });
  });

  test('a page of articles with their entities, statements and relations costs a constant number of store calls', async () => {
    const { store, calls, reset } = countingStore(await open(summitArticles()));
    const api = testApi(store, { snapshotRecheckMs: 60_000 });
    const query = (first: number) => `{
    articles(first: ${first}) { nodes {
      title
      entities(first: 5) { nodes { name } }
      statements(first: 5) { nodes { quote speaker { name } } }
      relations(types: [MET_WITH], first: 5) { totalCount nodes { sourceId targetId } }
    } }
  }`;
    await api.data(query(1));
    reset();
    const small = await api.data<{ articles: { nodes: unknown[] } }>(query(2));
    const smallCalls = Object.fromEntries(calls);
    reset();
    const large = await api.data<{ articles: { nodes: { relations: { totalCount: number } }[] } }>(query(6));
    expect(small.articles.nodes).toHaveLength(2);
    expect(large.articles.nodes).toHaveLength(6);
    expect(large.articles.nodes.map((a) => a.relations.totalCount).sort((x, y) => y - x)).toEqual([
      10, 10, 10, 10, 10, 9,
    ]);
    expect(Object.fromEntries(calls)).toEqual(smallCalls);
    expect(Object.fromEntries(calls)).toEqual({ articles: 1, getEntities: 1 });
  });

  test('the snapshot follows changes made outside the API once its recheck interval has passed', async () => {
    const { store, calls, reset } = countingStore(await open(summitArticles()));
    const api = testApi(store, { snapshotRecheckMs: 0 });
    const count = async () =>
      (await api.data<{ search: { totalCount: number } }>('{ search(query: "Tokayev") { totalCount } }')).search
        .totalCount;
    expect(await count()).toBe(0);
    await store.ingest(forumArticle());
    reset();
    expect(await count()).toBe(1);
    expect(calls.get('dump')).toBe(1);
    reset();
    expect(await count()).toBe(1);
    expect(calls.get('stats')).toBe(1);
    expect(calls.get('dump')).toBeUndefined();
  });

  // Every request that came while the counts were read used to read them again: on a 10k-article Neo4j
  // graph, a burst of ten commentators requests made ten count queries each second.
  test('requests that come while the counts are read share that reading', async () => {
    const { store, calls, reset } = countingStore(await open(summitArticles()));
    const snapshots = new SnapshotCache(store, 0);
    await snapshots.get();
    reset();
    const burst = await Promise.all(Array.from({ length: 10 }, () => snapshots.get()));
    expect(new Set(burst).size).toBe(1);
    expect(Object.fromEntries(calls)).toEqual({ stats: 1 });
  });
});

sameAnswersOnBothStores();
