import type { AppConfig } from '../config.js';
import type { GraphStore, StoreStats } from '../store/port.js';

/** A copy was refused or came out different from its source; the message says what to do. */
class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

/** What one copy did. */
export interface CopySummary {
  from: string;
  to: string;
  stats: StoreStats;
  ms: number;
}

/** Where a store of the configuration lives, for messages. */
export function describeStore(config: AppConfig): string {
  return config.store === 'embedded' ? `embedded (${config.dataPath})` : `neo4j (${config.neo4j.uri})`;
}

/**
 * Replaces the target's content with the source's (dump, then load), adds the source's corrections log
 * to the target's, and checks that the counts agree.
 * A target that holds anything is left alone unless `force` is set.
 */
export async function copyStore(
  source: GraphStore,
  target: GraphStore,
  options: { force: boolean; from: string; to: string },
): Promise<CopySummary> {
  const started = Date.now();
  const before = await target.stats();
  if (!options.force && before.articles + before.nodes + before.statements > 0) {
    throw new CopyError(
      `${options.to} already holds ${before.articles} article(s) and ${before.nodes} node(s); the copy would replace them. Pass --force to replace them.`,
    );
  }
  const dump = await source.dump();
  const expected = await source.stats();
  await target.load(dump);
  // The corrections log goes along, so that the target keeps applying it to what is ingested later.
  for (const correction of await source.corrections()) await target.putCorrection(correction);
  await target.flush();
  const copied = await target.stats();
  if (JSON.stringify(copied) !== JSON.stringify(expected)) {
    throw new CopyError(
      `The copy in ${options.to} differs from ${options.from}: ${JSON.stringify(copied)} instead of ${JSON.stringify(expected)}. Run the copy again.`,
    );
  }
  return { from: options.from, to: options.to, stats: copied, ms: Date.now() - started };
}

/** A one-line report of a copy. */
export function formatCopySummary(summary: CopySummary): string {
  const { stats } = summary;
  return `copied ${stats.articles} article(s), ${stats.nodes} node(s), ${stats.edges} edge(s) and ${stats.statements} statement(s) from ${summary.from} to ${summary.to} in ${(summary.ms / 1000).toFixed(1)} s`;
}
