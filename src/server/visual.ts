import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore } from '../store/port.js';
import { createExplorerHandler } from './explore.js';
import { createExportHandler } from './exports.js';

/** True for the paths the visualisation routes own: /explore, /explore/*, /export/*. */
export function isVisualPath(path: string): boolean {
  return path === '/explore' || path.startsWith('/explore/') || path === '/export' || path.startsWith('/export/');
}

/**
 * The visualisation routes (exports and the explorer) as one node:http handler; an unexpected error
 * is logged and answered 500 without its details.
 */
export function createVisualRoutes(store: GraphStore, options: { graphqlPath?: string } = {}): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const routes = [createExportHandler(store), createExplorerHandler(options)];
  return async (request, response) => {
    try {
      for (const route of routes) if (await route(request, response)) return;
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found: the explorer is at /explore, exports under /export/.\n');
    } catch (error) {
      process.stderr.write(`newsgraph: ${request.method ?? 'GET'} ${request.url ?? ''} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Unexpected error. The server log has the details.\n');
    }
  };
}
