import type { AppConfig } from '../config.js';
import { EmbeddedStore } from './embedded.js';
import { StoreConnectionError } from './errors.js';
import { isUnreachable } from './neo4j/connection.js';
import { Neo4jStore } from './neo4j/index.js';
import type { GraphStore } from './port.js';

/** Opens the store the configuration names; a Neo4j server that cannot be reached gives a StoreConnectionError naming the setting. */
export async function openStore(config: AppConfig): Promise<GraphStore> {
  switch (config.store) {
    case 'embedded':
      return EmbeddedStore.open({ path: config.dataPath });
    case 'neo4j':
      return Neo4jStore.connect(config.neo4j);
  }
}

/** True for an error that waiting may cure: the store's server cannot be reached (not: bad credentials). */
export function isTransientConnectionError(error: unknown): boolean {
  return error instanceof StoreConnectionError && isUnreachable(error.cause);
}
