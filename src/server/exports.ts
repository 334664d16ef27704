import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  EXPORT_FORMATS,
  ExportRequestError,
  exportGraph,
  parseHops,
  parseRelationTypes,
  type ExportFile,
  type ExportFormat,
} from '../export/index.js';
import type { GraphStore } from '../store/port.js';
import type { RouteHandler } from './explore.js';

/** The file names served under /export/ and the export (and file of it) each one is. */
const ROUTES: Record<string, { format: ExportFormat; file: number }> = {
  'graph.json': { format: 'json', file: 0 },
  'graph.gexf': { format: 'gexf', file: 0 },
  'graph.graphml': { format: 'graphml', file: 0 },
  'graph.cyjs': { format: 'cytoscape', file: 0 },
  'graph.cytoscape.json': { format: 'cytoscape', file: 0 },
  'graph.d3.json': { format: 'd3', file: 0 },
  'nodes.csv': { format: 'csv', file: 0 },
  'relationships.csv': { format: 'csv', file: 1 },
};

/** The export URLs, for error messages and documentation. */
export const EXPORT_PATHS = Object.keys(ROUTES).map((name) => `/export/${name}`);

function plain(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(`${message}\n`);
}

function attachment(request: IncomingMessage, response: ServerResponse, file: ExportFile): void {
  response.writeHead(200, {
    'content-type': file.mediaType,
    'content-disposition': `attachment; filename="${file.name}"`,
    'content-length': Buffer.byteLength(file.content),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : file.content);
}

/**
 * Exports over HTTP: `GET /export/graph.{json,gexf,graphml,cyjs,d3.json}` and `/export/nodes.csv`,
 * `/export/relationships.csv`, each with optional `focus`, `hops` and `types` query parameters.
 */
export function createExportHandler(store: GraphStore): RouteHandler {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/export/') && url.pathname !== '/export') return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      plain(response, 405, 'Exports answer GET only.');
      return true;
    }
    const name = url.pathname.slice('/export/'.length);
    const route = ROUTES[name];
    if (!route) {
      const hint = name === 'graph.csv' ? 'CSV comes as two files: ' : '';
      plain(response, 404, `No export ${url.pathname}. ${hint}Use one of ${EXPORT_PATHS.join(', ')} (formats ${EXPORT_FORMATS.join(', ')}), with ?focus=<id>&hops=<n>&types=MET_WITH,SAID to export a neighbourhood.`);
      return true;
    }
    let files: ExportFile[];
    try {
      const params = url.searchParams;
      files = await exportGraph(store, route.format, {
        focus: params.get('focus') || undefined,
        hops: parseHops(params.get('hops')),
        types: parseRelationTypes(params.getAll('types').join(',') || undefined),
      });
    } catch (error) {
      if (error instanceof ExportRequestError) {
        plain(response, 400, error.message);
        return true;
      }
      throw error;
    }
    attachment(request, response, files[route.file]);
    return true;
  };
}
