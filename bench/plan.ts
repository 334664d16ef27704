/** How much the benchmark does: the full run, or the quick one (under a minute). */
export interface BenchPlan {
  mode: 'full' | 'quick';
  seed: number;
  /** Warm-up and timed runs of the in-process measurements (extraction, ingest). */
  warmup: number;
  runs: number;
  compromiseRuns: number;
  corpusRuns: number;
  /** Generated articles for the extraction and ingest measurements. */
  extractionArticles: number;
  /** Articles ingested into Neo4j, timed runs, and articles of the one warm-up run. */
  neo4jArticles: number;
  neo4jRuns: number;
  neo4jWarmupArticles: number;
  /** `kg ingest` of generated articles with each worker count (the first, 1, is the baseline): articles, timed runs and untimed ones before. */
  parallelArticles: number;
  parallelRuns: number;
  parallelWarmup: number;
  parallelWorkers: number[];
  /** Start and stop Neo4j while other measurements run (quick runs only: it disturbs them). */
  neo4jInBackground: boolean;
  /** Items of the local feed `kg watch` follows for its throughput. */
  watchItems: number;
  /** Corpus sizes of the memory and snapshot measurements. */
  scaleSizes: number[];
  /** How scale builds resolve entities across articles (see BuildRequest in scale-child.ts). */
  scaleResolution: 'cli' | 'none';
  /** Corpus prefixes over which extractCorpus's cost growth is measured. */
  resolutionGrowthSizes: number[];
  /** Longest a scale build or load may take before it is stopped and reported as failed. */
  scaleTimeoutMinutes: number;
  /** Corpus sizes whose graphs are served for the GraphQL measurements (each must be in scaleSizes). */
  graphqlSizes: number[];
  connections: number[];
  /** Seconds of load per query and connection count, after warmupSeconds. */
  durationSeconds: number;
  warmupSeconds: number;
}

/** The plan for a mode. */
export function planFor(mode: 'full' | 'quick', seed: number): BenchPlan {
  return mode === 'full'
    ? {
        mode,
        seed,
        warmup: 1,
        runs: 3,
        compromiseRuns: 2,
        corpusRuns: 2,
        extractionArticles: 1000,
        neo4jArticles: 500,
        neo4jRuns: 2,
        neo4jWarmupArticles: 50,
        parallelArticles: 300,
        parallelRuns: 3,
        parallelWarmup: 1,
        parallelWorkers: [1, 2],
        neo4jInBackground: false,
        watchItems: 1000,
        scaleSizes: [1000, 3000, 10000],
        scaleTimeoutMinutes: 20,
        scaleResolution: 'cli',
        resolutionGrowthSizes: [250, 500],
        graphqlSizes: [1000, 10000],
        connections: [10, 50],
        durationSeconds: 6,
        warmupSeconds: 1.5,
      }
    : {
        mode,
        seed,
        warmup: 1,
        runs: 2,
        compromiseRuns: 1,
        corpusRuns: 1,
        extractionArticles: 30,
        neo4jArticles: 30,
        neo4jRuns: 1,
        neo4jWarmupArticles: 10,
        parallelArticles: 40,
        parallelRuns: 1,
        parallelWarmup: 0,
        parallelWorkers: [1, 2],
        neo4jInBackground: true,
        watchItems: 200,
        scaleSizes: [60, 120],
        scaleTimeoutMinutes: 5,
        scaleResolution: 'cli',
        resolutionGrowthSizes: [15],
        graphqlSizes: [120],
        connections: [10, 50],
        durationSeconds: 1,
        warmupSeconds: 0.3,
      };
}
