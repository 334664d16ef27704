import {
  createExplorerGraph,
  dateWithin,
  entityLabel,
  mergeSubgraph,
  parallelEdgeLabels,
  seededRandom,
  visibleNodes,
} from '../../src/explorer/model.js';
import type { EdgeSummary, SubgraphResult } from '../../src/explorer/api.js';
import { RELATION_TYPES } from '../../src/graph/model.js';

function edge(id: string, type: string, sourceId: string, targetId: string, date: string | null): EdgeSummary {
  return {
    id,
    type,
    sourceId,
    targetId,
    undirected: type === 'MET_WITH',
    confidence: 0.8,
    hedged: false,
    date: null,
    factDate: null,
    evidence: { totalCount: 1, nodes: [{ date }] },
  };
}

const subgraph: SubgraphResult = {
  nodes: [
    { id: 'person:a', name: 'Ann Lee', label: 'PERSON' },
    { id: 'person:b', name: 'Bo Chen', label: 'PERSON' },
    { id: 'country:c', name: 'Chile', label: 'COUNTRY' },
  ],
  edges: [
    edge('MET_WITH:a-b', 'MET_WITH', 'person:a', 'person:b', '2022-09-15'),
    edge('LEADER_OF:b-c', 'LEADER_OF', 'person:b', 'country:c', '2021-03'),
  ],
};

describe('the explorer graph model', () => {
  it('merges subgraphs without duplicates, names nodes for sigma and colours them by label', () => {
    const graph = createExplorerGraph();
    const random = seededRandom(1);
    expect(mergeSubgraph(graph, subgraph, random).sort()).toEqual(['country:c', 'person:a', 'person:b']);
    expect(mergeSubgraph(graph, subgraph, random)).toEqual([]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('person:a')).toMatchObject({ label: 'Ann Lee', kind: 'Person', color: '#e4572e' });
    expect(graph.isUndirected('MET_WITH:a-b')).toBe(true);
    expect(graph.getEdgeAttributes('LEADER_OF:b-c')).toMatchObject({
      type: 'arrow',
      relation: 'LEADER_OF',
      date: '2021-03',
    });
  });

  it('places the same data at the same positions every time', () => {
    const first = createExplorerGraph();
    const second = createExplorerGraph();
    mergeSubgraph(first, subgraph, seededRandom(7));
    mergeSubgraph(second, subgraph, seededRandom(7));
    expect(first.getNodeAttributes('country:c')).toEqual(second.getNodeAttributes('country:c'));
  });

  it('compares dates at the shorter precision', () => {
    expect(dateWithin('2022-09-15', '2022-09', '')).toBe(true);
    expect(dateWithin('2022-09', '2022-09-20', '2022-10')).toBe(true);
    expect(dateWithin('2022-08-31', '2022-09', '')).toBe(false);
    expect(dateWithin('2023', '', '2022-12-31')).toBe(false);
    expect(dateWithin(null, '2022', '')).toBe(false);
    expect(dateWithin(null, '', '')).toBe(true);
  });

  it('shows the nodes of visible edges and the kept ones only', () => {
    const graph = createExplorerGraph();
    mergeSubgraph(graph, subgraph, seededRandom(1));
    const all = { types: new Set<string>(RELATION_TYPES), since: '', until: '', asOf: '' };
    expect(visibleNodes(graph, all, []).size).toBe(3);
    expect([...visibleNodes(graph, { ...all, types: new Set(['MET_WITH']) }, [])].sort()).toEqual([
      'person:a',
      'person:b',
    ]);
    expect([...visibleNodes(graph, { ...all, since: '2022' }, ['country:c'])].sort()).toEqual([
      'country:c',
      'person:a',
      'person:b',
    ]);
    expect(entityLabel('ORGANIZATION')).toBe('Organization');
  });
});

describe('labels of parallel edges', () => {
  it('puts every relation type between two nodes on one edge', () => {
    const graph = createExplorerGraph();
    mergeSubgraph(
      graph,
      {
        ...subgraph,
        edges: [...subgraph.edges, edge('SUPPORTS:b-a', 'SUPPORTS', 'person:b', 'person:a', '2022-09-15')],
      },
      seededRandom(1),
    );
    const all = { types: new Set<string>(RELATION_TYPES), since: '', until: '', asOf: '' };
    const labels = parallelEdgeLabels(graph, all, (t) => t.toLowerCase());
    expect(labels.get('MET_WITH:a-b')).toBe('met_with · supports');
    expect(labels.has('SUPPORTS:b-a')).toBe(false);
    expect(labels.get('LEADER_OF:b-c')).toBe('leader_of');
    expect(parallelEdgeLabels(graph, { ...all, types: new Set(['SUPPORTS']) }, (t) => t).get('SUPPORTS:b-a')).toBe(
      'SUPPORTS',
    );
  });
});
