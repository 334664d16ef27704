import type { Position } from './layout.js';
import { labelColor, nodeSize } from './palette.js';
import type { ExportEdge, ExportGraph, ExportNode } from './records.js';
import { escapeXml } from './xml.js';

/** Separator of list values (aliases, roles) written as one string, which every GEXF reader accepts. */
export const LIST_SEPARATOR = ' | ';

type GexfType = 'string' | 'integer' | 'double' | 'boolean';

interface Attribute<T> {
  id: string;
  type: GexfType;
  value: (item: T) => string | number | boolean | undefined;
}

const NODE_ATTRIBUTES: Attribute<ExportNode>[] = [
  { id: 'category', type: 'string', value: (n) => n.label },
  { id: 'aliases', type: 'string', value: (n) => n.aliases.join(LIST_SEPARATOR) },
  { id: 'mentions', type: 'integer', value: (n) => n.mentions },
  { id: 'degree', type: 'integer', value: (n) => n.degree },
  { id: 'date', type: 'string', value: (n) => n.date },
  { id: 'place', type: 'string', value: (n) => n.place },
  { id: 'roles', type: 'string', value: (n) => n.roles.join(LIST_SEPARATOR) },
  { id: 'code', type: 'string', value: (n) => n.code },
];

const EDGE_ATTRIBUTES: Attribute<ExportEdge>[] = [
  { id: 'relation', type: 'string', value: (e) => e.type },
  { id: 'confidence', type: 'double', value: (e) => e.confidence },
  { id: 'evidenceCount', type: 'integer', value: (e) => e.evidenceCount },
  { id: 'articleCount', type: 'integer', value: (e) => e.articleCount },
  { id: 'date', type: 'string', value: (e) => e.date },
  { id: 'lastDate', type: 'string', value: (e) => e.lastDate },
  { id: 'place', type: 'string', value: (e) => e.place },
  { id: 'event', type: 'string', value: (e) => e.event },
  { id: 'hedged', type: 'boolean', value: (e) => e.hedged },
  { id: 'sentence', type: 'string', value: (e) => e.sentence },
  { id: 'quote', type: 'string', value: (e) => e.quote },
];

function* declarations<T>(domain: 'node' | 'edge', attributes: Attribute<T>[]): Generator<string> {
  yield `    <attributes class="${domain}">`;
  for (const a of attributes) yield `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>`;
  yield '    </attributes>';
}

function* attvalues<T>(attributes: Attribute<T>[], item: T): Generator<string> {
  yield '        <attvalues>';
  for (const a of attributes) {
    const value = a.value(item);
    if (value !== undefined && value !== '')
      yield `          <attvalue for="${a.id}" value="${escapeXml(String(value))}"/>`;
  }
  yield '        </attvalues>';
}

/** A #rrggbb colour as GEXF's viz:color (r, g and b attributes, which Gephi and NetworkX read). */
function vizColor(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `<viz:color r="${(value >> 16) & 255}" g="${(value >> 8) & 255}" b="${value & 255}"/>`;
}

/**
 * GEXF 1.3 (Gephi), line by line so the server can send a large graph in chunks: a node's label is its
 * name and its ontology label is the `category` column; an edge's label and kind are its relation
 * type, its weight its evidence count; nodes carry viz colour, size and position. Every attribute is
 * declared, whether or not an item uses it.
 */
export function* gexfLines(graph: ExportGraph, positions: ReadonlyMap<string, Position>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">';
  yield '  <meta>';
  yield '    <creator>newsgraph</creator>';
  yield '    <description>News knowledge graph: people, countries, organisations, events and places, with evidence counts.</description>';
  yield '  </meta>';
  yield '  <graph defaultedgetype="directed">';
  yield* declarations('node', NODE_ATTRIBUTES);
  yield* declarations('edge', EDGE_ATTRIBUTES);
  yield '    <nodes>';
  for (const node of graph.nodes) {
    const { x, y } = positions.get(node.id) ?? { x: 0, y: 0 };
    yield `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.name)}">`;
    yield* attvalues(NODE_ATTRIBUTES, node);
    yield `        ${vizColor(labelColor(node.label))}`;
    yield `        <viz:size value="${nodeSize(node.degree)}"/>`;
    yield `        <viz:position x="${x}" y="${y}"/>`;
    yield '      </node>';
  }
  yield '    </nodes>';
  yield '    <edges>';
  for (const edge of graph.edges) {
    const type = edge.undirected ? ' type="undirected"' : '';
    yield `      <edge id="${escapeXml(edge.id)}"${type} source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${edge.evidenceCount}" kind="${edge.type}" label="${edge.type}">`;
    yield* attvalues(EDGE_ATTRIBUTES, edge);
    yield '      </edge>';
  }
  yield '    </edges>';
  yield '  </graph>';
  yield '</gexf>';
}

/** The GEXF document of gexfLines as one string. */
export function writeGexf(graph: ExportGraph, positions: ReadonlyMap<string, Position>): string {
  return `${[...gexfLines(graph, positions)].join('\n')}\n`;
}
