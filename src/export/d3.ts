import type { Position } from './layout.js';
import { labelColor } from './palette.js';
import type { ExportGraph } from './records.js';

/**
 * D3 node-link JSON (`{ nodes, links }`, links naming node ids), in the layout NetworkX's
 * node_link_data writes, so `d3.forceSimulation` and `networkx.node_link_graph` both read it.
 */
export function writeD3Json(graph: ExportGraph, positions: ReadonlyMap<string, Position>): string {
  const document = {
    directed: true,
    multigraph: true,
    graph: { name: 'newsgraph' },
    nodes: graph.nodes.map((node) => ({
      ...node,
      ...(positions.get(node.id) ?? { x: 0, y: 0 }),
      color: labelColor(node.label),
    })),
    links: graph.edges.map(({ id, source, target, ...attributes }) => ({ source, target, key: id, ...attributes })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
