import type { ArticleGraph } from '../src/graph/model.js';
import { InOrderWindow } from '../dist/ingest/window.js';
import { EmbeddedStore } from '../dist/store/embedded.js';
import type { GraphStore } from '../src/store/port.js';
import { median, now, round } from './stats.js';

export interface IngestFigures {
  store: string;
  articles: number;
  /** Relation records ingested (an edge stated in two articles counts twice). */
  relations: number;
  /** Distinct edges in the store afterwards. */
  edges: number;
  runs: number;
  runMs: number[];
  medianMs: number;
  articlesPerSecond: number;
  /** Relation records ingested per second. */
  edgesPerSecond: number;
  /** Neo4j: milliseconds the throw-away server took to start (not part of the ingest time). */
  serverStartMs?: number;
}

const EMPTY = { articles: [], entities: [], relations: [], statements: [] };

/**
 * Times ingesting already-extracted article graphs into a store, one article per call with up to the
 * store's ingest window of calls in flight, finished in order, as `kg ingest` does (see
 * IngestSession.start), emptying the store before each run; extraction is not included.
 */
export async function measureIngest(
  name: string,
  store: GraphStore,
  graphs: readonly ArticleGraph[],
  options: { warmup: number; runs: number; warmupArticles?: number },
): Promise<IngestFigures> {
  const runMs: number[] = [];
  for (let run = 0; run < options.warmup + options.runs; run += 1) {
    await store.load(EMPTY);
    await store.flush();
    const batch =
      run < options.warmup && options.warmupArticles !== undefined ? graphs.slice(0, options.warmupArticles) : graphs;
    const start = now();
    const window = new InOrderWindow<Promise<unknown>>(store.ingestWindow, async (stored) => void (await stored));
    for (const graph of batch) await window.push(store.ingest(graph));
    await window.drain();
    await store.flush();
    if (run >= options.warmup) runMs.push(now() - start);
  }
  const stats = await store.stats();
  const ms = median(runMs);
  const relations = graphs.reduce((sum, g) => sum + g.relations.length, 0);
  return {
    store: name,
    articles: graphs.length,
    relations,
    edges: stats.edges,
    runs: runMs.length,
    runMs: runMs.map((t) => round(t, 4)),
    medianMs: round(ms, 4),
    articlesPerSecond: round(graphs.length / (ms / 1000)),
    edgesPerSecond: round(relations / (ms / 1000)),
  };
}

/** Ingest into a fresh in-memory embedded store (no file: the snapshot write is measured separately). */
export async function measureEmbeddedIngest(
  graphs: readonly ArticleGraph[],
  options: { warmup: number; runs: number },
): Promise<IngestFigures> {
  return measureIngest('embedded (graphology, in memory)', await EmbeddedStore.open(), graphs, options);
}
