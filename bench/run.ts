/**
 * `npm run bench [-- --quick] [-- --no-neo4j] [-- --seed N] [-- --profile DIR] [-- --scale-resolution cli|none]`: extraction throughput beside two
 * anchors, ingest into the embedded store and Neo4j, `kg watch` throughput on a local feed, `kg ingest` with and without worker threads, GraphQL latency and throughput beside a bare
 * graphql-yoga floor, and memory and snapshot times against corpus size. Full runs write
 * bench/results.json and the results section of docs/benchmarks.md; quick runs print and write to the
 * temporary folder. `--profile DIR` writes CPU profiles of the child processes (scale builds and
 * loads, servers) into DIR; profile the in-process extraction with `node --cpu-prof --import tsx bench/run.ts`.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractCorpus, type ArticleInput } from '../dist/extract/index.js';
import type { ArticleGraph } from '../src/graph/model.js';
import { BenchChildError, runChild, startChild } from './child.js';
import { generateCorpus } from './corpus.js';
import { measureExtraction, measureResolutionGrowth } from './extraction.js';
import { FLOOR_QUERY, loadTest, probe, realQueries, type LoadFigures } from './graphql.js';
import { measureEmbeddedIngest, measureIngest, type IngestFigures } from './ingest.js';
import { machineInfo, sourceRevision } from './machine.js';
import { measureWatch } from './watch.js';
import { measureParallelIngest } from './parallel.js';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j.js';
import { planFor, type BenchPlan } from './plan.js';
import {
  evaluateTargets,
  renderMarkdown,
  updateBenchmarksFile,
  type GraphqlRun,
  type Results,
  type ScaleFailure,
  type ScalePoint,
} from './report.js';
import type { QuerySamples } from './samples.js';
import type { BuildResult, LoadResult } from './scale-child.js';
import type { ServerInfo } from './server-child.js';
import { growthExponent, round } from './stats.js';

const ROOT = new URL('..', import.meta.url);

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function readSeeds(): Promise<ArticleInput[]> {
  const folder = new URL('seeds/', ROOT);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (f) => ({ text: await readFile(new URL(f, folder), 'utf8'), path: `seeds/${f}` })),
  );
}

/** Ingests into Neo4j; returns the figures and the server's shutdown (awaited later in quick runs). */
async function neo4jIngest(
  plan: BenchPlan,
  extracted: readonly ArticleGraph[],
  server: Promise<BenchNeo4j>,
): Promise<{ figures: IngestFigures; stopped: Promise<void> }> {
  const graphs = extracted.slice(0, plan.neo4jArticles);
  const neo4j = await server;
  let stopped: Promise<void> | undefined;
  try {
    log(
      `Neo4j: started in ${round(neo4j.startMs / 1000)} s; ingesting ${graphs.length} articles, ${plan.neo4jRuns} run(s)`,
    );
    const figures = await measureIngest('neo4j (Neo4j 5 Community, Bolt on loopback)', neo4j.store, graphs, {
      warmup: 1,
      runs: plan.neo4jRuns,
      warmupArticles: plan.neo4jWarmupArticles,
    });
    log(`Neo4j: ${figures.articlesPerSecond} articles/s, ${figures.edgesPerSecond} relation records/s; stopping it`);
    stopped = neo4j.stop();
    return { figures: { ...figures, serverStartMs: round(neo4j.startMs, 4) }, stopped };
  } finally {
    if (!stopped) await neo4j.stop();
  }
}

async function scale(
  plan: BenchPlan,
  folder: string,
  nodeArgs: string[],
): Promise<{ points: ScalePoint[]; failures: ScaleFailure[] }> {
  const points: ScalePoint[] = [];
  const failures: ScaleFailure[] = [];
  for (const articles of plan.scaleSizes) {
    const snapshot = join(folder, `graph-${articles}.json`);
    const samples = join(folder, `samples-${articles}.json`);
    log(
      `scale: generating, extracting and ingesting ${articles} articles in a child process (at most ${plan.scaleTimeoutMinutes} min)`,
    );
    try {
      const build = await runChild<BuildResult>(
        './scale-child.ts',
        { mode: 'build', resolution: plan.scaleResolution, count: articles, seed: plan.seed, snapshot, samples },
        {
          timeoutMs: plan.scaleTimeoutMinutes * 60_000,
          nodeArgs,
          onProgress: (line) => log(`scale ${articles}: ${line}`),
        },
      );
      log(
        `scale: extract ${round(build.extractMs / 1000)} s, store ${round(build.ingestMs / 1000)} s, save ${round(build.saveMs / 1000)} s; loading the ${build.snapshotMiB} MiB snapshot in a fresh process`,
      );
      const load = await runChild<LoadResult>(
        './scale-child.ts',
        { mode: 'load', snapshot },
        { timeoutMs: plan.scaleTimeoutMinutes * 60_000, nodeArgs },
      );
      points.push({ articles, snapshot, samples, build, load });
    } catch (error) {
      if (!(error instanceof BenchChildError)) throw error;
      log(`scale: ${articles} articles FAILED: ${error.message.split('\n')[0]}`);
      failures.push({ articles, error: error.message });
      break;
    }
  }
  return { points, failures };
}

async function graphqlRuns(
  plan: BenchPlan,
  points: readonly ScalePoint[],
  nodeArgs: string[],
): Promise<{ runs: GraphqlRun[]; floor: LoadFigures[] }> {
  const runs: GraphqlRun[] = [];
  for (const articles of plan.graphqlSizes) {
    const point = points.find((p) => p.articles === articles);
    if (!point) {
      log(`GraphQL: no ${articles}-article graph (its build failed or it is not among the scale sizes), not measured`);
      continue;
    }
    const samples = JSON.parse(await readFile(point.samples, 'utf8')) as QuerySamples;
    log(`GraphQL: serving the ${articles}-article graph from a child process`);
    const server = await startChild<ServerInfo>(
      './server-child.ts',
      { kind: 'real', snapshot: point.snapshot },
      { timeoutMs: 5 * 60_000, nodeArgs },
    );
    try {
      const figures: LoadFigures[] = [];
      const probes: GraphqlRun['probes'] = [];
      for (const query of realQueries(samples)) {
        const checked = await probe(server.info.url, query);
        probes.push({ query: query.name, ...checked });
        if (!checked.ok) {
          log(`GraphQL: ${query.name} fails, not loaded: ${checked.detail}`);
          continue;
        }
        for (const connections of plan.connections) {
          await loadTest(server.info.url, query, { connections, durationSeconds: plan.warmupSeconds });
          const result = await loadTest(server.info.url, query, { connections, durationSeconds: plan.durationSeconds });
          log(
            `GraphQL ${articles}: ${query.name} @${connections}: p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms, ${result.requestsPerSecond} req/s`,
          );
          figures.push(result);
        }
      }
      runs.push({ articles, nodes: point.build.nodes, edges: point.build.edges, server: server.info, probes, figures });
    } finally {
      await server.stop();
    }
  }
  log('GraphQL: bare graphql-yoga floor');
  const floorServer = await startChild<ServerInfo>('./server-child.ts', { kind: 'floor' }, { timeoutMs: 60_000 });
  const floor: LoadFigures[] = [];
  try {
    for (const connections of plan.connections) {
      await loadTest(floorServer.info.url, FLOOR_QUERY, { connections, durationSeconds: plan.warmupSeconds });
      const result = await loadTest(floorServer.info.url, FLOOR_QUERY, {
        connections,
        durationSeconds: plan.durationSeconds,
      });
      log(
        `GraphQL floor @${connections}: p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms, ${result.requestsPerSecond} req/s`,
      );
      floor.push(result);
    }
  } finally {
    await floorServer.stop();
  }
  return { runs, floor };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'no-neo4j': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      profile: { type: 'string' },
      'scale-resolution': { type: 'string' },
    },
  });
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const resolution = values['scale-resolution'];
  if (resolution !== undefined && resolution !== 'cli' && resolution !== 'none') {
    throw new Error(
      `--scale-resolution must be "cli" (as kg ingest) or "none" (each article alone), got "${resolution}".`,
    );
  }
  const plan: BenchPlan = {
    ...planFor(values.quick ? 'quick' : 'full', Number(values.seed)),
    ...(resolution ? { scaleResolution: resolution } : {}),
  };
  if (!Number.isInteger(plan.seed)) throw new Error(`--seed must be a whole number, got "${values.seed}".`);
  const started = Date.now();
  const machine = machineInfo();
  const revision = sourceRevision();
  log(
    `${plan.mode} run on ${machine.cpus} CPU(s), node ${machine.node}, source ${revision.commit}${revision.dirty ? ' + uncommitted changes' : ''}`,
  );

  let neo4jServer: Promise<BenchNeo4j> | undefined;
  const startNeo4j = (): Promise<BenchNeo4j> => {
    log('Neo4j: starting a throw-away server');
    neo4jServer = startBenchNeo4j();
    return neo4jServer;
  };
  if (!values['no-neo4j'] && plan.neo4jInBackground) {
    log('Neo4j: quick run, starting it in the background while extraction is measured (which disturbs those figures)');
    void startNeo4j().catch(() => undefined);
  }

  const seeds = await readSeeds();
  const generated = generateCorpus({ seed: plan.seed, count: plan.extractionArticles }).map((a) => a.input);
  log(`extraction: ${seeds.length} seed articles`);
  const extraction = [measureExtraction('seeds', seeds, plan)];
  log(`extraction: ${generated.length} generated articles (compromise: ${plan.compromiseRuns} run(s), slow)`);
  extraction.push(measureExtraction(`generated (${generated.length})`, generated, plan));
  log(
    `extraction: extractCorpus cost growth over the first ${plan.resolutionGrowthSizes.join(', ')} generated articles (and all ${generated.length})`,
  );
  const wholeCorpus = extraction[1]!.engines.find((e) => e.engine.startsWith('extractCorpus'))!.medianMs;
  const resolutionGrowth = measureResolutionGrowth(generated, plan.resolutionGrowthSizes, wholeCorpus);
  log(
    `  ${resolutionGrowth.points.map((p) => `${p.articles}: ${round(p.ms / 1000)} s`).join(', ')}; exponent ${resolutionGrowth.exponent}`,
  );
  for (const e of extraction) {
    log(`  ${e.corpus}: ${e.engines.map((x) => `${x.engine.split(' ')[0]} ${x.mbPerSecond} MB/s`).join(', ')}`);
  }

  log(`ingest: ${generated.length} extracted articles into the embedded store`);
  const extracted = extractCorpus(generated);
  const ingest = [await measureEmbeddedIngest(extracted, plan)];
  let neo4jStopped: Promise<void> = Promise.resolve();
  let neo4jSkipped: string | undefined;
  if (values['no-neo4j']) {
    neo4jSkipped = 'skipped: --no-neo4j was given';
    log('Neo4j: SKIPPED because --no-neo4j was given; no Neo4j figures in this run.');
  } else {
    const neo4j = await neo4jIngest(plan, extracted, neo4jServer ?? startNeo4j());
    ingest.push(neo4j.figures);
    neo4jStopped = neo4j.stopped;
    if (!plan.neo4jInBackground) await neo4jStopped;
  }

  log(`kg watch: one round over a local feed of ${plan.watchItems} generated articles`);
  const watch = await measureWatch(generateCorpus({ seed: plan.seed, count: plan.watchItems }).map((a) => a.input));
  log(
    `kg watch: ${watch.ingested} ingested in ${round(watch.roundMs / 1000)} s, ${watch.itemsPerSecond} items/s; unchanged round ${round(watch.unchangedRoundMs)} ms`,
  );
  log(
    `parallel ingest: kg ingest of ${plan.parallelArticles} generated articles with --workers ${plan.parallelWorkers.join(', ')}, ${plan.parallelRuns} run(s) each, in fresh processes`,
  );
  const parallel = await measureParallelIngest({
    seed: plan.seed,
    articles: plan.parallelArticles,
    runs: plan.parallelRuns,
    warmup: plan.parallelWarmup,
    workers: plan.parallelWorkers,
    log: (message) => log(`  ${message}`),
  });
  log(
    `  speed-up ${parallel.speedups.map((p) => `${p.speedup}× at ${p.workers} workers`).join(', ')}; stores identical: ${parallel.identical}`,
  );

  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const { points, failures } = await scale(plan, folder, nodeArgs);
    const { runs, floor } = await graphqlRuns(plan, points, nodeArgs);
    const growth = {
      extract: growthExponent(points.map((p) => ({ x: p.articles, y: p.build.extractMs }))),
      ingest: growthExponent(points.map((p) => ({ x: p.articles, y: p.build.ingestMs }))),
      save: growthExponent(points.map((p) => ({ x: p.articles, y: p.build.saveMs }))),
      load: growthExponent(points.map((p) => ({ x: p.articles, y: p.load.loadMs }))),
      snapshotSize: growthExponent(points.map((p) => ({ x: p.articles, y: p.build.snapshotMiB }))),
      loadedHeap: growthExponent(points.map((p) => ({ x: p.articles, y: p.load.memory.heapUsedMiB }))),
    };
    const results: Results = {
      version: 1,
      mode: plan.mode,
      date: new Date().toISOString(),
      durationSeconds: round((Date.now() - started) / 1000),
      revision,
      machine: { ...machine, loadAverageEnd: machineInfo().loadAverage },
      plan,
      extraction,
      resolutionGrowth,
      ingest,
      parallel,
      neo4jSkipped,
      watch,
      scale: points.map(({ articles, build, load }) => ({ articles, build, load })),
      scaleFailures: failures,
      growth: Object.fromEntries(Object.entries(growth).map(([k, v]) => [k, v === null ? null : round(v)])),
      graphql: runs,
      floor,
      targets: [],
    };
    results.targets = evaluateTargets(results);
    const markdown = renderMarkdown(results);
    process.stdout.write(`${markdown}\n`);
    if (plan.mode === 'full' && !values.out) {
      await writeFile(new URL('bench/results.json', ROOT), `${JSON.stringify(results, null, 2)}\n`);
      await updateBenchmarksFile(new URL('docs/benchmarks.md', ROOT), markdown);
      log('wrote bench/results.json and the results section of docs/benchmarks.md');
    } else {
      const out = values.out ?? join(tmpdir(), 'newsgraph-bench-quick.json');
      await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
      log(`wrote ${out} (quick runs leave bench/results.json and docs/benchmarks.md alone)`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
    await neo4jStopped;
  }
  log(`done in ${round((Date.now() - started) / 1000)} s`);
}

await main();
