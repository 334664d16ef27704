import type { EdgeSummary } from '../../src/explorer/api.js';
import {
  asOfAt,
  createExplorerGraph,
  dayNumber,
  edgeVisible,
  isoDay,
  mergeSubgraph,
  seededRandom,
  sliderBounds,
  visibleNodes,
} from '../../src/explorer/model.js';
import { RELATION_TYPES } from '../../src/graph/model.js';

function edge(id: string, sourceId: string, targetId: string, factDate: string | null): EdgeSummary {
  return {
    id,
    type: 'SUPPORTS',
    sourceId,
    targetId,
    undirected: false,
    confidence: 0.8,
    hedged: false,
    date: null,
    factDate,
    evidence: { totalCount: 1, nodes: [{ date: '2030-01-01' }] },
  };
}

describe('the date slider of the explorer', () => {
  it('counts whole days from the first day of a date at any precision', () => {
    expect(isoDay(dayNumber('2022-09-15'))).toBe('2022-09-15');
    expect(isoDay(dayNumber('2022-09'))).toBe('2022-09-01');
    expect(isoDay(dayNumber('2022'))).toBe('2022-01-01');
    expect(isoDay(dayNumber('2022-09-15T23:30:00Z'))).toBe('2022-09-15');
    expect(dayNumber('2022-03-01') - dayNumber('2022-02-28')).toBe(1);
  });

  it('runs from the earliest to the latest fact date, its right end being the graph as it is', () => {
    expect(sliderBounds(null)).toBeNull();
    expect(sliderBounds({ earliest: '2022-09-15', latest: '2022-09-15' })).toBeNull();
    const bounds = sliderBounds({ earliest: '2022-02-24', latest: '2022-09-16' })!;
    expect(bounds.max - bounds.min).toBe(204);
    expect(asOfAt(bounds.min, bounds)).toBe('2022-02-24');
    expect(asOfAt(bounds.max - 1, bounds)).toBe('2022-09-15');
    expect(asOfAt(bounds.max, bounds)).toBe('');
  });

  it("hides the facts dated after the slider's date, by their fact date, and the nodes only they link", () => {
    const graph = createExplorerGraph();
    mergeSubgraph(
      graph,
      {
        nodes: [
          { id: 'a', name: 'A', label: 'COUNTRY' },
          { id: 'b', name: 'B', label: 'COUNTRY' },
          { id: 'c', name: 'C', label: 'COUNTRY' },
        ],
        edges: [
          edge('early', 'a', 'b', '2022-02'),
          edge('late', 'b', 'c', '2022-09-16'),
          edge('undated', 'a', 'c', null),
        ],
      },
      seededRandom(1),
    );
    const filters = { types: new Set<string>(RELATION_TYPES), since: '', until: '', asOf: '2022-09-15' };
    const shown = (asOf: string) =>
      graph.filterEdges((_key, attributes) => edgeVisible(attributes, { ...filters, asOf }));
    expect(shown('2022-09-15')).toEqual(['early']);
    expect(shown('2022-02-01')).toEqual(['early']);
    expect(shown('2022-01-31')).toEqual([]);
    expect(shown('')).toEqual(['early', 'late', 'undated']);
    expect([...visibleNodes(graph, filters, [])].sort()).toEqual(['a', 'b']);
    expect([...visibleNodes(graph, { ...filters, asOf: '2021' }, ['c'])]).toEqual(['c']);
  });
});
