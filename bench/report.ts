import { readFile, writeFile } from 'node:fs/promises';
import type { ExtractionResult, ResolutionGrowth } from './extraction.js';
import type { LoadFigures } from './graphql.js';
import type { IngestFigures } from './ingest.js';
import type { WatchFigures } from './watch.js';
import type { MachineInfo } from './machine.js';
import { PARALLEL_TARGET, type ParallelFigures } from './parallel.js';
import type { BenchPlan } from './plan.js';
import type { BuildResult, LoadResult } from './scale-child.js';
import type { ServerInfo } from './server-child.js';
import { round } from './stats.js';

export interface ScalePoint {
  articles: number;
  snapshot: string;
  samples: string;
  build: BuildResult;
  load: LoadResult;
}

/** A corpus size whose build or load failed (too slow, out of memory): reported, not hidden. */
export interface ScaleFailure {
  articles: number;
  error: string;
}

export interface GraphqlRun {
  articles: number;
  nodes: number;
  edges: number;
  server: ServerInfo;
  probes: { query: string; ok: boolean; detail: string }[];
  figures: LoadFigures[];
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  /** null when this run could not measure it (quick run, skipped part). */
  met: boolean | null;
}

export interface Results {
  version: 1;
  mode: 'full' | 'quick';
  date: string;
  durationSeconds: number;
  revision: { commit: string; dirty: boolean; subject: string };
  machine: MachineInfo & { loadAverageEnd: number[] };
  plan: BenchPlan;
  extraction: ExtractionResult[];
  resolutionGrowth: ResolutionGrowth;
  ingest: IngestFigures[];
  /** `kg ingest` with and without worker threads (absent from runs before it was measured). */
  parallel?: ParallelFigures;
  neo4jSkipped?: string;
  /** `kg watch` on a local feed (absent from runs made before it existed). */
  watch?: WatchFigures;
  scale: Omit<ScalePoint, 'snapshot' | 'samples'>[];
  scaleFailures: ScaleFailure[];
  /** Exponent b of cost ∝ articles^b over the scale sizes: 1 is linear. */
  growth: Record<string, number | null>;
  graphql: GraphqlRun[];
  floor: LoadFigures[];
  targets: Target[];
}

const LINEAR_TOLERANCE = 1.15;

function engine(result: ExtractionResult | undefined, prefix: string): ExtractionResult['engines'][number] | undefined {
  return result?.engines.find((e) => e.engine.startsWith(prefix));
}

/** Checks the issue's targets against a run's figures. */
export function evaluateTargets(results: Results): Target[] {
  const targets: Target[] = [];
  const generated = results.extraction.find((e) => e.corpus.startsWith('generated'));
  const perArticle = engine(generated, 'extractArticle');
  const asCorpus = engine(generated, 'extractCorpus');
  if (generated && perArticle && asCorpus) {
    const slowest = Math.min(perArticle.mbPerSecond, asCorpus.mbPerSecond);
    targets.push(
      {
        name: 'extraction throughput, generated news, one core',
        target: '≥ 2 MB/s',
        measured: `${perArticle.mbPerSecond} MB/s per article, ${asCorpus.mbPerSecond} MB/s as a corpus`,
        met: slowest >= 2,
      },
      {
        name: 'extraction vs regex floor',
        target: '≤ 10× slower',
        measured: `${generated.ratios.slowerThanRegexFloor}× (corpus: ${generated.ratios.corpusSlowerThanRegexFloor}×)`,
        met: Math.max(generated.ratios.slowerThanRegexFloor, generated.ratios.corpusSlowerThanRegexFloor) <= 10,
      },
      {
        name: 'extraction vs compromise',
        target: '≥ 20× faster',
        measured: `${generated.ratios.fasterThanCompromise}× (corpus: ${generated.ratios.corpusFasterThanCompromise}×)`,
        met: Math.min(generated.ratios.fasterThanCompromise, generated.ratios.corpusFasterThanCompromise) >= 20,
      },
    );
  }
  const parallel = results.parallel;
  const two = parallel?.speedups.find((p) => p.workers === 2);
  if (parallel && two) {
    targets.push({
      name: `kg ingest of ${parallel.articles} articles, 2 workers against 1 thread (${results.machine.cpus} CPUs)`,
      target: `≥ ${PARALLEL_TARGET}× faster, same store`,
      measured: `${two.speedup}×; store files ${parallel.identical ? 'identical' : '**different**'}`,
      met: !parallel.identical ? false : results.mode === 'full' ? two.speedup >= PARALLEL_TARGET : null,
    });
  }
  for (const failure of results.scaleFailures) {
    targets.push({
      name: `build and load the ${failure.articles}-article graph`,
      target: 'completes',
      measured: failure.error.split('\n')[0]!.slice(0, 200),
      met: false,
    });
  }
  const largest = results.scale.at(-1);
  const full = results.mode === 'full' && largest?.articles === 10000;
  if (largest) {
    const { build, load } = largest;
    const totalS = (build.extractMs + build.ingestMs + build.saveMs) / 1000;
    targets.push(
      {
        name: `ingest ${largest.articles} articles into the embedded store (extract + ingest + save)`,
        target: '< 60 s at 10,000',
        measured: `${round(totalS)} s (extract ${round(build.extractMs / 1000)} s${results.plan.scaleResolution === 'none' ? ' with each article alone' : ''}, store ${round(build.ingestMs / 1000)} s, save ${round(build.saveMs / 1000)} s)`,
        met: full ? totalS < 60 : null,
      },
      {
        name: `store ingest of ${largest.articles} extracted articles into the embedded store, and save`,
        target: '< 60 s at 10,000',
        measured: `${round((build.ingestMs + build.saveMs) / 1000)} s (store ${round(build.ingestMs / 1000)} s, save ${round(build.saveMs / 1000)} s)`,
        met: full ? build.ingestMs + build.saveMs < 60000 : null,
      },
      {
        name: `snapshot load, ${largest.articles} articles`,
        target: '< 5 s at 10,000',
        measured: `${round(load.loadMs / 1000)} s (${build.snapshotMiB} MiB)`,
        met: full ? load.loadMs < 5000 : null,
      },
    );
    const serving = results.graphql.find((g) => g.articles === largest.articles);
    const rss = Math.max(build.memory.peakRssMiB, load.memory.peakRssMiB, serving?.server.memory.rssMiB ?? 0);
    targets.push({
      name: `RSS at ${largest.articles} articles (peak of build, load and serving)`,
      target: '< 1 GiB at 10,000',
      measured: `${rss} MiB (build peak ${build.memory.peakRssMiB}, loaded ${load.memory.rssMiB}, server ${serving?.server.memory.rssMiB ?? '–'})`,
      met: full ? rss < 1024 : null,
    });
  }
  const exponents = [
    ...Object.entries(results.growth),
    ['cross-article extraction', results.resolutionGrowth.exponent] as const,
  ].filter((e): e is [string, number] => e[1] !== null);
  if (exponents.length > 0) {
    const worst = exponents.reduce((a, b) => (b[1] > a[1] ? b : a));
    targets.push({
      name: 'costs grow linearly or better with corpus size',
      target: `every exponent ≤ ${LINEAR_TOLERANCE} (1 = linear)`,
      measured: exponents.map(([k, v]) => `${k} ${v}`).join(', '),
      met: worst[1] <= LINEAR_TOLERANCE,
    });
  }
  const biggestGraph = results.graphql.at(-1);
  const floor10 = results.floor.find((f) => f.connections === 10);
  if (biggestGraph) {
    const graphFull = results.mode === 'full' && biggestGraph.articles === 10000;
    for (const name of ['entity lookup', '2-hop neighbourhood']) {
      const run = biggestGraph.figures.find((f) => f.query === name && f.connections === 10);
      targets.push({
        name: `GraphQL ${name} p99, ${biggestGraph.articles}-article graph, 10 connections`,
        target: '< 20 ms',
        measured: run ? `${run.latencyP99Ms} ms` : 'not measured (query failed)',
        met: run && graphFull ? run.latencyP99Ms < 20 : run ? null : false,
      });
      if (floor10) {
        targets.push({
          name: `GraphQL ${name} throughput vs bare-yoga floor, 10 connections`,
          target: '≥ 0.5× floor',
          measured: run
            ? `${run.requestsPerSecond} req/s vs ${floor10.requestsPerSecond} (${round(run.requestsPerSecond / floor10.requestsPerSecond)}×)`
            : 'not measured',
          met: run && graphFull ? run.requestsPerSecond >= floor10.requestsPerSecond / 2 : run ? null : false,
        });
      }
    }
  }
  return targets;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function s(ms: number): string {
  return String(round(ms / 1000));
}

/** The `kg watch` lines of the results section. */
function watchSection(w: WatchFigures): string[] {
  return [
    '### `kg watch` throughput (a local RSS feed, one round)',
    '',
    `One round over a feed of ${w.items} generated articles served as news pages by a node:http server on 127.0.0.1 in the bench process (sharing its core), no delay between requests, into an in-memory embedded store, after a warm-up round over 50 of them: robots.txt, the feed, each page over HTTP, HTML decoding, extraction, ingest, flushes and state writes.`,
    '',
    table(
      [
        'items',
        'ingested',
        'already present',
        'failed',
        'requests',
        'MB of HTML',
        'round s',
        'items/s',
        'unchanged round ms',
      ],
      [
        [
          w.items,
          w.ingested,
          w.duplicates,
          w.failed,
          w.requests,
          round(w.pageBytes / 1e6),
          s(w.roundMs),
          w.itemsPerSecond,
          round(w.unchangedRoundMs),
        ],
      ],
    ),
    '',
  ];
}

/** The results section of docs/benchmarks.md. */
export function renderMarkdown(r: Results): string {
  const parts: string[] = [];
  const m = r.machine;
  parts.push(
    `### Run`,
    '',
    `${r.mode} run, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.durationSeconds} s; source commit \`${r.revision.commit}\` (${r.revision.subject})${r.revision.dirty ? ', **with uncommitted changes in src/ (measured as they were)**' : ''}.`,
    `Machine: ${m.cpus} CPUs (\`nproc\`), ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}; load average ${m.loadAverage.join(' / ')} at the start, ${m.loadAverageEnd.join(' / ')} at the end.`,
    '',
    '```',
    `$ free -h`,
    m.free,
    '```',
    '',
    '### Extraction throughput (one core, medians)',
    '',
  );
  for (const e of r.extraction) {
    parts.push(
      `**${e.corpus}**: ${e.articles} articles, ${round(e.bytes / 1e6)} MB, ${e.words} words; the extractor found ${e.found.entities} entities, ${e.found.relations} relations, ${e.found.statements} statements (per-article records, before merging).`,
      '',
      table(
        ['engine', 'MB/s', 'articles/s', 'words/s', 'median ms', 'runs'],
        e.engines.map((x) => [x.engine, x.mbPerSecond, x.articlesPerSecond, x.wordsPerSecond, x.medianMs, x.runs]),
      ),
      '',
      `Extractor vs anchors: ${e.ratios.slowerThanRegexFloor}× slower than the regex floor (as a corpus ${e.ratios.corpusSlowerThanRegexFloor}×), ${e.ratios.fasterThanCompromise}× faster than compromise (as a corpus ${e.ratios.corpusFasterThanCompromise}×).`,
      '',
      `HTML decoding (the same articles as news pages with navigation, teasers and a footer; flatten, linkedom, Readability, metadata): ${e.html.pages} pages, ${round(e.html.bytes / 1e6)} MB of HTML at ${e.html.mbPerSecond} MB/s (median ${e.html.medianMs} ms); one ${round(e.html.deepPage.bytes / 1e6)} MB page nested ${e.html.deepPage.depth} deep in ${s(e.html.deepPage.ms)} s, one ${round(e.html.densePage.bytes / 1e6)} MB page of ${e.html.densePage.elements} elements in ${s(e.html.densePage.ms)} s (target ≤ 2 s each).`,
      '',
    );
  }
  parts.push(
    `Cross-article resolution cost (extractCorpus on the first N generated articles, one run each): ${r.resolutionGrowth.points.map((p) => `${p.articles} articles ${s(p.ms)} s`).join(', ')}; growth exponent ${r.resolutionGrowth.exponent ?? 'n/a'} (1 = linear, 2 = quadratic).`,
    '',
    '### Ingest (already extracted graphs, one article per call, up to the store ingest window in flight, medians)',
    '',
    table(
      ['store', 'articles', 'relation records', 'edges after', 'median s', 'articles/s', 'relation records/s', 'runs'],
      r.ingest.map((i) => [
        i.store,
        i.articles,
        i.relations,
        i.edges,
        s(i.medianMs),
        i.articlesPerSecond,
        i.edgesPerSecond,
        i.runs,
      ]),
    ),
    '',
  );
  if (r.neo4jSkipped) parts.push(`Neo4j: ${r.neo4jSkipped}.`, '');
  if (r.watch) parts.push(...watchSection(r.watch));
  const p = r.parallel;
  if (p) {
    const base = p.points[0]!;
    parts.push(
      '### `kg ingest` with worker threads (fresh processes, medians)',
      '',
      `${p.articles} generated articles (${round(p.bytes / 1e6)} MB) from a folder into a new embedded store, \`--flush-interval\` beyond the run (one save at the end); ${p.runs} timed run(s) of each setting, alternating; load average ${p.loadAverage.start.join(' / ')} before, ${p.loadAverage.end.join(' / ')} after. Store files byte-identical across all runs: ${p.identical ? 'yes' : '**no**'}.`,
      '',
      table(
        ['--workers', 'median s', 'articles/s', 'speed-up', 'runs s'],
        p.points.map((x) => [
          x.workers,
          s(x.medianMs),
          x.articlesPerSecond,
          x === base ? 1 : round(base.medianMs / x.medianMs),
          x.runMs.map((t) => s(t)).join(', '),
        ]),
      ),
      '',
    );
  }
  parts.push(
    '### Scale: time, memory and snapshot against corpus size',
    '',
    `Each size is built in its own process (generate → extract → ingest → save; ${r.plan.scaleResolution === 'cli' ? 'each article resolved against the entities of all the articles before it, as `kg ingest` does (the default, `--scale-resolution cli`)' : '**each article extracted alone** (`--scale-resolution none`; the store still merges entities by id)'}) and its snapshot loaded in another fresh process. RSS after a full GC.`,
    '',
    table(
      [
        'articles',
        'MB text',
        'nodes',
        'edges',
        'statements',
        'extract s',
        'store ingest s',
        'save s',
        'snapshot MiB',
        'load s',
        'RSS built MiB',
        'peak RSS build MiB',
        'RSS loaded MiB',
        'heap loaded MiB',
      ],
      r.scale.map(({ articles, build: b, load: l }) => [
        articles,
        round(b.bytes / 1e6),
        b.nodes,
        b.edges,
        b.statements,
        s(b.extractMs),
        s(b.ingestMs),
        s(b.saveMs),
        b.snapshotMiB,
        s(l.loadMs),
        b.memory.rssMiB,
        b.memory.peakRssMiB,
        l.memory.rssMiB,
        l.memory.heapUsedMiB,
      ]),
    ),
    '',
    `Growth exponents (cost ∝ articles^b, least squares over the sizes; 1 = linear): ${Object.entries(r.growth)
      .map(([k, v]) => `${k} ${v ?? 'n/a'}`)
      .join(', ')}.`,
    '',
    ...r.scaleFailures.map((f) => `**${f.articles} articles did not complete:** ${f.error.split('\n')[0]}\n`),
    '### GraphQL latency and throughput (autocannon from a second process, 127.0.0.1)',
    '',
  );
  const floorOf = (connections: number): LoadFigures | undefined => r.floor.find((f) => f.connections === connections);
  const rows: (string | number)[][] = [];
  for (const g of r.graphql) {
    for (const f of g.figures) {
      const floor = floorOf(f.connections);
      rows.push([
        `${g.articles} (${g.nodes} nodes, ${g.edges} edges)`,
        f.query,
        f.connections,
        f.latencyP50Ms,
        f.latencyP99Ms,
        f.requestsPerSecond,
        floor ? round(f.requestsPerSecond / floor.requestsPerSecond) : '–',
        f.errors,
      ]);
    }
    for (const p of g.probes.filter((p) => !p.ok))
      rows.push([
        String(g.articles),
        p.query,
        '–',
        'failed',
        '–',
        '–',
        '–',
        p.detail.replace(/\|/g, '\\|').slice(0, 120),
      ]);
  }
  for (const f of r.floor)
    rows.push(['floor', f.query, f.connections, f.latencyP50Ms, f.latencyP99Ms, f.requestsPerSecond, 1, f.errors]);
  parts.push(
    table(['graph (articles)', 'query', 'connections', 'p50 ms', 'p99 ms', 'req/s', '× floor req/s', 'errors'], rows),
    '',
    `Server RSS after loading: ${r.graphql.map((g) => `${g.articles} articles ${g.server.memory.rssMiB} MiB`).join(', ')}. ${r.plan.durationSeconds} s per measurement after ${r.plan.warmupSeconds} s of warm-up.`,
    '',
    '### Targets',
    '',
    table(
      ['target', 'goal', 'measured', 'met'],
      r.targets.map((t) => [
        t.name,
        t.target,
        t.measured,
        t.met === null ? 'n/a in this run' : t.met ? 'yes' : '**no**',
      ]),
    ),
  );
  return parts.join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the generated results section of docs/benchmarks.md, keeping the hand-written text around it. */
export async function updateBenchmarksFile(file: URL, markdown: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    text = `# Benchmarks\n\n${START}\n${END}\n`;
  }
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`docs/benchmarks.md has no ${START} … ${END} section; add the two markers where the results go.`);
  await writeFile(file, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
}
