import graphology from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Position } from './layout.js';
import { labelColor, nodeSize } from './palette.js';
import type { ExportGraph } from './records.js';

/**
 * The export graph as a graphology graph: flat attributes, plus x, y, size and color on nodes so that
 * sigma.js draws it as it is.
 */
function toGraphology(graph: ExportGraph, positions: ReadonlyMap<string, Position>) {
  const g = new graphology.MultiGraph({ type: 'mixed', allowSelfLoops: true });
  g.setAttribute('name', 'newsgraph');
  for (const { id, ...attributes } of graph.nodes) {
    const position = positions.get(id) ?? { x: 0, y: 0 };
    g.addNode(id, {
      ...attributes,
      ...position,
      size: nodeSize(attributes.degree),
      color: labelColor(attributes.label),
    });
  }
  for (const { id, source, target, undirected, ...attributes } of graph.edges) {
    const edgeAttributes = { ...attributes, undirected, size: Math.min(6, attributes.evidenceCount) };
    if (undirected) g.addUndirectedEdgeWithKey(id, source, target, edgeAttributes);
    else g.addDirectedEdgeWithKey(id, source, target, edgeAttributes);
  }
  return g;
}

/** graphology's serialisation format (`graph.export()`), which sigma.js and graphology's `import` read. */
export function writeGraphologyJson(graph: ExportGraph, positions: ReadonlyMap<string, Position>): string {
  const serialized: SerializedGraph = toGraphology(graph, positions).export();
  return `${JSON.stringify(serialized, null, 2)}\n`;
}
