/**
 * A reader thread of `kg ingest --workers` (started by workers.ts): reads the article files it is
 * given and runs the known-independent half of the extraction on them (readArticle), answering with
 * the read article packed for the writer (wire.ts), or with the reason the file is not one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleFileSync } from './inputs.js';
import { ArticleInputError } from '../extract/decode.js';
import { readArticle } from '../extract/index.js';
import { toWire } from '../ingest/wire.js';
import type { ReadReply, ReadTask, WorkerError, WorkerReadOptions } from './workers.js';

const options = workerData as WorkerReadOptions;

function errorOf(error: unknown): WorkerError {
  if (error instanceof ArticleInputError)
    return { kind: 'input', source: error.source, problem: error.problem, reason: error.reason };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** Reads one file, blocking: a worker has nothing else to do, and the thread pool's round trips would cost more. */
function handle(task: ReadTask): void {
  const port = parentPort;
  if (!port) return;
  let short: string | undefined;
  try {
    const input = readArticleFileSync(task.path, {
      ...options,
      onShort: (_path, reason) => {
        short = reason;
      },
    });
    const { wire, transfer } = toWire(readArticle(input, { date: options.date }));
    const reply: ReadReply = { id: task.id, ok: true, read: wire, short };
    port.postMessage(reply, transfer);
  } catch (error) {
    const reply: ReadReply = { id: task.id, ok: false, error: errorOf(error), short };
    port.postMessage(reply);
  }
}

parentPort?.on('message', handle);
