import { stopNeo4j } from './launcher.js';

/** jest global teardown: stops the Neo4j server the global setup started, if any. */
export default async function globalTeardown() {
  /** @type {import('./launcher.js').LaunchedNeo4j | undefined} */
  const server = /** @type {Record<symbol, any>} */ (globalThis)[Symbol.for('newsgraph.neo4jTestServer')];
  if (!server) return;
  const started = Date.now();
  await stopNeo4j(server);
  process.stderr.write(`neo4j: test server stopped in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
