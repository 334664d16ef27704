import {
  EXPORT_FORMATS,
  ExportRequestError,
  ExportTooLargeError,
  parseHops,
  parseRelationTypes,
  renderExportChunks,
  selectExportGraph,
  type ChunkedExport,
  type ExportFormat,
} from '../export/index.js';
import type { RoutePlugin } from '../graphql/plugins.js';
import type { GraphStore } from '../store/port.js';
import { routePlugin } from './routes.js';

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
const EXPORT_PATHS = Object.keys(ROUTES).map((name) => `/export/${name}`);

function plain(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      ...headers,
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** The file, its chunks sent one after the other (the body is never joined into one string). */
function attachment(request: Request, file: ChunkedExport): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = file.chunks[next];
      file.chunks[next] = '';
      next += 1;
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'content-type': file.mediaType,
      'content-disposition': `attachment; filename="${file.name}"`,
      'content-length': String(file.bytes),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * Exports over HTTP: `GET /export/graph.{json,gexf,graphml,cyjs,d3.json}` and `/export/nodes.csv`,
 * `/export/relationships.csv`, each with optional `focus`, `hops` and `types` query parameters. The file
 * is written in chunks between other requests and refused with 413 once it passes `maxBytes`
 * (KG_MAX_EXPORT_BYTES): the size is known, and sent as content-length, before the first byte goes out.
 */
export function useExports(store: GraphStore, maxBytes: number): RoutePlugin {
  return routePlugin(
    (_method, path) => path === '/export' || path.startsWith('/export/'),
    async (request, url) => {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return plain(405, 'Exports answer GET only.', { allow: 'GET, HEAD' });
      const name = url.pathname.slice('/export/'.length);
      const route = ROUTES[name];
      if (!route) {
        const hint = name === 'graph.csv' ? 'CSV comes as two files: ' : '';
        return plain(
          404,
          `No export ${url.pathname}. ${hint}Use one of ${EXPORT_PATHS.join(', ')} (formats ${EXPORT_FORMATS.join(', ')}), with ?focus=<id>&hops=<n>&types=MET_WITH,SAID to export a neighbourhood.`,
        );
      }
      let file: ChunkedExport;
      try {
        const params = url.searchParams;
        const graph = await selectExportGraph(store, {
          focus: params.get('focus') || undefined,
          hops: parseHops(params.get('hops')),
          types: parseRelationTypes(params.getAll('types').join(',') || undefined),
        });
        file = await renderExportChunks(route.format, route.file, graph, { maxBytes });
      } catch (error) {
        if (error instanceof ExportTooLargeError) return plain(413, error.message);
        if (error instanceof ExportRequestError) return plain(400, error.message);
        throw error;
      }
      return attachment(request, file);
    },
  );
}
