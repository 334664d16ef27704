import { createServer, type Server } from 'node:http';
import type { AppConfig } from '../config.js';
import type { GraphStore } from '../store/port.js';

/** A running HTTP server. */
export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the HTTP server (GraphQL at /graphql) on the configured host and port. */
export async function startServer(store: GraphStore, config: AppConfig): Promise<RunningServer> {
  const server = createServer((_request, response) => {
    void store.stats().then((stats) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(stats));
    });
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host}:${port}/graphql`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
