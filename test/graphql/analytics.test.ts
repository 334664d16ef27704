import { jest } from '@jest/globals';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { testApi } from './harness.js';
import { FIXTURE_ARTICLES, sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

describe.each(storesUnderTest())('centrality and communities through the API (%s store)', (_store, open) => {
  test('centralEntities ranks people by PageRank or degree; each entity exposes its centrality', async () => {
    const api = testApi(await open(FIXTURE_ARTICLES));
    const data = await api.data<{
      byRank: { totalCount: number; edges: { score: number; pageRank: number; node: { name: string } }[] };
      byDegree: { edges: { score: number; degree: number; node: { name: string } }[] };
      putin: { centrality: { degree: number; pageRank: number; community: number } };
    }>(`{
      byRank: centralEntities(label: PERSON, first: 3) { totalCount edges { score pageRank node { name } } }
      byDegree: centralEntities(by: DEGREE, first: 2) { edges { score degree node { name } } }
      putin: entity(id: "person:vladimir-putin") { centrality { degree pageRank community } }
    }`);
    expect(data.byRank.totalCount).toBe(5);
    expect(data.byRank.edges[0]!.node.name).toBe('Vladimir Putin');
    expect(data.byRank.edges.map((e) => e.score)).toEqual(
      [...data.byRank.edges.map((e) => e.score)].sort((a, b) => b - a),
    );
    expect(data.byRank.edges[0]!.score).toBe(data.byRank.edges[0]!.pageRank);
    expect(data.byDegree.edges[0]).toMatchObject({ node: { name: 'Vladimir Putin' } });
    expect(data.byDegree.edges[0]!.score).toBe(data.byDegree.edges[0]!.degree);
    expect(data.putin.centrality.degree).toBe(data.byDegree.edges[0]!.degree);
    expect(data.putin.centrality.community).toBeGreaterThanOrEqual(1);
  });

  test('communities list their members, most central first, filtered by minSize', async () => {
    const api = testApi(await open(FIXTURE_ARTICLES));
    const data = await api.data<{
      communities: {
        totalCount: number;
        nodes: { id: number; size: number; members: { totalCount: number; nodes: { id: string }[] } }[];
      };
      big: { totalCount: number };
    }>(`{
      communities { totalCount nodes { id size members(first: 100) { totalCount nodes { id } } } }
      big: communities(minSize: 100) { totalCount }
    }`);
    expect(data.communities.totalCount).toBeGreaterThan(1);
    const members = data.communities.nodes.flatMap((c) => c.members.nodes.map((m) => m.id));
    expect(new Set(members).size).toBe(members.length);
    expect(members).toContain('person:xi-jinping');
    for (const c of data.communities.nodes) expect(c.members.totalCount).toBe(c.size);
    expect(data.big.totalCount).toBe(0);
  });

  test('analytics work on an empty store', async () => {
    const api = testApi(await open());
    expect(
      await api.data('{ centralEntities { totalCount } communities { totalCount } search(query: "x") { totalCount } }'),
    ).toEqual({
      centralEntities: { totalCount: 0 },
      communities: { totalCount: 0 },
      search: { totalCount: 0 },
    });
  });
});

sameAnswersOnBothStores();
