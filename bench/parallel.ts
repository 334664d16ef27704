/**
 * `kg ingest` with worker threads against without (issue #17 item 4): the built CLI (bin/kg.js, what
 * users run) ingests the same folder of generated articles into a new embedded store, in a fresh
 * process each time, with `--workers 1` (everything on one thread) and `--workers N`; the runs
 * alternate so that a change in the machine's load falls on both. Each run's store file must be
 * byte-identical to the first's. The flush interval is set beyond the run, so the store file is
 * written once at the end: what is timed is reading, extraction and store ingest, plus the start of
 * the process and the final save, which both settings pay alike.
 *
 *   npx tsx bench/parallel.ts [articles] [runs] [workers…]   # alone, after npm run build (default: 300 3 1 2)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.js';
import { median, now, round } from './stats.js';

const KG = fileURLToPath(new URL('../bin/kg.js', import.meta.url));

/** The speed-up asked of two workers over one thread (issue #17). */
export const PARALLEL_TARGET = 1.7;

export interface ParallelFigures {
  articles: number;
  /** Bytes of the article files. */
  bytes: number;
  /** Timed runs of each setting. */
  runs: number;
  points: { workers: number; runMs: number[]; medianMs: number; articlesPerSecond: number }[];
  /** Median time with --workers 1 ÷ median time with each other count. */
  speedups: { workers: number; speedup: number }[];
  /** Every run stored a byte-identical file. */
  identical: boolean;
  loadAverage: { start: number[]; end: number[] };
}

/** Runs `kg ingest` on the folder into a new store file; resolves to the milliseconds from start to exit. */
function timeIngest(folder: string, data: string, workers: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = now();
    const args = [KG, 'ingest', folder, '--data', data, '--no-progress', '--workers', String(workers)];
    const child = spawn(process.execPath, [...args, '--flush-interval', '3600000'], {
      env: { ...process.env, KG_STORE: 'embedded' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`kg ingest --workers ${workers} exited with ${code}:\n${stderr}`));
    });
  });
}

/** Times `kg ingest` of `articles` generated articles with each worker count (the first is the baseline, 1). */
export async function measureParallelIngest(options: {
  seed: number;
  articles: number;
  runs: number;
  /** Untimed runs of each setting first (the page cache and the compiled files then warm for all). */
  warmup: number;
  workers: number[];
  log?: (message: string) => void;
}): Promise<ParallelFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-parallel-'));
  try {
    const paths = await writeCorpus(
      join(folder, 'articles'),
      generateCorpus({ seed: options.seed, count: options.articles }),
    );
    const bytes = (await Promise.all(paths.map((p) => stat(p)))).reduce((sum, s) => sum + s.size, 0);
    const start = loadavg();
    const runMs = new Map<number, number[]>(options.workers.map((w) => [w, []]));
    let reference: Buffer | undefined;
    let identical = true;
    for (let run = -options.warmup; run < options.runs; run += 1) {
      for (const workers of options.workers) {
        const data = join(folder, `graph-${workers}-${run}.json`);
        const ms = await timeIngest(join(folder, 'articles'), data, workers);
        const stored = await readFile(data);
        reference ??= stored;
        if (!stored.equals(reference)) identical = false;
        await rm(data);
        if (run < 0) continue;
        runMs.get(workers)!.push(ms);
        options.log?.(`--workers ${workers}: ${round(ms / 1000)} s`);
      }
    }
    const points = options.workers.map((workers) => {
      const ms = runMs.get(workers)!;
      const medianMs = median(ms);
      return {
        workers,
        runMs: ms.map((t) => round(t, 4)),
        medianMs: round(medianMs, 4),
        articlesPerSecond: round(options.articles / (medianMs / 1000)),
      };
    });
    const base = points[0]!.medianMs;
    return {
      articles: options.articles,
      bytes,
      runs: options.runs,
      points,
      speedups: points.slice(1).map((p) => ({ workers: p.workers, speedup: round(base / p.medianMs) })),
      identical,
      loadAverage: { start, end: loadavg() },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [articles = '300', runs = '3', ...workers] = process.argv.slice(2);
  const figures = await measureParallelIngest({
    seed: 1,
    articles: Number(articles),
    runs: Number(runs),
    warmup: 1,
    workers: workers.length > 0 ? workers.map(Number) : [1, 2],
    log: (message) => process.stderr.write(`${message}\n`),
  });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
