import { createServer, type Server } from 'node:http';
import { loadApiLimits, type ApiLimits, type AppConfig } from '../config.js';
import { readExamples } from '../graphql/examples.js';
import { createApi, type Api } from '../graphql/yoga.js';
import type { GraphStore } from '../store/port.js';
import { useExplorer } from './explore.js';
import { useExports } from './exports.js';
import { useHealthCheck, useRootRedirect } from './routes.js';

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

/**
 * The whole HTTP application as one yoga instance, which `yoga.fetch` answers without a server:
 * GraphQL and GraphiQL (with the example operations as tabs) at /graphql, `/` leading there, `/healthz`
 * (with the store's state), the explorer under /explore and the exports under /export.
 */
export function createApp(store: GraphStore, config: Pick<AppConfig, 'apiToken'>, limits: ApiLimits): Api {
  const examples = readExamples();
  return createApi(store, {
    limits,
    apiToken: config.apiToken,
    graphiql: {
      title: 'newsgraph',
      defaultQuery: examples[0]?.query,
      defaultTabs: examples.map((example) => ({ query: example.query })),
    },
    routes: [useRootRedirect(), useHealthCheck(store), useExports(store, limits.maxExportBytes), useExplorer()],
  });
}

/** Starts the HTTP server (the application of createApp) on the configured host and port. */
export async function startServer(
  store: GraphStore,
  config: AppConfig,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const limits = options.limits ?? loadApiLimits();
  const server = createServer(createApp(store, config, limits));
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
