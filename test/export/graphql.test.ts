import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { DEFAULT_API_LIMITS } from '../../src/config.js';
import { createApi } from '../../src/graphql/yoga.js';
import { FIXTURE_COUNTS, fixtureStore } from './fixture.js';

type Answer = { data?: { export: string } | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const api = createApi(await fixtureStore(), { logger: false, limits: DEFAULT_API_LIMITS });
  const response = await api.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

describe('the GraphQL export field', () => {
  it('returns the whole graph as GEXF that graphology-gexf parses with every node and edge', async () => {
    const answer = await ask('{ export(format: GEXF) }');
    const g = gexf.parse(graphology.MultiGraph, answer.data!.export);
    expect(g.order).toBe(FIXTURE_COUNTS.nodes);
    expect(g.size).toBe(FIXTURE_COUNTS.edges);
  });

  it('exports a focus subgraph by exact name, with hops and types', async () => {
    const answer = await ask(
      'query($t: [RelationType!]) { export(format: CSV_RELATIONSHIPS, focus: "Zhao Long", hops: 2, types: $t) }',
      { t: ['SAID', 'HELD_IN'] },
    );
    const rows = answer.data!.export.trimEnd().split('\n');
    expect(rows[0].startsWith(':START_ID,:END_ID,:TYPE')).toBe(true);
    expect(
      rows
        .slice(1)
        .map((r) => r.split(',')[2])
        .sort(),
    ).toEqual(['"HELD_IN"', '"SAID"']);
    const nodes = await ask('{ export(format: CSV_NODES, focus: "person:zhao-long", hops: 1) }');
    expect(nodes.data!.export.trimEnd().split('\n')).toHaveLength(4);
  });

  it('answers a bad focus or hop count as BAD_USER_INPUT', async () => {
    const nobody = await ask('{ export(format: D3, focus: "Nobody Atall") }');
    expect(nobody.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(nobody.errors?.[0].message).toMatch(/No entity "Nobody Atall"/);
    const far = await ask('{ export(format: JSON, focus: "person:zhao-long", hops: 0) }');
    expect(far.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
