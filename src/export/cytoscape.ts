import type { Position } from './layout.js';
import { labelColor } from './palette.js';
import type { ExportGraph } from './records.js';

/**
 * Cytoscape.js JSON (`{ elements: { nodes: [{ data }], edges: [{ data }] } }`), the .cyjs file that
 * Cytoscape desktop imports and `cytoscape({ elements })` loads.
 */
export function writeCytoscapeJson(graph: ExportGraph, positions: ReadonlyMap<string, Position>): string {
  const document = {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3.0',
    data: { name: 'newsgraph' },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: { ...node, color: labelColor(node.label) },
        position: positions.get(node.id) ?? { x: 0, y: 0 },
      })),
      edges: graph.edges.map((edge) => ({ data: { ...edge, interaction: edge.type } })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
