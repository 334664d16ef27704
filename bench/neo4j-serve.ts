import { startChild } from './child.js';
import { loadTest, probe, realQueries, type LoadFigures } from './graphql.js';
import type { QuerySamples } from './samples.js';
import type { ServerInfo } from './server-child.js';

/** Request timeout of the served API: long enough for the first snapshot of a 10k-article graph. */
const SNAPSHOT_TIMEOUT_MS = 300_000;

/** How a Neo4j server is reached. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
}

/** How long and how hard each query is loaded. */
export interface LoadPlan {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/**
 * The bench's GraphQL shapes (graphql.ts) against the project's server over a Neo4j store, served
 * from a child process as `kg serve --store neo4j` would be, each loaded from this process (autocannon).
 * A shape whose probe fails is reported by `log` and left out. The probes run with a long request
 * timeout: commentators asks for the snapshot of the whole graph (participants of events, see
 * analysis/snapshot.ts), which the first request after a change builds from a dump of the store, longer
 * than the default 10 s on a 10k-article Neo4j graph; the load then measures the steady state.
 */
export async function loadOverNeo4j(
  settings: Neo4jSettings,
  samples: QuerySamples,
  plan: LoadPlan,
  log: (line: string) => void,
): Promise<LoadFigures[]> {
  const server = await startChild<ServerInfo>(
    './server-child.ts',
    { kind: 'neo4j', ...settings },
    { timeoutMs: 120_000, env: { KG_REQUEST_TIMEOUT_MS: String(SNAPSHOT_TIMEOUT_MS) } },
  );
  const figures: LoadFigures[] = [];
  try {
    for (const query of realQueries(samples)) {
      const checked = await probe(server.info.url, query);
      if (!checked.ok) {
        log(`GraphQL on Neo4j: ${query.name} fails, not loaded: ${checked.detail}`);
        continue;
      }
      await loadTest(server.info.url, query, { connections: plan.connections, durationSeconds: plan.warmupSeconds });
      const result = await loadTest(server.info.url, query, {
        connections: plan.connections,
        durationSeconds: plan.durationSeconds,
      });
      log(
        `GraphQL on Neo4j: ${query.name} @${plan.connections}: p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms, ${result.requestsPerSecond} req/s, ${result.errors} errors`,
      );
      figures.push(result);
    }
  } finally {
    await server.stop();
  }
  return figures;
}
