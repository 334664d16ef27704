import type { AppConfig } from '../config.js';
import { ConfigError } from '../config.js';
import { EmbeddedStore } from './embedded.js';
import type { GraphStore } from './port.js';

/** Opens the store the configuration names. */
export async function openStore(config: AppConfig): Promise<GraphStore> {
  switch (config.store) {
    case 'embedded':
      return EmbeddedStore.open({ path: config.dataPath });
    case 'neo4j':
      throw new ConfigError('KG_STORE=neo4j is not available in this build yet; use KG_STORE=embedded.');
  }
}
