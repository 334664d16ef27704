import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_LIMITS } from '../../src/config.js';
import { createApp } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphDump } from '../../src/store/port.js';
import { ingestWithReport, newsArticle, requireBuild, runKg, type ReportedIngest } from '../cli/run-kg.js';
import { launchNeo4j, stopNeo4j, type LaunchedNeo4j } from '../setup/launcher.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { canonicalDump } from './arbitraries.js';

// Each test: a real server stopped and restarted on its data (one JVM start), most with an ingest of 20 articles.
jest.setTimeout(120_000);
// This file starts its own server; it takes turns with the other Neo4j test files so that the machine is not shared.
claimNeo4jServer();

const ARTICLES = 20;
const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

let root: string;
let folder: string;
let dataDir: string;
let expected: GraphDump;
let server: LaunchedNeo4j | undefined;
const password = randomBytes(12).toString('hex');

type Run = ReportedIngest;

/** Each article's share of a dump: the ids of its entities, relations and statements. */
function contentsByArticle(dump: GraphDump): Map<string, string[]> {
  const byArticle = new Map<string, string[]>(dump.articles.map((a) => [a.id, []]));
  for (const e of dump.entities) for (const m of e.mentions) byArticle.get(m.article)?.push(`entity ${e.id}`);
  for (const r of dump.relations) for (const ev of r.evidence) byArticle.get(ev.article)?.push(`relation ${r.id}`);
  for (const s of dump.statements) byArticle.get(s.article)?.push(`statement ${s.id}`);
  return new Map([...byArticle].map(([id, list]) => [id, [...new Set(list)].sort()]));
}

/**
 * Runs `kg ingest --store neo4j --report` against `uri`; `onDone(n, child)` is called as the n-th
 * article is reported done (durable).
 */
function ingest(uri: string, onDone: (count: number, child: ChildProcess) => void = () => undefined): Promise<Run> {
  const env = {
    NEO4J_URI: uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
    KG_CONNECT_ATTEMPTS: '10',
    KG_CONNECT_DELAY_MS: '500',
  };
  return ingestWithReport(folder, ['--store', 'neo4j'], env, onDone);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-neo4j-restart-'));
  folder = join(root, 'articles');
  dataDir = join(root, 'neo4j');
  mkdirSync(folder);
  for (let i = 0; i < ARTICLES; i += 1)
    writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), newsArticle(i * 11 + 3));
  const referenceFile = join(root, 'reference.json');
  const reference = await runKg(['ingest', folder, '--data', referenceFile, '--no-progress'], {
    env: { KG_STORE: 'embedded' },
  });
  expect(reference.code).toBe(0);
  expected = await (await EmbeddedStore.open({ path: referenceFile })).dump();
  expect(expected.articles).toHaveLength(ARTICLES);
  server = await launchNeo4j({ dataDir, password, timeoutMs: 60_000 });
});

afterAll(async () => {
  if (server) await stopNeo4j(server, 15_000);
  rmSync(root, { recursive: true, force: true });
});

const EMPTY: GraphDump = { articles: [], entities: [], relations: [], statements: [] };

describe('a real Neo4j server stopped and restarted on its data during an ingest', () => {
  // SIGTERM: the launcher shuts Neo4j down cleanly. SIGKILL: the JVM dies at once and Neo4j recovers from its transaction log.
  it.each([['SIGTERM' as const], ['SIGKILL' as const]])(
    'after %s, loses no acknowledged article and half-writes none',
    async (signal) => {
      const first = server!;
      const uri = first.uri;
      const wipe = await Neo4jStore.connect({ uri, user: 'neo4j', password });
      await wipe.load(EMPTY);
      await wipe.close();
      const port = Number(new URL(uri.replace(/^bolt/, 'http')).port);
      const stopAt = 3 + Math.floor(Math.random() * 8);
      let restarted: Promise<LaunchedNeo4j> | undefined;

      // At the stopAt-th acknowledged article the client is paused while the server shuts down, so that the
      // server surely goes down in the middle of the ingest (with the next article's transaction possibly open).
      const run = await ingest(uri, (count, child) => {
        if (count !== stopAt) return;
        child.kill('SIGSTOP');
        first.process.kill(signal);
        const stuck = setTimeout(() => first.process.kill('SIGKILL'), 30_000);
        restarted = exited(first.process).then(() => {
          clearTimeout(stuck);
          child.kill('SIGCONT');
          return launchNeo4j({ dataDir, port, password, timeoutMs: 60_000 });
        });
      });
      expect(restarted).toBeDefined();
      server = await restarted!;
      expect(server.uri).toBe(uri);
      expect(first.process.signalCode ?? first.process.exitCode).toBe(signal === 'SIGKILL' ? 'SIGKILL' : 143);

      // The ingest either rode out the restart, or stopped with a clear error and is run again.
      const runs = [run];
      if (run.code !== 0) {
        expect(run.stderr).toMatch(/Neo4j/);
        expect(run.stderr).not.toMatch(STACK_FRAME);
        runs.push(await ingest(uri));
      }
      const last = runs.at(-1)!;
      expect({ code: last.code, stderr: last.code === 0 ? '' : last.stderr }).toEqual({ code: 0, stderr: '' });

      const store = await Neo4jStore.connect({ uri, user: 'neo4j', password });
      try {
        const actual = await store.dump();
        const present = new Set(actual.articles.map((a) => a.id));
        // Nothing acknowledged before the stop (or after) is lost.
        expect(run.done.length).toBeGreaterThanOrEqual(stopAt);
        expect(runs.flatMap((r) => r.done).filter((id) => !present.has(id))).toEqual([]);
        // Every article is whole: exactly the entities, relations and statements a clean embedded ingest gives it.
        const want = contentsByArticle(expected);
        for (const [article, contents] of contentsByArticle(actual))
          expect({ article, contents }).toEqual({ article, contents: want.get(article) });
        expect(canonicalDump(actual)).toEqual(canonicalDump(expected));
      } finally {
        await store.close();
      }
    },
  );
});

describe('a real Neo4j server stopped and restarted under the API (kg serve opens its store fail-fast)', () => {
  it('answers STORE_UNAVAILABLE at once while the server is stopped, and serves its data again once it is back', async () => {
    const uri = server!.uri;
    const port = Number(new URL(uri.replace(/^bolt/, 'http')).port);
    const store = await Neo4jStore.connect({ uri, user: 'neo4j', password, checkTimeoutMs: 500 }, { failFast: true });
    try {
      const app = createApp(store, {}, DEFAULT_API_LIMITS);
      const query = async () => {
        const started = Date.now();
        const response = await app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { articles } }' }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        return { status: response.status, body, ms: Date.now() - started };
      };
      const health = async () => {
        const response = await app.fetch('http://localhost/healthz');
        return { status: response.status, body: (await response.json()) as unknown };
      };
      const before = await query();
      expect(before.status).toBe(200);
      expect(await health()).toEqual({ status: 200, body: { ok: true, store: { kind: 'neo4j', available: true } } });

      await stopNeo4j(server!, 15_000);
      server = undefined;
      const stopped = await query();
      expect({ status: stopped.status, codes: stopped.body.errors?.map((e) => e.extensions?.code) }).toEqual({
        status: 503,
        codes: ['STORE_UNAVAILABLE'],
      });
      // Before: the request time-out (10 s, TIMEOUT) or the driver's retries (15 s, 500 for an export).
      expect(stopped.ms).toBeLessThan(5000);
      expect(await health()).toEqual({ status: 503, body: { ok: false, store: { kind: 'neo4j', available: false } } });
      expect((await app.fetch('http://localhost/export/graph.json')).status).toBe(503);

      server = await launchNeo4j({ dataDir, port, password, timeoutMs: 60_000 });
      const restarted = Date.now();
      while ((await health()).status !== 200) {
        expect(Date.now() - restarted).toBeLessThan(10_000);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await query()).toMatchObject({ status: 200, body: before.body });
    } finally {
      await store.close();
    }
  });
});
