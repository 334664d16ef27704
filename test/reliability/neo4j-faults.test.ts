import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphDump } from '../../src/store/port.js';
import { claimNeo4jServer, neo4jTestSettings } from '../setup/neo4j-env.js';
import { KG, ingestWithReport, newsArticle, requireBuild, runKg, type ReportedIngest } from '../cli/run-kg.js';
import { canonicalDump } from './arbitraries.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

jest.setTimeout(180_000);
// These tests empty the shared test server: they take turns with the other files that write to it.
claimNeo4jServer();

const ARTICLES = 40;
const EMPTY: GraphDump = { articles: [], entities: [], relations: [], statements: [] };
const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

let root: string;
let folder: string;
let expected: GraphDump;
let direct: Neo4jStore;

function neo4jEnv(uri: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { user, password } = neo4jTestSettings();
  return { KG_STORE: 'neo4j', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...extra };
}

function boltTarget(): { host: string; port: number } {
  const url = new URL(neo4jTestSettings().uri.replace(/^bolt/, 'http'));
  return { host: url.hostname, port: Number(url.port) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Each article's share of a dump: the ids of its entities, relations and statements. */
function contentsByArticle(dump: GraphDump): Map<string, string[]> {
  const byArticle = new Map<string, string[]>(dump.articles.map((a) => [a.id, []]));
  for (const e of dump.entities) for (const m of e.mentions) byArticle.get(m.article)?.push(`entity ${e.id}`);
  for (const r of dump.relations) for (const ev of r.evidence) byArticle.get(ev.article)?.push(`relation ${r.id}`);
  for (const s of dump.statements) byArticle.get(s.article)?.push(`statement ${s.id}`);
  for (const list of byArticle.values()) list.sort();
  return new Map([...byArticle].map(([id, list]) => [id, [...new Set(list)]]));
}

/** Every article in Neo4j is whole: exactly the content a fault-free ingest gives it. */
function expectWholeArticles(actual: GraphDump): void {
  const want = contentsByArticle(expected);
  for (const [article, contents] of contentsByArticle(actual))
    expect({ article, contents }).toEqual({ article, contents: want.get(article) });
}

type Run = ReportedIngest;

/** Runs `kg ingest --report` against Neo4j at `uri`; `onDone(n)` is called as the n-th article is reported done. */
function ingest(uri: string, onDone: (count: number) => void, extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  return ingestWithReport(folder, [], neo4jEnv(uri, extraEnv), (count) => onDone(count));
}

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-neo4j-faults-'));
  folder = join(root, 'articles');
  mkdirSync(folder);
  for (let i = 0; i < ARTICLES; i += 1)
    writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), newsArticle(i * 7));
  const referenceFile = join(root, 'reference.json');
  const reference = await runKg(['ingest', folder, '--data', referenceFile, '--no-progress'], {
    env: { KG_STORE: 'embedded' },
  });
  expect(reference.code).toBe(0);
  expected = await (await EmbeddedStore.open({ path: referenceFile })).dump();
  direct = await Neo4jStore.connect(neo4jTestSettings());
});

beforeEach(async () => {
  await direct.load(EMPTY);
});

afterAll(async () => {
  await direct?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('Neo4j down at start', () => {
  it.each([['ingest'], ['serve']])('kg %s gives a clear error after bounded retries', async (command) => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const args = command === 'ingest' ? ['ingest', folder, '--no-progress'] : ['serve', '--port', '0'];
    const run = await runKg(args, { env: neo4jEnv(uri, { KG_CONNECT_ATTEMPTS: '3', KG_CONNECT_DELAY_MS: '100' }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Cannot reach Neo4j at NEO4J_URI=${uri}`);
    expect(run.stderr).toMatch(/Gave up after 3 attempt\(s\) over \d+\.\d s/);
    expect(run.stderr.match(/retrying in \d+ ms/g)).toEqual(['retrying in 100 ms', 'retrying in 200 ms']);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('kg ingest uses a server that comes up while it retries', async () => {
    const { host, port } = boltTarget();
    const proxy = await startTcpProxy(host, port);
    await proxy.cut();
    const child = spawn(process.execPath, [KG, 'ingest', folder, '--no-progress'], {
      env: {
        ...process.env,
        ...neo4jEnv(`bolt://127.0.0.1:${proxy.port}`, { KG_CONNECT_ATTEMPTS: '8', KG_CONNECT_DELAY_MS: '200' }),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.includes('retrying in')) void proxy.restore();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await proxy.close();
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(stderr).toMatch(/attempt 1 of 8/);
    expect(canonicalDump(await direct.dump())).toEqual(canonicalDump(expected));
  });
});

describe('Neo4j stopping during an ingest', () => {
  let proxy: TcpProxy;
  // Small batches, so that the window of articles in flight (twice the batch) leaves most of the run to
  // write after the cut: with the default batch the 40 articles go in one transaction before any is done.
  const SMALL_BATCHES = { NEO4J_BATCH_ARTICLES: '2' };

  beforeEach(async () => {
    const { host, port } = boltTarget();
    proxy = await startTcpProxy(host, port);
  });

  afterEach(async () => {
    await proxy.close();
  });

  it('loses no acknowledged article and half-writes none when the server comes back', async () => {
    const cuts = [3 + Math.floor(Math.random() * 10), 15 + Math.floor(Math.random() * 15)];
    const run = await ingest(
      `bolt://127.0.0.1:${proxy.port}`,
      (count) => {
        if (cuts.includes(count)) {
          void proxy.cut().then(() => setTimeout(() => void proxy.restore(), 1500));
        }
      },
      SMALL_BATCHES,
    );
    expect({ cuts, code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ cuts, code: 0, stderr: '' });
    const actual = await direct.dump();
    const present = new Set(actual.articles.map((a) => a.id));
    expect(run.done.filter((id) => !present.has(id))).toEqual([]);
    expectWholeArticles(actual);
    expect(canonicalDump(actual)).toEqual(canonicalDump(expected));
  });

  it('stops with a clear error when the server stays down, keeping every acknowledged article whole', async () => {
    const cutAt = 5 + Math.floor(Math.random() * 20);
    const run = await ingest(
      `bolt://127.0.0.1:${proxy.port}`,
      (count) => {
        if (count === cutAt) void proxy.cut();
      },
      SMALL_BATCHES,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const actual = await direct.dump();
    const present = new Set(actual.articles.map((a) => a.id));
    expect(run.done.length).toBeGreaterThanOrEqual(cutAt);
    expect(run.done.filter((id) => !present.has(id))).toEqual([]);
    expect(actual.articles.length).toBeLessThan(ARTICLES);
    expectWholeArticles(actual);
  });
});
