import type { GraphStore } from '../store/port.js';
import { writeCytoscapeJson } from './cytoscape.js';
import { writeNodesCsv, writeRelationshipsCsv } from './csv.js';
import { writeD3Json } from './d3.js';
import { ExportRequestError } from './errors.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeGraphologyJson } from './graphology-json.js';
import { layoutPositions } from './layout.js';
import type { ExportGraph } from './records.js';
import { selectExportGraph, type ExportSelection } from './select.js';

export { ExportRequestError, ExportTooLargeError } from './errors.js';
export { renderExportChunks, type ChunkedExport } from './stream.js';
export { parseHops, parseRelationTypes, selectExportGraph, type ExportSelection } from './select.js';
export type { ExportGraph } from './records.js';

/** The export formats, as the CLI names them. */
export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'cytoscape', 'd3', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file of an export. */
export interface ExportFile {
  /** File name to save it under. */
  name: string;
  mediaType: string;
  content: string;
}

/** Checks a format name from user input. */
export function parseExportFormat(value: string): ExportFormat {
  const format = value.trim().toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new ExportRequestError(`Unknown export format "${value}": use one of ${EXPORT_FORMATS.join(', ')}.`);
}

/** The files of an export graph in one format: one file, or nodes.csv and relationships.csv for csv. */
export function renderExport(format: ExportFormat, graph: ExportGraph): ExportFile[] {
  switch (format) {
    case 'csv':
      return [
        { name: 'nodes.csv', mediaType: 'text/csv; charset=utf-8', content: writeNodesCsv(graph) },
        { name: 'relationships.csv', mediaType: 'text/csv; charset=utf-8', content: writeRelationshipsCsv(graph) },
      ];
    case 'graphml':
      return [
        { name: 'graph.graphml', mediaType: 'application/graphml+xml; charset=utf-8', content: writeGraphml(graph) },
      ];
    case 'gexf':
      return [
        {
          name: 'graph.gexf',
          mediaType: 'application/gexf+xml; charset=utf-8',
          content: writeGexf(graph, layoutPositions(graph)),
        },
      ];
    case 'json':
      return [
        {
          name: 'graph.json',
          mediaType: 'application/json; charset=utf-8',
          content: writeGraphologyJson(graph, layoutPositions(graph)),
        },
      ];
    case 'cytoscape':
      return [
        {
          name: 'graph.cyjs',
          mediaType: 'application/json; charset=utf-8',
          content: writeCytoscapeJson(graph, layoutPositions(graph)),
        },
      ];
    case 'd3':
      return [
        {
          name: 'graph.d3.json',
          mediaType: 'application/json; charset=utf-8',
          content: writeD3Json(graph, layoutPositions(graph)),
        },
      ];
  }
}

/** Selects the part of the store's graph and renders it in one format. */
export async function exportGraph(
  store: GraphStore,
  format: ExportFormat,
  selection: ExportSelection = {},
): Promise<ExportFile[]> {
  return renderExport(format, await selectExportGraph(store, selection));
}
