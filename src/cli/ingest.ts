import { extractArticle } from '../extract/index.js';
import type { KnownEntity } from '../extract/types.js';
import type { GraphStore } from '../store/port.js';
import { collectArticleFiles, readArticleFile, type InputFailure } from './inputs.js';
import { createProgress } from './progress.js';

export interface IngestSummary {
  files: number;
  articlesAdded: number;
  duplicates: number;
  nodesAdded: number;
  edgesAdded: number;
  statementsAdded: number;
  failures: InputFailure[];
}

/** Extracts and ingests every article under the given paths into the store, flushing as it goes. */
export async function ingestPaths(
  store: GraphStore,
  paths: readonly string[],
  options: { date?: string; progress?: boolean; flushEveryMs?: number } = {},
): Promise<IngestSummary> {
  const { files, failures } = await collectArticleFiles(paths);
  const summary: IngestSummary = {
    files: files.length,
    articlesAdded: 0,
    duplicates: 0,
    nodesAdded: 0,
    edgesAdded: 0,
    statementsAdded: 0,
    failures,
  };
  const known: KnownEntity[] = await store.knownEntities();
  const progress = options.progress === false ? undefined : createProgress('ingest', files.length);
  const flushEveryMs = options.flushEveryMs ?? 1000;
  let lastFlush = Date.now();
  try {
    for (const file of files) {
      try {
        const input = await readArticleFile(file, { date: options.date });
        const graph = extractArticle(input, { known, date: options.date });
        const result = await store.ingest(graph);
        if (result.duplicate) summary.duplicates += 1;
        else summary.articlesAdded += 1;
        summary.nodesAdded += result.nodesAdded;
        summary.edgesAdded += result.edgesAdded;
        summary.statementsAdded += result.statementsAdded;
        known.push(...graph.entities.map(({ id, label, name, aliases }) => ({ id, label, name, aliases })));
      } catch (error) {
        summary.failures.push({ path: file, reason: (error as Error).message });
      }
      progress?.tick(file.split('/').pop());
      if (Date.now() - lastFlush >= flushEveryMs) {
        await store.flush();
        lastFlush = Date.now();
      }
    }
  } finally {
    progress?.stop();
    await store.flush();
  }
  return summary;
}

/** A human-readable summary of an ingest. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.articlesAdded} article(s) added, ${summary.duplicates} already present, ${summary.failures.length} failed, of ${summary.files} file(s)`,
    `${summary.nodesAdded} node(s), ${summary.edgesAdded} edge(s) and ${summary.statementsAdded} statement(s) added`,
  ];
  for (const f of summary.failures) lines.push(`failed: ${f.path}: ${f.reason}`);
  return lines.join('\n');
}
