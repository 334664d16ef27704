import type { ExportEdge, ExportGraph, ExportNode } from './records.js';

/** Array delimiter of neo4j-admin import (its default, `--array-delimiter=;`). */
const ARRAY_DELIMITER = ';';

type Cell = string | number | boolean | readonly string[] | undefined;

interface Column<T> {
  header: string;
  value: (item: T) => Cell;
}

/** Text a spreadsheet would take for a formula: a leading =, +, - or @ (after blanks), tab or carriage return. */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/**
 * One CSV field: missing values empty (no property in Neo4j), text quoted with inner quotes doubled, one
 * line. Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on
 * CSV injection): these files are opened in spreadsheets too, and a quote or a name is the press's
 * words, not ours.
 */
function field(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const joined =
    typeof value === 'string' ? value : value.map((v) => v.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER);
  const text = FORMULA_START.test(joined) ? `'${joined}` : joined;
  return `"${text.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;
}

/** The lines of a table, header first, each without its newline. */
function* tableLines<T>(columns: Column<T>[], rows: readonly T[]): Generator<string> {
  yield columns.map((c) => c.header).join(',');
  for (const row of rows) yield columns.map((c) => field(c.value(row))).join(',');
}

function table<T>(columns: Column<T>[], rows: readonly T[]): string {
  return `${[...tableLines(columns, rows)].join('\n')}\n`;
}

const NODE_COLUMNS: Column<ExportNode>[] = [
  { header: 'id:ID', value: (n) => n.id },
  { header: ':LABEL', value: (n) => n.label },
  { header: 'name', value: (n) => n.name },
  { header: 'aliases:string[]', value: (n) => (n.aliases.length > 0 ? n.aliases : undefined) },
  { header: 'mentions:int', value: (n) => n.mentions },
  { header: 'degree:int', value: (n) => n.degree },
  { header: 'date', value: (n) => n.date },
  { header: 'place', value: (n) => n.place },
  { header: 'roles:string[]', value: (n) => (n.roles.length > 0 ? n.roles : undefined) },
  { header: 'code', value: (n) => n.code },
];

const RELATIONSHIP_COLUMNS: Column<ExportEdge>[] = [
  { header: ':START_ID', value: (e) => e.source },
  { header: ':END_ID', value: (e) => e.target },
  { header: ':TYPE', value: (e) => e.type },
  { header: 'id', value: (e) => e.id },
  { header: 'undirected:boolean', value: (e) => e.undirected },
  { header: 'confidence:double', value: (e) => e.confidence },
  { header: 'evidenceCount:int', value: (e) => e.evidenceCount },
  { header: 'articleCount:int', value: (e) => e.articleCount },
  { header: 'date', value: (e) => e.date },
  { header: 'lastDate', value: (e) => e.lastDate },
  { header: 'place', value: (e) => e.place },
  { header: 'event', value: (e) => e.event },
  { header: 'hedged:boolean', value: (e) => e.hedged },
  { header: 'sentence', value: (e) => e.sentence },
  { header: 'quote', value: (e) => e.quote },
];

/** nodes.csv for `neo4j-admin database import full --nodes=nodes.csv`: `id:ID,:LABEL,name,…`. */
export function writeNodesCsv(graph: ExportGraph): string {
  return table(NODE_COLUMNS, graph.nodes);
}

/** relationships.csv for `--relationships=relationships.csv`: `:START_ID,:END_ID,:TYPE,…`; MET_WITH is written once, `undirected=true`. */
export function writeRelationshipsCsv(graph: ExportGraph): string {
  return table(RELATIONSHIP_COLUMNS, graph.edges);
}

/** The lines of nodes.csv, for sending in chunks. */
export function nodesCsvLines(graph: ExportGraph): Generator<string> {
  return tableLines(NODE_COLUMNS, graph.nodes);
}

/** The lines of relationships.csv, for sending in chunks. */
export function relationshipsCsvLines(graph: ExportGraph): Generator<string> {
  return tableLines(RELATIONSHIP_COLUMNS, graph.edges);
}
