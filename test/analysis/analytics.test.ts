import { analyseGraph, projectGraph } from '../../src/analysis/analytics.js';
import { fixtureStore } from '../graphql/harness.js';
import type { EntityRecord, RelationRecord } from '../../src/graph/model.js';

describe('analyseGraph', () => {
  let entities: EntityRecord[] = [];
  let relations: RelationRecord[] = [];
  beforeAll(async () => {
    ({ entities, relations } = await (await fixtureStore()).dump());
  });

  test('projects plain relations only, one weighted edge per linked pair', () => {
    const graph = projectGraph(entities, relations);
    expect(graph.hasEdge('country:china', 'country:russia')).toBe(true);
    expect(graph.getEdgeAttribute('country:china', 'country:russia', 'weight')).toBe(1); // the denied SANCTIONS edge is left out
    expect(graph.getEdgeAttribute('country:united-states', 'country:russia', 'weight')).toBe(1); // one edge stated in two articles
    expect(graph.hasEdge('person:vladimir-putin', 'country:china')).toBe(false); // hedged SUPPORTS
  });

  test('PageRank sums to 1, degree counts neighbours, communities are numbered largest first', () => {
    const { scores, communities } = analyseGraph(projectGraph(entities, relations));
    const total = [...scores.values()].reduce((sum, s) => sum + s.pageRank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(scores.get('person:xi-jinping')!.degree).toBe(5);
    expect(communities[0]!.members.length).toBeGreaterThanOrEqual(communities[communities.length - 1]!.members.length);
    expect(communities.map((c) => c.id)).toEqual(communities.map((_, i) => i + 1));
    expect(scores.get(communities[0]!.members[0]!)!.community).toBe(1);
  });

  test('is deterministic, whatever order a store lists its records in', () => {
    const a = analyseGraph(projectGraph(entities, relations));
    const b = analyseGraph(projectGraph([...entities].reverse(), [...relations].reverse()));
    expect(b.communities).toEqual(a.communities);
    expect([...b.scores.entries()].sort()).toEqual([...a.scores.entries()].sort());
  });
});
