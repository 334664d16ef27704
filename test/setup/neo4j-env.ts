import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Neo4jSettings } from '../../src/config.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';

/** Environment variables through which the jest global setup hands the test server to the tests. */
const TEST_ENV = {
  uri: 'NEO4J_TEST_URI',
  user: 'NEO4J_TEST_USER',
  password: 'NEO4J_TEST_PASSWORD',
  database: 'NEO4J_TEST_DATABASE',
  external: 'NEO4J_TEST_EXTERNAL',
} as const;

/**
 * The Neo4j server the tests use; throws when the global setup started none (tests fail, never skip).
 * One server serves the whole run and Community has one database, while jest runs test files in
 * parallel: a file that writes to it calls claimNeo4jServer() first.
 */
export function neo4jTestSettings(): Neo4jSettings {
  const uri = process.env[TEST_ENV.uri];
  if (!uri) {
    throw new Error(
      `${TEST_ENV.uri} is not set: the jest global setup (test/setup/neo4j-global-setup.js) starts Neo4j for test files that import test/setup/neo4j-env.ts; run the tests with npm test.`,
    );
  }
  return {
    uri,
    user: process.env[TEST_ENV.user] ?? 'neo4j',
    password: process.env[TEST_ENV.password] ?? '',
    database: process.env[TEST_ENV.database] || undefined,
  };
}

/** True when the tests run against a server named by NEO4J_URI rather than one they started. */
export function usingExternalServer(): boolean {
  return process.env[TEST_ENV.external] === '1';
}

/**
 * Opens a store on the test server and empties it; refuses to wipe a server NEO4J_URI named that holds
 * data, unless NEO4J_TEST_WIPE=1.
 */
export async function openEmptyNeo4jStore(): Promise<Neo4jStore> {
  const store = await Neo4jStore.connect(neo4jTestSettings());
  const { articles, nodes } = await store.stats();
  if (usingExternalServer() && articles + nodes > 0 && process.env.NEO4J_TEST_WIPE !== '1') {
    await store.close();
    throw new Error(
      `The Neo4j server at NEO4J_URI holds ${articles} article(s) and ${nodes} node(s); the tests would wipe it. Unset NEO4J_URI to use a throw-away server, or set NEO4J_TEST_WIPE=1.`,
    );
  }
  await store.load({ articles: [], entities: [], relations: [], statements: [] });
  await wipeCorrections();
  return store;
}

/** Removes the corrections log, which load leaves alone (its Correction nodes), so that each test starts with none. */
async function wipeCorrections(): Promise<void> {
  const settings = neo4jTestSettings();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    await driver.executeQuery('MATCH (c:Correction) DETACH DELETE c', {}, { database: settings.database });
  } finally {
    await driver.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the test server for this process alone (a lock folder beside the system's temporary files, keyed
 * by the server's address; a lock whose holder died is taken over) and resolves to its release.
 */
async function lockNeo4jServer(timeoutMs: number): Promise<() => Promise<void>> {
  const lock = join(tmpdir(), `newsgraph-neo4j-lock-${neo4jTestSettings().uri.replace(/[^a-z0-9]+/gi, '-')}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => '0'));
    if (holder > 0 && !alive(holder)) await rm(lock, { recursive: true, force: true });
    if (Date.now() > deadline)
      throw new Error(`The Neo4j test server stayed taken by process ${holder} for ${timeoutMs} ms (lock ${lock}).`);
    await sleep(250);
  }
}

/**
 * Holds the test server for this test file from its first test to its last, so that files that write to
 * it (and wipe it) take turns while other files run in parallel. Call it at the top level of the file,
 * before any hook that touches the server.
 */
export function claimNeo4jServer(timeoutMs = 15 * 60_000): void {
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await lockNeo4jServer(timeoutMs);
  }, timeoutMs);
  afterAll(async () => {
    await release?.();
  });
}
