import { canonicalPath, nearestIds, neighborhoodIds } from '../../src/store/neo4j/traversal.js';
import { cypher } from '../../src/store/neo4j/cypher/query.js';
import { decodeFields, encodeFields } from '../../src/store/neo4j/codec.js';

describe('choosing among shortest paths as the embedded search does', () => {
  it('prefers the path through the node reached first, by edge id', () => {
    const steps = [
      { depth: 0, from: 'a', edge: 'e2', to: 'b' },
      { depth: 0, from: 'a', edge: 'e1', to: 'c' },
      { depth: 1, from: 'b', edge: 'e0', to: 'd' },
      { depth: 1, from: 'c', edge: 'e9', to: 'd' },
    ];
    expect(canonicalPath('a', 'd', steps)).toEqual({ nodes: ['a', 'c', 'd'], edges: ['e1', 'e9'] });
  });

  it('takes the smallest of parallel edges and gives null when the end is not reached', () => {
    const steps = [
      { depth: 0, from: 'a', edge: 'z', to: 'b' },
      { depth: 0, from: 'a', edge: 'y', to: 'b' },
    ];
    expect(canonicalPath('a', 'b', steps)).toEqual({ nodes: ['a', 'b'], edges: ['y'] });
    expect(canonicalPath('a', 'x', steps)).toBeNull();
  });

  it('keeps the nearest nodes of a neighbourhood, by id within a distance', () => {
    const reached = [
      { id: 'z', distance: 1 },
      { id: 'b', distance: 2 },
      { id: 'a', distance: 2 },
      { id: 'y', distance: 1 },
    ];
    expect(neighborhoodIds('c', reached, 4)).toEqual(['c', 'y', 'z', 'a']);
    expect(neighborhoodIds('c', reached, 0)).toEqual(['c']);
  });
});

describe('a neighbourhood found ring by ring', () => {
  /** A graph as adjacency, served as the ring query would: unseen neighbours of the frontier, by id, at most `limit`. */
  const graph: Record<string, string[]> = { c: ['b', 'a', 'h'], a: ['c', 'x', 'w'], b: ['c', 'y'], h: ['c'], x: ['z'] };
  function serve(asked: { frontier: string[]; seen: string[]; limit: number }[]) {
    const runner = {
      run: async (_text: string, params: Record<string, unknown>) => {
        const { frontier, seen, limit } = params as { frontier: string[]; seen: string[]; limit: number };
        asked.push({ frontier, seen, limit });
        const ids = [...new Set(frontier.flatMap((id) => graph[id] ?? []))].filter((id) => !seen.includes(id)).sort();
        return { records: ids.slice(0, limit).map((id) => ({ get: () => id })) };
      },
    };
    const ring = (frontier: string[], seen: string[], limit: number) => cypher('ring', { frontier, seen, limit });
    return { runner: runner as unknown as Parameters<typeof nearestIds>[0], ring };
  }

  it('asks for no more ids than the room left, and stops once it is filled', async () => {
    const asked: { frontier: string[]; seen: string[]; limit: number }[] = [];
    const { runner, ring } = serve(asked);
    expect(await nearestIds(runner, 'c', '3', 5, ring)).toEqual(['c', 'a', 'b', 'h', 'w']);
    expect(asked).toEqual([
      { frontier: ['c'], seen: ['c'], limit: 4 },
      { frontier: ['a', 'b', 'h'], seen: ['c', 'a', 'b', 'h'], limit: 1 },
    ]);
  });

  it('goes as far as the hops allow, or to the end of the graph without a bound', async () => {
    const { runner, ring } = serve([]);
    expect(await nearestIds(runner, 'c', '1', 50, ring)).toEqual(['c', 'a', 'b', 'h']);
    expect(await nearestIds(runner, 'c', '', 50, ring)).toEqual(['c', 'a', 'b', 'h', 'w', 'x', 'y', 'z']);
    expect(await nearestIds(runner, 'c', '', 1, ring)).toEqual(['c']);
  });
});

describe('record properties', () => {
  it('keeps scalars and string lists as they are and nested values as JSON', () => {
    const props = encodeFields({
      id: 'x',
      n: 2,
      ok: false,
      names: ['a'],
      none: [],
      nested: [{ a: 1 }],
      gone: undefined,
    });
    expect(props).toEqual({ id: 'x', n: 2, ok: false, names: ['a'], none: [], nestedJson: '[{"a":1}]' });
    expect(decodeFields({ ...props, _search: 'x' })).toEqual({
      id: 'x',
      n: 2,
      ok: false,
      names: ['a'],
      none: [],
      nested: [{ a: 1 }],
    });
  });
});
