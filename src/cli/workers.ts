/**
 * The reader threads of `kg ingest --workers N`. Each worker (worker.ts) reads article files and runs
 * the half of the extraction that does not depend on the entities already known (readArticle); the
 * ingest's one writer, on the main thread, takes their results in file order and finishes each against
 * the known entities (finishArticle) before storing it, so that cross-article resolution, the store and
 * the report are exactly those of a run without workers. See docs/architecture.md, "Parallel ingest".
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticleInputError, type InputProblem } from '../extract/decode.js';
import type { ReadArticleOptions } from './inputs.js';
import type { WireRead } from '../ingest/wire.js';

/**
 * Most workers `kg ingest` starts by default: one or two readers keep up with the writer already
 * (docs/architecture.md, "Parallel ingest"); more would only wait for it.
 */
const MAX_DEFAULT_WORKERS = 4;

/**
 * Workers `kg ingest` uses by default: one per core but the writer's, at most MAX_DEFAULT_WORKERS; 1
 * (none) on one or two cores, where the readers' extra work (each compiles and optimises the code
 * anew) costs about what they save.
 */
export function defaultWorkers(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, MAX_DEFAULT_WORKERS));
}

/** How a worker reads its files: the options of readArticleFile that can cross threads. */
export type WorkerReadOptions = Omit<ReadArticleOptions, 'onShort'>;

/** One file for a worker to read (with the options the worker was started with, its workerData). */
export interface ReadTask {
  id: number;
  path: string;
}

/** Why a worker could not read a file: an ArticleInputError's fields, or another error's message. */
export type WorkerError =
  { kind: 'input'; source: string; problem: InputProblem; reason: string } | { kind: 'other'; message: string };

/** A worker's answer for one file; `short` is the reason the article may have lost its body (onShort). */
export type ReadReply =
  | { id: number; ok: true; read: WireRead; short?: string }
  | { id: number; ok: false; error: WorkerError; short?: string };

/** The outcome of reading one file: the read article (packed, see fromWire) or the error, as the writer rethrows it. */
export type ReadOutcome = { ok: true; read: WireRead; short?: string } | { ok: false; error: Error; short?: string };

/** The reader threads cannot work at all (a worker failed before reading anything): the ingest stops. */
export class WorkerPoolError extends Error {}

/** The error a worker reported, as the in-process path would have thrown it. */
function errorFrom(error: WorkerError): Error {
  return error.kind === 'input'
    ? new ArticleInputError(error.source, error.problem, error.reason)
    : new Error(error.message);
}

/** The URL of tsx's ESM API (tsx/esm/api, its `import` entry), from the tsx installed beside this module. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const api = exports['./esm/api'];
  const entry = typeof api === 'object' ? api.import?.default : undefined;
  if (!entry) throw new Error(`tsx at ${dirname(manifest)} has no ESM API (tsx/esm/api) to load the worker with.`);
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

/**
 * How to start a worker: the compiled worker.js beside this module (dist/, the built CLI), or, when this
 * module runs from the sources (tsx, jest), a bootstrap that registers tsx's loader in the new thread
 * and imports worker.ts through it.
 */
function workerSource(): { script: URL | string; eval: boolean } {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { script: built, eval: false };
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return { script: bootstrap, eval: true };
}

interface Slot {
  worker: Worker;
  pending: Set<number>;
  /** Whether the worker has answered once (it started). */
  answered: boolean;
}

/** A pool of reader threads; each read resolves (never rejects) once its file is read or has failed. */
export class ReaderPool {
  readonly #options: WorkerReadOptions;
  readonly #slots: Slot[] = [];
  readonly #waiting = new Map<number, { slot: Slot; resolve: (outcome: ReadOutcome) => void }>();
  #next = 0;
  #closed = false;
  #broken: WorkerPoolError | undefined;

  /** Starts `size` workers that read files with the given options. */
  constructor(size: number, options: WorkerReadOptions) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`ReaderPool: size must be ≥ 1, got ${size}.`);
    this.#options = options;
    for (let i = 0; i < size; i++) this.#slots.push(this.#start());
  }

  get size(): number {
    return this.#slots.length;
  }

  #start(): Slot {
    const source = workerSource();
    const worker = new Worker(source.script, { eval: source.eval, workerData: this.#options });
    const slot: Slot = { worker, pending: new Set(), answered: false };
    worker.on('message', (reply: ReadReply) => {
      slot.answered = true;
      this.#settle(reply.id, this.#outcome(reply));
    });
    // A worker that dies fails the files it held, and another takes its place; one that dies before
    // answering anything could not start, and neither would another: the pool is broken.
    const lost = (reason: string): void => {
      const index = this.#slots.indexOf(slot);
      if (index < 0) return;
      if (!slot.answered && !this.#closed) this.#broken ??= new WorkerPoolError(reason);
      if (!this.#closed && !this.#broken) this.#slots[index] = this.#start();
      else this.#slots.splice(index, 1);
      const error = this.#broken ?? new Error(reason);
      for (const id of [...slot.pending]) this.#settle(id, { ok: false, error });
      if (this.#slots.length === 0) for (const id of [...this.#waiting.keys()]) this.#settle(id, { ok: false, error });
    };
    worker.on('error', (error: Error) => lost(`the extraction worker failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the extraction worker stopped (exit code ${code}).`));
    // An answer that cannot be read: its file is unknown, so the worker's files fail, and it is replaced.
    worker.on('messageerror', (error: Error) => {
      lost(`an answer of the extraction worker could not be read: ${error.message}`);
      void worker.terminate();
    });
    return slot;
  }

  #outcome(reply: ReadReply): ReadOutcome {
    return reply.ok
      ? { ok: true, read: reply.read, short: reply.short }
      : { ok: false, error: errorFrom(reply.error), short: reply.short };
  }

  #settle(id: number, outcome: ReadOutcome): void {
    const waiting = this.#waiting.get(id);
    if (!waiting) return;
    this.#waiting.delete(id);
    waiting.slot.pending.delete(id);
    waiting.resolve(outcome);
  }

  /** Reads one file in the least busy worker. */
  read(path: string): Promise<ReadOutcome> {
    if (this.#closed || this.#broken || this.#slots.length === 0)
      return Promise.resolve({ ok: false, error: this.#broken ?? new Error('the reader pool is closed') });
    const slot = this.#slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.#next++;
    const task: ReadTask = { id, path };
    return new Promise((resolve) => {
      this.#waiting.set(id, { slot, resolve });
      slot.pending.add(id);
      slot.worker.postMessage(task);
    });
  }

  /** Stops the workers; reads still pending fail. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
