import { parseIsoDate } from '../config.js';
import { ArticleInputError } from '../extract/decode.js';
import { openIngestSession, type IngestedArticle, type IngestSession, type StartedArticle } from '../ingest/session.js';
import { InOrderWindow } from '../ingest/window.js';
import { fromWire } from '../ingest/wire.js';
import { ReaderPool, WorkerPoolError, type ReadOutcome } from './workers.js';
import { StoreConnectionError } from '../store/errors.js';
import type { GraphStore } from '../store/port.js';
import {
  countArticleFiles,
  readArticleFile,
  walkArticleFiles,
  type InputFailure,
  type ReadArticleOptions,
  type WalkEntry,
} from './inputs.js';
import { createProgress } from './progress.js';

/** What happened to one file of an ingest; `done` and `duplicate` are reported only once durable. */
export type IngestEvent = ArticleEvent | ProblemEvent;
interface ArticleEvent {
  kind: 'done' | 'duplicate';
  path: string;
  article: string;
}
interface ProblemEvent {
  kind: 'failed' | 'skipped' | 'warning';
  path: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  articlesAdded: number;
  duplicates: number;
  nodesAdded: number;
  edgesAdded: number;
  statementsAdded: number;
  failures: InputFailure[];
  /** Files left out on purpose (not English), with the reason. */
  skipped: InputFailure[];
  /** Files ingested with a remark (no entities found). */
  warnings: InputFailure[];
}

export interface IngestOptions extends ReadArticleOptions {
  /** Show progress on stderr (default true). */
  progress?: boolean;
  /** Make the store durable at least this often, in milliseconds (default 1000; 0: after every article). */
  flushEveryMs?: number;
  /** Told of each file's outcome as it becomes final. */
  onEvent?: (event: IngestEvent) => void;
  /**
   * Threads that read and pre-extract files (default 1: none, all on this thread). With more, files are
   * read in worker threads while this thread finishes them in order: the outcome is the same.
   */
  workers?: number;
}

/** Files being read ahead per worker: enough to keep every worker busy, few enough to bound memory. */
const READ_AHEAD_PER_WORKER = 4;

/** A file of the walk, with its read under way in a worker (none when it failed already or without workers). */
interface Step {
  entry: WalkEntry;
  outcome?: Promise<ReadOutcome>;
}

function reasonOf(error: unknown): string {
  if (error instanceof ArticleInputError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

function emptySummary(): IngestSummary {
  return {
    files: 0,
    articlesAdded: 0,
    duplicates: 0,
    nodesAdded: 0,
    edgesAdded: 0,
    statementsAdded: 0,
    failures: [],
    skipped: [],
    warnings: [],
  };
}

/** Counts a stored article; its event waits in `pending` for the flush that makes it durable. */
function recordStored(
  summary: IngestSummary,
  pending: IngestEvent[],
  emit: (event: IngestEvent) => void,
  path: string,
  ingested: IngestedArticle,
): void {
  const { result, graph } = ingested;
  if (result.duplicate) {
    summary.duplicates += 1;
    pending.push({ kind: 'duplicate', path, article: result.article.id });
    return;
  }
  summary.articlesAdded += 1;
  summary.nodesAdded += result.nodesAdded;
  summary.edgesAdded += result.edgesAdded;
  summary.statementsAdded += result.statementsAdded;
  pending.push({ kind: 'done', path, article: result.article.id });
  if (graph.entities.length === 0) {
    const reason = 'no entities found: the article is stored but adds nothing to the graph.';
    summary.warnings.push({ path, reason });
    emit({ kind: 'warning', path, reason });
  }
}

/** Counts a file that was left out (not English) or failed, and tells of it at once. */
function recordProblem(summary: IngestSummary, emit: (event: IngestEvent) => void, path: string, error: unknown): void {
  const reason = reasonOf(error);
  if (error instanceof ArticleInputError && error.skip) {
    summary.skipped.push({ path, reason });
    emit({ kind: 'skipped', path, reason });
  } else {
    summary.failures.push({ path, reason });
    emit({ kind: 'failed', path, reason });
  }
}

/**
 * The walk of the paths, running ahead of its consumer by up to `limit` files, each started (`start`:
 * its read in a worker) as it is found; `next` gives them in walk order, undefined after the last. The
 * walk's own waits (a stat per file) thus overlap the consumer's work instead of adding to it.
 */
function walkAhead(
  paths: readonly string[],
  limit: number,
  start: (entry: WalkEntry) => Promise<ReadOutcome> | undefined,
): { next(): Promise<Step | undefined>; stop(): Promise<void> } {
  const steps: Step[] = [];
  let done = false;
  let stopped = false;
  let walkError: unknown;
  let wakeConsumer: (() => void) | undefined;
  let wakeWalker: (() => void) | undefined;
  const wake = (which: 'consumer' | 'walker'): void => {
    const resolve = which === 'consumer' ? wakeConsumer : wakeWalker;
    if (which === 'consumer') wakeConsumer = undefined;
    else wakeWalker = undefined;
    resolve?.();
  };
  const walker = (async () => {
    const walk = walkArticleFiles(paths);
    try {
      for await (const entry of walk) {
        if (stopped) break;
        steps.push({ entry, outcome: start(entry) });
        wake('consumer');
        while (steps.length >= limit && !stopped) await new Promise<void>((resolve) => (wakeWalker = resolve));
        if (stopped) break;
      }
    } catch (error) {
      walkError = error;
    } finally {
      done = true;
      wake('consumer');
    }
  })();
  return {
    async next() {
      while (steps.length === 0 && !done) await new Promise<void>((resolve) => (wakeConsumer = resolve));
      const step = steps.shift();
      wake('walker');
      if (step === undefined && walkError !== undefined) throw walkError;
      return step;
    },
    async stop() {
      stopped = true;
      wake('walker');
      await walker;
    },
  };
}

/**
 * Reads one file and hands it to the session (`start`): read and extracted here, or finished from a
 * worker's read. Resolves once it is handed over; its `stored` settles once the store has it.
 */
async function startFile(
  session: IngestSession,
  step: Step,
  options: IngestOptions,
  date: string | undefined,
): Promise<StartedArticle> {
  const file = step.entry.path;
  if (step.entry.failure !== undefined) throw new ArticleInputError(file, 'unreadable', step.entry.failure);
  if (step.outcome === undefined) return session.start(await readArticleFile(file, { ...options, date }), date);
  const outcome = await step.outcome;
  if (outcome.short !== undefined) options.onShort?.(file, outcome.short);
  if (!outcome.ok) throw outcome.error;
  return session.startRead(fromWire(outcome.read), date);
}

/** A file handed to the store, or failed before: what the window finishes in file order. */
interface InFlight {
  path: string;
  stored: Promise<IngestedArticle>;
}

/**
 * Extracts and ingests every article under the given paths into the store, one file at a time, in
 * the order of the walk. A bad file is reported and the batch goes on; an article counts as done only
 * after the flush that makes it durable. A lost store connection stops the batch. With `workers` > 1,
 * worker threads read and pre-extract the next files while this thread finishes and stores each in turn.
 */
export async function ingestPaths(
  store: GraphStore,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  // Checked before any file is read, as ingestArticle checks publishedAt: a bad date is never stored.
  const date = options.date === undefined ? undefined : parseIsoDate(options.date, '--date');
  const total = options.progress === false ? 0 : await countArticleFiles(paths);
  const summary = emptySummary();
  const emit = options.onEvent ?? (() => undefined);
  const session = await openIngestSession(store);
  const progress = options.progress === false ? undefined : createProgress('ingest', total);
  const flushEveryMs = options.flushEveryMs ?? 1000;
  let pending: IngestEvent[] = [];
  let lastFlush = Date.now();
  const flush = async (): Promise<void> => {
    await session.flush();
    lastFlush = Date.now();
    for (const event of pending) emit(event);
    pending = [];
  };
  // Started last before the loop: its finally block stops the workers.
  const workers = options.workers ?? 1;
  const pool =
    workers > 1
      ? new ReaderPool(workers, {
          maxBytes: options.maxBytes,
          anyLanguage: options.anyLanguage,
          html: options.html,
          date,
          url: options.url,
          source: options.source,
        })
      : undefined;
  const readAhead = pool ? pool.size * READ_AHEAD_PER_WORKER : 1;
  let failure: unknown;
  const ahead = walkAhead(paths, readAhead, (entry) =>
    pool && entry.failure === undefined ? pool.read(entry.path) : undefined,
  );
  // Up to the store's ingest window of articles in flight, finished (counted, told) in file order.
  const window = new InOrderWindow<InFlight>(store.ingestWindow, async ({ path, stored }) => {
    try {
      recordStored(summary, pending, emit, path, await stored);
    } catch (error) {
      if (error instanceof StoreConnectionError || error instanceof WorkerPoolError) throw error;
      recordProblem(summary, emit, path, error);
    }
    progress?.tick(path.split('/').pop());
    if (Date.now() - lastFlush >= flushEveryMs) await flush();
  });
  try {
    for (let step = await ahead.next(); step !== undefined; step = await ahead.next()) {
      summary.files += 1;
      const path = step.entry.path;
      // Each file is handed over before the next is read: it is extracted against the entities of those before.
      let stored: Promise<IngestedArticle>;
      try {
        stored = (await startFile(session, step, options, date)).stored;
      } catch (error) {
        if (error instanceof StoreConnectionError || error instanceof WorkerPoolError) throw error;
        stored = Promise.reject(error instanceof Error ? error : new Error(String(error)));
        stored.catch(() => undefined);
      }
      await window.push({ path, stored });
    }
    await window.drain();
  } catch (error) {
    failure = error;
  } finally {
    progress?.stop();
    await ahead.stop();
    await pool?.close();
  }
  try {
    await flush();
  } catch (flushError) {
    if (failure === undefined) throw flushError;
    // The first failure is the cause; the failed save is told in the message.
    throw new Error(`${reasonOf(failure)} Saving the articles done so far failed too: ${reasonOf(flushError)}`, {
      // eslint-disable-next-line preserve-caught-error
      cause: failure,
    });
  }
  if (failure !== undefined) throw failure;
  return summary;
}

/** One line per event, for `kg ingest --report`: `done <path> <article-id>`, `failed <path>: <reason>` … */
export function formatIngestEvent(event: IngestEvent): string {
  return 'article' in event
    ? `${event.kind} ${event.path} ${event.article}`
    : `${event.kind} ${event.path}: ${event.reason}`;
}

/** A human-readable summary of an ingest. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.articlesAdded} article(s) added, ${summary.duplicates} already present, ${summary.skipped.length} skipped, ${summary.failures.length} failed, of ${summary.files} file(s)`,
    `${summary.nodesAdded} node(s), ${summary.edgesAdded} edge(s) and ${summary.statementsAdded} statement(s) added`,
  ];
  for (const f of summary.warnings) lines.push(`warning: ${f.path}: ${f.reason}`);
  for (const f of summary.skipped) lines.push(`skipped: ${f.path}: ${f.reason}`);
  for (const f of summary.failures) lines.push(`failed: ${f.path}: ${f.reason}`);
  return lines.join('\n');
}
