/**
 * `tsx bench/neo4j-ingest-profile.ts [--articles 1000] [--passes N] [--plans] [--store-module PATH]`: where the Neo4j ingest's time goes.
 *
 * Ingests the cached extracted articles of bench/neo4j-scale.ts (run it once first) into a throw-away
 * server as that bench does, timing every statement the driver runs (client-side, from `run` to its
 * records), summed by statement (its first words); the rest of each batch's transaction is the
 * client's own work (reading rows, planning, building parameters) and the commit. `--plans` then prints
 * the operators of each ingest statement's plan (PROFILE on the last batch's parameters, rolled back).
 * With `--passes 2` the store is emptied and the articles ingested again on the now warm server (the
 * benchmark's server is new, so its first pass includes the JVM's warm-up); `--store-module` runs
 * another build of the store, as in neo4j-scale.ts. Pipelined statements overlap, so their times then
 * add up to more than the wall-clock time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { InOrderWindow } from '../dist/ingest/window.js';
import type { ArticleGraph } from '../src/graph/model.js';
import type { GraphStore } from '../src/store/port.js';
import { startBenchNeo4j } from './neo4j.js';
import { now, round } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    plans: { type: 'boolean', default: false },
    passes: { type: 'string', default: '1' },
    'store-module': { type: 'string' },
  },
});
const count = Number(values.articles);
const cache = [1000, 10_000]
  .filter((n) => n >= count)
  .map((n) => join(tmpdir(), `newsgraph-neo4j-scale-1-${n}.json`))
  .find((path) => existsSync(path));
if (!cache) throw new Error('No cached articles: run `npm run bench:neo4j -- --articles 1000` first.');
const graphs = (JSON.parse(await readFile(cache, 'utf8')) as ArticleGraph[]).slice(0, count);

interface Timed {
  ms: number;
  calls: number;
  rows: number;
}
const byStatement = new Map<string, Timed>();
const lastParams = new Map<string, { text: string; params: unknown }>();
let inStatements = 0;

/** The driver's Transaction class, patched to time each statement (the ManagedTransaction calls its run). */
const require = createRequire(import.meta.resolve('neo4j-driver'));
const { default: Transaction } = require('neo4j-driver-core/lib/transaction.js') as {
  default: {
    prototype: { run: (this: unknown, text: string, params?: unknown) => PromiseLike<{ records: unknown[] }> };
  };
};
const originalRun = Transaction.prototype.run;
Transaction.prototype.run = function (text: string, params?: unknown) {
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
  const start = now();
  const result = originalRun.call(this, text, params);
  result.then(
    (r) => {
      const ms = now() - start;
      const t = byStatement.get(key) ?? { ms: 0, calls: 0, rows: 0 };
      t.ms += ms;
      t.calls += 1;
      t.rows += r.records.length;
      byStatement.set(key, t);
      inStatements += ms;
      if (!text.startsWith('PROFILE')) lastParams.set(key, { text, params });
    },
    () => undefined,
  );
  return result;
};

const originalCommit = (Transaction.prototype as unknown as { commit: (this: unknown) => Promise<void> }).commit;
let inCommits = 0;
let commits = 0;
(Transaction.prototype as unknown as { commit: (this: unknown) => Promise<void> }).commit = async function () {
  const start = now();
  try {
    return await originalCommit.call(this);
  } finally {
    inCommits += now() - start;
    commits += 1;
  }
};

/** CPU seconds (user + system) of this process's child processes (the server's JVM), from /proc. */
function serverCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === process.pid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100;
}

const storeModule = values['store-module'];
const neo4j = await startBenchNeo4j(
  storeModule
    ? async (settings) => {
        const module = (await import(storeModule)) as { Neo4jStore: { connect(s: object): Promise<GraphStore> } };
        return module.Neo4jStore.connect(settings);
      }
    : undefined,
);
try {
  const { store } = neo4j;
  for (let pass = 1; pass <= Number(values.passes); pass += 1) {
    if (pass > 1) {
      await store.load({ articles: [], entities: [], relations: [], statements: [] });
      byStatement.clear();
      inStatements = 0;
      inCommits = 0;
      commits = 0;
      process.stdout.write(`\npass ${pass} (the store emptied, the server warm):\n`);
    }
    const window = new InOrderWindow<Promise<unknown>>(store.ingestWindow, async (stored) => void (await stored));
    const serverCpuBefore = serverCpuSeconds();
    const clientCpuBefore = process.cpuUsage();
    const start = now();
    const settled: number[] = [];
    for (const graph of graphs) await window.push(store.ingest(graph).then(() => settled.push(now() - start)));
    await window.drain();
    const total = now() - start;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    process.stdout.write(
      `CPU during the ingest: server ${round(serverCpuSeconds() - serverCpuBefore)} s, client ${round((clientCpu.user + clientCpu.system) / 1e6)} s\n`,
    );
    const marks = settled.filter((_, i) => i === settled.length - 1 || settled[i + 1]! - settled[i]! > 1);
    process.stdout.write(`batches settled at (s): ${marks.map((ms) => round(ms / 1000)).join(', ')}\n`);
    const lines = [...byStatement].sort((a, b) => b[1].ms - a[1].ms);
    process.stdout.write(
      `${count} articles in ${round(total / 1000)} s: ${round(count / (total / 1000))} articles/s\n`,
    );
    process.stdout.write(
      `statements: ${round(inStatements / 1000)} s; ${commits} commits: ${round(inCommits / 1000)} s; the rest (client work): ${round((total - inStatements - inCommits) / 1000)} s\n`,
    );
    for (const [key, t] of lines)
      process.stdout.write(
        `${String(Math.round(t.ms)).padStart(7)} ms ${String(t.calls).padStart(4)}× ${String(t.rows).padStart(7)} rows  ${key}\n`,
      );
  }
  if (values.plans) {
    const driverStore = store as unknown as { driver: Driver };
    const session = driverStore.driver.session();
    try {
      for (const [key, { text, params }] of [...lastParams].filter(
        ([k]) => k.startsWith('UNWIND') || k.startsWith('CALL'),
      )) {
        const tx = session.beginTransaction();
        try {
          const result = await tx.run(`PROFILE ${text}`, params as Record<string, unknown>);
          const ops: string[] = [];
          const walk = (
            plan: { operatorType: string; dbHits?: number; rows?: number; children: unknown[] },
            depth: number,
          ): void => {
            ops.push(`${'  '.repeat(depth)}${plan.operatorType} hits=${plan.dbHits ?? '?'} rows=${plan.rows ?? '?'}`);
            for (const child of plan.children) walk(child as typeof plan, depth + 1);
          };
          if (result.summary.profile) walk(result.summary.profile as unknown as Parameters<typeof walk>[0], 0);
          process.stdout.write(`\n${key}\n${ops.join('\n')}\n`);
        } catch (error) {
          process.stdout.write(`\n${key}\n  (${(error as Error).message.slice(0, 200)})\n`);
        } finally {
          await tx.rollback();
        }
      }
    } finally {
      await session.close();
    }
  }
} finally {
  await neo4j.stop();
}
