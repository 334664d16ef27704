import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command, Option } from 'commander';
import { type AppConfig, loadConfig, loadWatchSettings, parseUserAgent, parseWholeNumber } from '../config.js';
import type { DecodeOptions } from '../extract/decode.js';
import type { GraphStore } from '../store/port.js';
import { systemClock } from '../watch/clock.js';
import { PoliteFetcher } from '../watch/fetcher.js';
import { parseWatchSource, sourceKey, type WatchSource } from '../watch/sources.js';
import { lockState, WatchState } from '../watch/state.js';
import { formatRoundSummary, watchRound, type RoundSummary, type WatchEvent } from '../watch/watcher.js';
import { formatIngestEvent } from './ingest.js';
import {
  articleOptions,
  decodeOptionsFrom,
  inputOptions,
  parseFlushInterval,
  type InputCliOptions,
} from './input-options.js';
import { openStoreWithRetry } from './open-store.js';
import { createProgress } from './progress.js';

/** The options of `kg watch` as commander gives them. */
interface WatchCliOptions extends InputCliOptions {
  store?: string;
  data?: string;
  flushInterval?: string;
  interval?: string;
  once?: boolean;
  delayMs?: string;
  timeoutMs?: string;
  userAgent?: string;
  state?: string;
  report?: boolean;
  progress: boolean;
  allowShort?: boolean;
}

/** The User-Agent sent when neither --user-agent nor KG_USER_AGENT says otherwise. */
function defaultUserAgent(version: string): string {
  return `newsgraph/${version} (kg watch; news knowledge-graph builder)`;
}

/**
 * Where the state is kept when --state is not given: beside the embedded store's file
 * (data/graph.json → data/graph.watch.json); for Neo4j, data/neo4j.watch.json in the folder of KG_DATA.
 */
function defaultStatePath(config: AppConfig): string {
  if (config.store === 'neo4j') return join(dirname(config.dataPath), 'neo4j.watch.json');
  const name = basename(config.dataPath).replace(/\.json$/i, '');
  return join(dirname(config.dataPath), `${name}.watch.json`);
}

/** The sources of the command line, each once. */
async function parseSources(args: readonly string[]): Promise<WatchSource[]> {
  const sources = new Map<string, WatchSource>();
  for (const arg of args) {
    const source = await parseWatchSource(arg);
    sources.set(sourceKey(source), source);
  }
  return [...sources.values()];
}

/** How often and how politely to fetch, from the command line and KG_USER_AGENT. */
interface Pace {
  intervalMs: number;
  delayMs: number;
  timeoutMs: number;
  userAgent: string;
}

function parsePace(options: WatchCliOptions, version: string): Pace {
  const ms = 'a whole number of milliseconds';
  return {
    intervalMs:
      parseWholeNumber(options.interval ?? '300', '--interval', { min: 1, kind: 'a whole number of seconds' }) * 1000,
    delayMs: parseWholeNumber(options.delayMs ?? '1000', '--delay-ms', { min: 0, max: 3_600_000, kind: ms }),
    timeoutMs: parseWholeNumber(options.timeoutMs ?? '30000', '--timeout-ms', { min: 100, max: 600_000, kind: ms }),
    userAgent:
      options.userAgent !== undefined
        ? parseUserAgent(options.userAgent, '--user-agent')
        : (loadWatchSettings().userAgent ?? defaultUserAgent(version)),
  };
}

type RunOptions = WatchCliOptions & {
  decode: DecodeOptions;
  flushEveryMs?: number;
  version: string;
  config: AppConfig;
};

/**
 * Runs `kg watch`: checks the settings and sources, takes the state file's lock, then watches; the lock
 * is released however the watch ends.
 */
async function runWatch(
  store: GraphStore,
  args: readonly string[],
  options: RunOptions,
  setExitCode: (code: number) => void,
): Promise<void> {
  const pace = parsePace(options, options.version);
  const sources = await parseSources(args);
  const statePath = options.state ?? defaultStatePath(options.config);
  await mkdir(dirname(resolve(statePath)), { recursive: true });
  const lock = await lockState(statePath);
  try {
    await watchSources(store, sources, await WatchState.load(statePath), pace, options, setExitCode);
  } finally {
    await lock.release();
  }
}

/**
 * A round over the sources, then (without --once) one every --interval seconds until SIGINT or SIGTERM,
 * which let the article under way finish, flush the store, write the state and exit 0.
 */
async function watchSources(
  store: GraphStore,
  sources: readonly WatchSource[],
  state: WatchState,
  pace: Pace,
  options: RunOptions,
  setExitCode: (code: number) => void,
): Promise<void> {
  const { intervalMs, delayMs, timeoutMs, userAgent } = pace;
  const stop = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) {
      process.stderr.write(`kg watch: ${signal} again; exiting now (everything reported done is kept).\n`);
      process.exit(130);
    }
    process.stderr.write(`kg watch: ${signal}; finishing the article under way, then saving and exiting.\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const fetcher = new PoliteFetcher({ userAgent, delayMs, timeoutMs, signal: stop.signal });
  // Problems go to stderr as they happen (kg ingest lists them in its summary); --report puts every outcome on stdout.
  const onEvent = (event: WatchEvent): void => {
    if ('reason' in event) process.stderr.write(`${event.kind}: ${event.path}: ${event.reason}\n`);
    if (options.report) process.stdout.write(`${formatIngestEvent(event)}\n`);
  };
  let failedOnce = false;
  const onShort = (where: string, reason: string): void => {
    process.stderr.write(`short: ${where}: ${reason}\n`);
    if (!options.allowShort) failedOnce = true;
  };
  process.stderr.write(
    `kg watch: ${sources.length} source(s), state ${state.path}, user agent "${userAgent}", ${delayMs} ms between requests to a host${options.once ? ', one round' : `, a round every ${intervalMs / 1000} s`}\n`,
  );
  try {
    for (let round = 1; ; round += 1) {
      const summary: RoundSummary = await watchRound(store, sources, {
        fetcher,
        state,
        decode: options.decode,
        flushEveryMs: options.flushEveryMs,
        onEvent,
        onShort,
        onSource: options.progress ? (message) => process.stderr.write(`watch: ${message}\n`) : undefined,
        progress: options.progress ? (label, total) => createProgress(`watch ${label}`, total) : undefined,
        signal: stop.signal,
      });
      process.stderr.write(`${formatRoundSummary(round, summary)}\n`);
      if (summary.failed > 0 || summary.sourceFailures > 0) failedOnce = true;
      if (options.once || stop.signal.aborted) break;
      await systemClock.sleep(intervalMs, stop.signal);
      if (stop.signal.aborted) break;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // One round (cron): exit 1 when anything failed, as kg ingest does. A long watch stopped by a signal exits 0:
  // its failures were reported as they happened and are retried by the next run.
  if (options.once && !stop.signal.aborted && failedOnce) setExitCode(1);
}

/** Adds `kg watch` to the program; `storeOptions` are --store and --data as the other commands take them. */
export function addWatchCommand(
  program: Command,
  context: { storeOptions: Option[]; version: string; setExitCode: (code: number) => void },
): void {
  const watch = program
    .command('watch')
    .description(
      'follow RSS/Atom feeds, sitemaps and folders: ingest each new article once, round after round, politely',
    )
    .argument('<sources...>', 'feed or sitemap addresses (http or https), and folders')
    .option('--once', 'run one round and exit (for cron and tests)')
    .option('--interval <seconds>', 'seconds from the end of one round to the start of the next (default 300)')
    .option(
      '--delay-ms <ms>',
      "least time between two requests to one host (default 1000; a longer Crawl-delay in the site's robots.txt wins)",
    )
    .option('--timeout-ms <ms>', 'longest one request may take, body included (default 30000)')
    .option(
      '--user-agent <text>',
      'User-Agent sent to the sites (default: KG_USER_AGENT, or newsgraph and its version)',
    )
    .option('--state <file>', "the watcher's state file (default: beside the store, data/graph.watch.json)")
    .option(
      '--no-progress',
      "no per-source lines or progress bars on stderr (each round's line and each problem are still printed)",
    )
    .option(
      '--report',
      'print one line per item on stdout: "done <url> <article-id>" once the article is durable, "failed <url>: <reason>" …',
    )
    .option(
      '--flush-interval <ms>',
      'make the store durable and write the state at least this often (default 1000; 0: after every article)',
    );
  const allowShort = articleOptions().filter((o) => o.long === '--allow-short');
  for (const option of [...context.storeOptions, ...inputOptions(), ...allowShort]) watch.addOption(option);
  watch.action(async (sources: string[], options: WatchCliOptions) => {
    const config = loadConfig(process.env, options);
    const decode = decodeOptionsFrom(options);
    const flushEveryMs = parseFlushInterval(options.flushInterval);
    const store = await openStoreWithRetry(config);
    try {
      await runWatch(
        store,
        sources,
        { ...options, decode, flushEveryMs, version: context.version, config },
        context.setExitCode,
      );
    } finally {
      await store.close();
    }
  });
}
