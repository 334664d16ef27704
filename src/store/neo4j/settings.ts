import { ConfigError } from '../../config.js';

/**
 * NEO4J_BATCH_ARTICLES: how many articles one ingest transaction may hold (default
 * DEFAULT_BATCH_ARTICLES in store.ts). Larger batches share more of the commit and the round trips;
 * smaller ones hold locks on shared nodes for less time. Read by whoever reads the other NEO4J_* settings.
 */
export function neo4jBatchArticles(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env.NEO4J_BATCH_ARTICLES;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 10_000) {
    throw new ConfigError(`NEO4J_BATCH_ARTICLES must be a whole number from 1 to 10000, got "${raw}".`);
  }
  return value;
}
