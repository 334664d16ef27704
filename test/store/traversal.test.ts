import { canonicalPath, neighborhoodIds } from '../../src/store/neo4j/traversal.js';
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
