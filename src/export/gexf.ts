import gexf from 'graphology-gexf';
import graphology from 'graphology';
import type { Position } from './layout.js';
import { labelColor, nodeSize } from './palette.js';
import type { ExportEdge, ExportGraph, ExportNode } from './records.js';

/** Separator of list values (aliases, roles) written as one string, which every GEXF reader accepts. */
export const LIST_SEPARATOR = ' | ';

/** A #rrggbb colour as rgb(r,g,b): GEXF readers (Gephi, NetworkX) want r, g and b on viz:color. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

type NodeAttributes = Omit<ExportNode, 'id'> & Position;
type EdgeAttributes = Omit<ExportEdge, 'id' | 'source' | 'target'>;

/**
 * GEXF 1.3 (Gephi) through graphology-gexf: a node's label is its name and its ontology label is the
 * `category` column; an edge's label and kind are its relation type, its weight its evidence count;
 * nodes carry viz colour, size and position.
 */
export function writeGexf(graph: ExportGraph, positions: ReadonlyMap<string, Position>): string {
  const g = new graphology.MultiGraph<NodeAttributes, EdgeAttributes>({ type: 'mixed', allowSelfLoops: true });
  g.setAttribute('creator', 'newsgraph');
  g.setAttribute('description', 'News knowledge graph: people, countries, organisations, events and places, with evidence counts.');
  for (const { id, ...attributes } of graph.nodes) g.addNode(id, { ...attributes, ...(positions.get(id) ?? { x: 0, y: 0 }) });
  for (const { id, source, target, ...attributes } of graph.edges) {
    if (attributes.undirected) g.addUndirectedEdgeWithKey(id, source, target, attributes);
    else g.addDirectedEdgeWithKey(id, source, target, attributes);
  }
  return gexf.write(g, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.name,
      viz: { color: rgb(labelColor(a.label)), size: nodeSize(a.degree), x: a.x, y: a.y },
      attributes: {
        category: a.label,
        aliases: a.aliases.join(LIST_SEPARATOR),
        mentions: a.mentions,
        degree: a.degree,
        date: a.date,
        place: a.place,
        roles: a.roles.join(LIST_SEPARATOR),
        code: a.code,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      kind: a.type,
      weight: a.evidenceCount,
      attributes: {
        relation: a.type,
        confidence: a.confidence,
        evidenceCount: a.evidenceCount,
        articleCount: a.articleCount,
        date: a.date,
        lastDate: a.lastDate,
        place: a.place,
        event: a.event,
        hedged: a.hedged,
        sentence: a.sentence,
        quote: a.quote,
      },
    }),
  });
}
