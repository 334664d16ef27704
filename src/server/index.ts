import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { loadApiLimits, type ApiLimits, type AppConfig } from '../config.js';
import { readExamples } from '../graphql/examples.js';
import { createApi, type Api } from '../graphql/yoga.js';
import type { GraphStore } from '../store/port.js';
import { createVisualRoutes, isVisualPath } from './visual.js';

/** A running HTTP server. */
export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** API limits (default: read from the environment, see loadApiLimits). */
  limits?: ApiLimits;
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ errors: [{ message }] }));
}

/** The node:http handler: `/` leads to GraphiQL, `/healthz` answers, bodies of unknown length are refused, the rest goes to yoga. */
function handler(api: Api, visual: (request: IncomingMessage, response: ServerResponse) => Promise<void>): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (isVisualPath(path)) {
      void visual(request, response);
      return;
    }
    if (path === '/' && request.method === 'GET') {
      response.writeHead(302, { location: '/graphql' });
      response.end();
      return;
    }
    if (path === '/healthz') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
    if (request.method === 'POST' && request.headers['content-length'] === undefined) {
      refuse(response, 411, 'POST requests must send a Content-Length header.');
      return;
    }
    void api(request, response);
  };
}

/** Starts the HTTP server (GraphQL and GraphiQL at /graphql) on the configured host and port. */
export async function startServer(store: GraphStore, config: AppConfig, options: ServerOptions = {}): Promise<RunningServer> {
  const limits = options.limits ?? loadApiLimits();
  const examples = readExamples();
  const api = createApi(store, {
    limits,
    apiToken: config.apiToken,
    graphiql: {
      title: 'newsgraph',
      defaultQuery: examples[0]?.query,
      defaultTabs: examples.map((example) => ({ query: example.query })),
    },
  });
  const server = createServer(handler(api, createVisualRoutes(store)));
  server.requestTimeout = limits.requestTimeoutMs + 5_000;
  server.headersTimeout = Math.min(server.requestTimeout, 60_000);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
