/**
 * A GraphQL server for the latency benchmark, in its own process: `real` serves a snapshot through
 * the project's server (src/server/index.ts), `neo4j` serves a Neo4j server's graph through it (as
 * `kg serve --store neo4j` does), `floor` is a bare graphql-yoga server whose resolver returns a constant. Listens on 127.0.0.1, prints one JSON line when ready, stops when stdin closes.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadConfig } from '../dist/config.js';
import { startServer } from '../dist/server/index.js';
import { EmbeddedStore } from '../dist/store/embedded.js';
import { Neo4jStore } from '../dist/store/neo4j/index.js';
import { memoryFigures, type MemoryFigures } from './memory.js';
import { now, round } from './stats.js';

export type ServerRequest =
  | { kind: 'real'; snapshot: string }
  | { kind: 'neo4j'; uri: string; user: string; password: string }
  | { kind: 'floor' };

export interface ServerInfo {
  url: string;
  loadMs: number;
  memory: MemoryFigures;
}

/** The floor's schema: the lookup query's shape, answered with a constant. */
const FLOOR_TYPE_DEFS = /* GraphQL */ `
  type Query {
    entity(id: ID!): Entity
  }
  type Entity {
    id: ID!
    label: String!
    name: String!
    aliases: [String!]!
    mentionCount: Int!
  }
`;

const FLOOR_ENTITY = {
  id: 'person:constant',
  label: 'PERSON',
  name: 'Constant Person',
  aliases: ['Mr Person'],
  mentionCount: 1,
};

async function startFloor(): Promise<{ url: string; close(): Promise<void> }> {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: FLOOR_TYPE_DEFS, resolvers: { Query: { entity: () => FLOOR_ENTITY } } }),
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function startReal(snapshot: string): Promise<{ url: string; loadMs: number; close(): Promise<void> }> {
  const start = now();
  const store = await EmbeddedStore.open({ path: snapshot });
  const loadMs = now() - start;
  const running = await startServer(store, loadConfig(process.env, { port: 0, host: '127.0.0.1', data: snapshot }));
  return { url: running.url, loadMs, close: () => running.close() };
}

async function startOnNeo4j(settings: {
  uri: string;
  user: string;
  password: string;
}): Promise<{ url: string; loadMs: number; close(): Promise<void> }> {
  const config = loadConfig(process.env, { store: 'neo4j', port: 0, host: '127.0.0.1' });
  const store = await Neo4jStore.connect({ ...config.neo4j, ...settings }, { failFast: true });
  const running = await startServer(store, config);
  return {
    url: running.url,
    loadMs: 0,
    close: async () => {
      await running.close();
      await store.close();
    },
  };
}

const request = JSON.parse(process.argv[2] ?? '{}') as ServerRequest;
const server =
  request.kind === 'real'
    ? await startReal(request.snapshot)
    : request.kind === 'neo4j'
      ? await startOnNeo4j(request)
      : { ...(await startFloor()), loadMs: 0 };
const info: ServerInfo = { url: server.url, loadMs: round(server.loadMs, 4), memory: memoryFigures() };
process.stdout.write(`${JSON.stringify(info)}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().then(() => process.exit(0));
});
