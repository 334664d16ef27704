import type { ChildProcess } from 'node:child_process';
import { loadConfig } from '../dist/config.js';
import { Neo4jStore } from '../dist/store/neo4j/index.js';
import type { GraphStore } from '../src/store/port.js';

/** A throw-away Neo4j server with a store connected to it. */
export interface BenchNeo4j {
  store: GraphStore;
  /** How to reach the server, for another process (a GraphQL server over it). */
  settings: { uri: string; user: string; password: string };
  /** Milliseconds the server took to start. */
  startMs: number;
  stop(): Promise<void>;
}

/** What the benchmark uses of the tests' launcher helper (test/setup/launcher.js, plain JavaScript). */
interface LauncherModule {
  launchNeo4j(options?: {
    timeoutMs?: number;
    throughput?: boolean;
  }): Promise<{ uri: string; user: string; password: string; process: ChildProcess; startMs: number }>;
  stopNeo4j(server: { process: ChildProcess }, graceMs?: number): Promise<void>;
}

const LAUNCHER = new URL('../test/setup/launcher.js', import.meta.url).href;

/**
 * Starts a throw-away Neo4j 5 server with the tests' launcher (neo4j-launcher/, built with Maven
 * when needed; Bolt on a free 127.0.0.1 port), sized as a server rather than for the tests' quick start
 * (optimising JIT, 2 GiB heap, 1 GiB page cache), and connects the Neo4j store to it.
 */
export async function startBenchNeo4j(
  connect: (settings: { uri: string; user: string; password: string }) => Promise<GraphStore> = (settings) =>
    Neo4jStore.connect({ ...settings, batchArticles: loadConfig().neo4j.batchArticles }),
): Promise<BenchNeo4j> {
  const launcher = (await import(LAUNCHER)) as LauncherModule;
  const server = await launcher.launchNeo4j({ timeoutMs: 180_000, throughput: true });
  let store: GraphStore;
  try {
    store = await connect({ uri: server.uri, user: server.user, password: server.password });
  } catch (error) {
    await launcher.stopNeo4j(server);
    throw error;
  }
  return {
    store,
    settings: { uri: server.uri, user: server.user, password: server.password },
    startMs: server.startMs,
    stop: async () => {
      try {
        await store.close();
      } finally {
        await launcher.stopNeo4j(server);
      }
    },
  };
}
