/**
 * `tsx bench/neo4j-scale.ts [--articles 10000] [--marks 1000,3000,10000] [--window N] [--reads 200] [--store-module PATH] [--load] [--connections 10] [--duration 10]`:
 * Neo4j ingest throughput as the store grows, and read latencies on the grown graph.
 *
 * Articles come from the benchmark corpus, extracted as `kg ingest` does (each resolved against the
 * entities before it) and cached in the system's temporary folder. They are ingested into a throw-away
 * server with up to `window` calls in flight, finished in order (default: the store's ingest window, as `kg ingest`
 * keeps; the store batches them: NEO4J_BATCH_ARTICLES), and the
 * elapsed time is taken at each mark; the growth exponent is fitted over the marks (1 = linear).
 * Then lookup, search, commentators, 2-hop neighbourhood and path are each timed on `reads` samples
 * (p50, p99) as store calls one at a time, then as GraphQL requests from `--connections` clients for
 * `--duration` seconds each (neo4j-serve.ts). `--store-module` runs another build of the store (e.g. the layout-1 one, for comparison);
 * `--load` fills it with load(dump) instead of ingesting (for a store too slow to ingest that many).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle, KnownEntities } from '../dist/extract/index.js';
import { buildKnowledgeGraph } from '../dist/graph/serialize.js';
import { InOrderWindow } from '../dist/ingest/window.js';
import type { ArticleGraph } from '../src/graph/model.js';
import type { GraphStore } from '../src/store/port.js';
import { buildWorld, generateCorpus } from './corpus.js';
import { startBenchNeo4j } from './neo4j.js';
import { loadOverNeo4j } from './neo4j-serve.js';
import { drawSamples } from './samples.js';
import { growthExponent, now, round } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    marks: { type: 'string', default: '1000,3000,10000' },
    window: { type: 'string' },
    reads: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    'store-module': { type: 'string' },
    load: { type: 'boolean', default: false },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
  },
});
const count = Number(values.articles);
const marks = values.marks
  .split(',')
  .map(Number)
  .filter((m) => m <= count);
const seed = Number(values.seed);
/** Reads as the GraphQL API makes them: without provenance, which none of the shapes asks for (port.ts ReadOptions). */
const HEADS = { provenance: false };
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** The corpus's first `count` articles extracted with cross-article resolution, cached on disk. */
async function extractedGraphs(): Promise<ArticleGraph[]> {
  const cache = join(tmpdir(), `newsgraph-neo4j-scale-${seed}-${count}.json`);
  if (existsSync(cache)) return JSON.parse(await readFile(cache, 'utf8')) as ArticleGraph[];
  // Article i is the same in every corpus of the seed: a longer cached run serves a shorter one.
  const longer = join(tmpdir(), `newsgraph-neo4j-scale-${seed}-10000.json`);
  if (count < 10_000 && existsSync(longer))
    return (JSON.parse(await readFile(longer, 'utf8')) as ArticleGraph[]).slice(0, count);
  const world = buildWorld(seed);
  const known = new KnownEntities();
  const graphs: ArticleGraph[] = [];
  for (let i = 0; i < count; i += 1) {
    const [article] = generateCorpus({ seed, count: 1, offset: i }, world);
    const graph = extractArticle(article!.input, { known });
    for (const e of graph.entities) known.add(e);
    graphs.push(graph);
    if ((i + 1) % 2000 === 0) log(`extracted ${i + 1}/${count}`);
  }
  await writeFile(cache, JSON.stringify(graphs));
  return graphs;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function latencies(
  n: number,
  run: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p99: number; mean: number }> {
  for (let i = 0; i < Math.min(20, n); i += 1) await run(i);
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = now();
    await run(i);
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (x: number): number => Math.round(x * 10) / 10;
  return {
    p50: ms(percentile(times, 50)),
    p99: ms(percentile(times, 99)),
    mean: ms(times.reduce((a, b) => a + b, 0) / n),
  };
}

async function ingestAll(
  store: GraphStore,
  graphs: readonly ArticleGraph[],
  size: number,
): Promise<{ n: number; ms: number }[]> {
  const points: { n: number; ms: number }[] = [];
  const window = new InOrderWindow<Promise<unknown>>(size, async (stored) => void (await stored));
  const start = now();
  let done = 0;
  for (const mark of marks) {
    for (; done < mark; done += 1) await window.push(store.ingest(graphs[done]!));
    await window.drain();
    const ms = now() - start;
    points.push({ n: mark, ms: Math.round(ms) });
    log(`${mark} articles in ${round(ms / 1000)} s: ${round(mark / (ms / 1000))} articles/s overall`);
  }
  return points;
}

const graphs = await extractedGraphs();
log(`${graphs.length} extracted articles`);
const connect = values['store-module']
  ? async (settings: { uri: string; user: string; password: string }): Promise<GraphStore> => {
      const module = (await import(values['store-module']!)) as {
        Neo4jStore: { connect(s: object): Promise<GraphStore> };
      };
      return module.Neo4jStore.connect(settings);
    }
  : undefined;
const neo4j = await startBenchNeo4j(connect);
const windowSize = values.window ? Number(values.window) : neo4j.store.ingestWindow;
try {
  const store = neo4j.store;
  let ingest: { points: { n: number; ms: number }[]; exponent: number | null } | undefined;
  if (values.load) {
    const reference = await (await import('../dist/store/embedded.js')).EmbeddedStore.open();
    for (const g of graphs) await reference.ingest(g);
    const start = now();
    await store.load(await reference.dump());
    log(`loaded ${graphs.length} articles in ${round((now() - start) / 1000)} s`);
  } else {
    const points = await ingestAll(store, graphs, windowSize);
    ingest = { points, exponent: growthExponent(points.map((p) => ({ x: p.n, y: p.ms }))) };
    log(`growth exponent over ${marks.join('/')}: ${ingest.exponent === null ? '-' : round(ingest.exponent, 3)}`);
  }
  const stats = await store.stats();
  const dump = await store.dump();
  const about = new Map<string, number>();
  for (const s of dump.statements) if (s.about) about.set(s.about, (about.get(s.about) ?? 0) + 1);
  const samples = drawSamples(buildKnowledgeGraph(dump.entities, dump.relations), about, seed, Number(values.reads));
  const n = Number(values.reads);
  const reads = {
    lookup: await latencies(n, (i) => store.getEntities([samples.entities[i]!], HEADS)),
    search: await latencies(n, (i) => store.searchEntities({ search: samples.searches[i]!, first: 10 }, HEADS)),
    commentators: await latencies(n, async (i) => {
      await store.getEntities([samples.commented[i]!], HEADS);
      return store.statementsOf([samples.commented[i]!], 'about');
    }),
    neighbourhood2: await latencies(n, (i) =>
      store.neighborhood({ id: samples.centres[i]!, hops: 2, limit: 50 }, HEADS),
    ),
    path: await latencies(Math.min(n, samples.pairs.length), (i) =>
      store.path({ from: samples.pairs[i]![0], to: samples.pairs[i]![1], maxHops: 4 }, HEADS),
    ),
  };
  // The same shapes through GraphQL, as the embedded store's figures in `npm run bench` are taken.
  const graphql = values['store-module']
    ? []
    : await loadOverNeo4j(
        neo4j.settings,
        samples,
        { connections: Number(values.connections), warmupSeconds: 5, durationSeconds: Number(values.duration) },
        log,
      );
  process.stdout.write(
    `${JSON.stringify({ store: values['store-module'] ?? 'current', batchArticles: process.env.NEO4J_BATCH_ARTICLES ?? 'default', window: windowSize, articles: stats.articles, nodes: stats.nodes, edges: stats.edges, statements: stats.statements, ingest, readsMs: reads, graphql }, null, 1)}\n`,
  );
} finally {
  await neo4j.stop();
}
