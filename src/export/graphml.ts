import { LIST_SEPARATOR } from './gexf.js';
import { labelColor } from './palette.js';
import type { ExportEdge, ExportGraph, ExportNode } from './records.js';
import { escapeXml } from './xml.js';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

interface Key<T> {
  name: string;
  type: GraphmlType;
  value: (item: T) => string | number | boolean | undefined;
}

const NODE_KEYS: Key<ExportNode>[] = [
  { name: 'name', type: 'string', value: (n) => n.name },
  { name: 'label', type: 'string', value: (n) => n.label },
  { name: 'aliases', type: 'string', value: (n) => n.aliases.join(LIST_SEPARATOR) || undefined },
  { name: 'mentions', type: 'int', value: (n) => n.mentions },
  { name: 'degree', type: 'int', value: (n) => n.degree },
  { name: 'date', type: 'string', value: (n) => n.date },
  { name: 'place', type: 'string', value: (n) => n.place },
  { name: 'roles', type: 'string', value: (n) => n.roles.join(LIST_SEPARATOR) || undefined },
  { name: 'code', type: 'string', value: (n) => n.code },
  { name: 'color', type: 'string', value: (n) => labelColor(n.label) },
];

const EDGE_KEYS: Key<ExportEdge>[] = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'undirected', type: 'boolean', value: (e) => e.undirected },
  { name: 'confidence', type: 'double', value: (e) => e.confidence },
  { name: 'evidenceCount', type: 'int', value: (e) => e.evidenceCount },
  { name: 'articleCount', type: 'int', value: (e) => e.articleCount },
  { name: 'date', type: 'string', value: (e) => e.date },
  { name: 'lastDate', type: 'string', value: (e) => e.lastDate },
  { name: 'place', type: 'string', value: (e) => e.place },
  { name: 'event', type: 'string', value: (e) => e.event },
  { name: 'hedged', type: 'boolean', value: (e) => e.hedged },
  { name: 'sentence', type: 'string', value: (e) => e.sentence },
  { name: 'quote', type: 'string', value: (e) => e.quote },
];

function keyElements<T>(keys: Key<T>[], domain: 'node' | 'edge', prefix: string): string[] {
  return keys.map(
    (k) => `  <key id="${prefix}_${k.name}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>`,
  );
}

function dataElements<T>(keys: Key<T>[], item: T, prefix: string): string[] {
  const lines: string[] = [];
  for (const k of keys) {
    const value = k.value(item);
    if (value === undefined || value === '') continue;
    lines.push(`      <data key="${prefix}_${k.name}">${escapeXml(String(value))}</data>`);
  }
  return lines;
}

/**
 * GraphML with typed keys for every attribute. All edges are written directed (edgedefault) so that
 * NetworkX and yEd read the file; undirected relations (MET_WITH) carry `undirected = true`. Line by
 * line, so the server can send a large graph in chunks.
 */
export function* graphmlLines(graph: ExportGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  yield '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  yield* keyElements(NODE_KEYS, 'node', 'n');
  yield* keyElements(EDGE_KEYS, 'edge', 'e');
  yield '  <graph id="newsgraph" edgedefault="directed">';
  for (const node of graph.nodes) {
    yield `    <node id="${escapeXml(node.id)}">`;
    yield* dataElements(NODE_KEYS, node, 'n');
    yield '    </node>';
  }
  for (const edge of graph.edges) {
    yield `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`;
    yield* dataElements(EDGE_KEYS, edge, 'e');
    yield '    </edge>';
  }
  yield '  </graph>';
  yield '</graphml>';
}

/** The GraphML document of graphmlLines as one string. */
export function writeGraphml(graph: ExportGraph): string {
  return `${[...graphmlLines(graph)].join('\n')}\n`;
}
