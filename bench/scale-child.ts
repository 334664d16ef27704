/**
 * One corpus size of the scale benchmark, in its own process so that memory figures are its own.
 * `build`: generate, extract and ingest N articles into the embedded store, save the snapshot, draw
 * query samples. `load`: open the snapshot. Prints one JSON line on stdout.
 */
import { writeFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { extractArticle, KnownEntities } from '../dist/extract/index.js';
import { EmbeddedStore } from '../dist/store/embedded.js';
import { buildWorld, generateCorpus } from './corpus.js';
import { drawSamples } from './samples.js';
import { collectGarbage, memoryFigures, type MemoryFigures } from './memory.js';
import { now, round, utf8Bytes } from './stats.js';

export interface BuildRequest {
  mode: 'build';
  /**
   * `cli`: each article is resolved against the entities of the articles before it, as `kg ingest`
   * does; `none`: each article is extracted alone (the store still merges entities by id).
   */
  resolution: 'cli' | 'none';
  count: number;
  seed: number;
  snapshot: string;
  samples: string;
}

export interface LoadRequest {
  mode: 'load';
  snapshot: string;
}

export interface BuildResult {
  articles: number;
  bytes: number;
  generateMs: number;
  extractMs: number;
  ingestMs: number;
  saveMs: number;
  snapshotMiB: number;
  nodes: number;
  edges: number;
  statements: number;
  relationsIngested: number;
  memory: MemoryFigures;
}

export interface LoadResult {
  loadMs: number;
  nodes: number;
  edges: number;
  memory: MemoryFigures;
}

async function build(request: BuildRequest): Promise<BuildResult> {
  // Articles are generated one at a time, as kg ingest reads one file at a time: the build holds the
  // graph, not the corpus.
  const world = buildWorld(request.seed);
  const store = await EmbeddedStore.open({ path: request.snapshot });
  let known = new KnownEntities(await store.knownEntities());
  let generateMs = 0;
  let extractMs = 0;
  let ingestMs = 0;
  let relationsIngested = 0;
  let bytes = 0;
  for (let i = 0; i < request.count; i += 1) {
    if (i > 0 && i % 1000 === 0) {
      process.stderr.write(
        `progress ${i}/${request.count} articles, extract ${round(extractMs / 1000)} s, store ${round(ingestMs / 1000)} s\n`,
      );
    }
    const start = now();
    const [article] = generateCorpus({ seed: request.seed, count: 1, offset: i }, world);
    bytes += utf8Bytes([article!.input.text]);
    const generated = now();
    generateMs += generated - start;
    const graph = extractArticle(article!.input, request.resolution === 'cli' ? { known } : {});
    const extracted = now();
    await store.ingest(graph);
    ingestMs += now() - extracted;
    extractMs += extracted - generated;
    relationsIngested += graph.relations.length;
    if (request.resolution === 'cli') for (const e of graph.entities) known.add(e);
  }
  // Drops the index before the memory figures, so that they measure the store alone.
  // eslint-disable-next-line no-useless-assignment
  known = new KnownEntities();
  const memory = memoryFigures();
  const saveStart = now();
  await store.flush();
  const saveMs = now() - saveStart;
  const stats = await store.stats();
  const about = new Map<string, number>();
  for (const s of (await store.dump()).statements) if (s.about) about.set(s.about, (about.get(s.about) ?? 0) + 1);
  await writeFile(request.samples, JSON.stringify(drawSamples(store.knowledgeGraph, about, request.seed, 200)));
  return {
    articles: stats.articles,
    bytes,
    generateMs: round(generateMs, 4),
    extractMs: round(extractMs, 4),
    ingestMs: round(ingestMs, 4),
    saveMs: round(saveMs, 4),
    snapshotMiB: round((await stat(request.snapshot)).size / 2 ** 20),
    nodes: stats.nodes,
    edges: stats.edges,
    statements: stats.statements,
    relationsIngested,
    memory,
  };
}

async function load(request: LoadRequest): Promise<LoadResult> {
  collectGarbage();
  const start = now();
  const store = await EmbeddedStore.open({ path: request.snapshot });
  const loadMs = now() - start;
  const stats = await store.stats();
  return { loadMs: round(loadMs, 4), nodes: stats.nodes, edges: stats.edges, memory: memoryFigures() };
}

const request = JSON.parse(process.argv[2] ?? '{}') as BuildRequest | LoadRequest;
const result = request.mode === 'build' ? await build(request) : await load(request);
process.stdout.write(`${JSON.stringify(result)}\n`);
