import type { AppConfig } from '../config.js';
import { EmbeddedStore } from './embedded.js';
import { StoreConnectionError } from './errors.js';
import { isUnreachable } from './neo4j/connection.js';
import { migrateNeo4jStore, Neo4jStore, type Neo4jConnectOptions } from './neo4j/index.js';
import type { GraphStore } from './port.js';

/**
 * Opens the store the configuration names; a Neo4j server that cannot be reached gives a StoreConnectionError
 * naming the setting. `failFast` (for `kg serve`) makes a Neo4j store answer StoreUnavailableError at once while
 * its server is down, rather than wait for it (see Neo4jConnectOptions).
 */
export async function openStore(config: AppConfig, options: Neo4jConnectOptions = {}): Promise<GraphStore> {
  switch (config.store) {
    case 'embedded':
      return EmbeddedStore.open({ path: config.dataPath });
    case 'neo4j':
      return Neo4jStore.connect(config.neo4j, options);
  }
}

/** True for an error that waiting may cure: the store's server cannot be reached (not: bad credentials). */
export function isTransientConnectionError(error: unknown): boolean {
  return error instanceof StoreConnectionError && isUnreachable(error.cause);
}

/**
 * Brings the configured store to the current layout and says what was done, in one line. The embedded
 * store file carries its format and is read in any version, so only Neo4j has anything to migrate.
 */
export async function migrateStore(config: AppConfig): Promise<string> {
  if (config.store === 'embedded') return `the embedded store (${config.dataPath}) needs no migration.`;
  const report = await migrateNeo4jStore(config.neo4j);
  if (report.from === report.to) return `the Neo4j store is already at layout ${report.to}: nothing to do.`;
  return `migrated the Neo4j store from layout ${report.from} to ${report.to}: ${report.entities} entities, ${report.relations} relations, ${report.statements} statements.`;
}
