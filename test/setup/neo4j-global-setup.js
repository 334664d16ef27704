import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchNeo4j } from './launcher.js';

/** Where the global teardown finds the server this setup started (jest runs both in one process). */
export const SERVER_KEY = Symbol.for('newsgraph.neo4jTestServer');

/** @param {string} folder @returns {string[]} */
function testFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * True when a test file this run selects uses the Neo4j test server (imports test/setup/neo4j-env).
 * @param {import('@jest/types').Config.GlobalConfig} globalConfig
 */
function runNeedsNeo4j(globalConfig) {
  if (globalConfig.listTests) return false;
  if (globalConfig.onlyChanged || globalConfig.findRelatedTests) return true;
  const pattern = globalConfig.testPathPattern ? new RegExp(globalConfig.testPathPattern, 'i') : null;
  return testFiles(join(globalConfig.rootDir, 'test')).some(
    (file) => (!pattern || pattern.test(file)) && readFileSync(file, 'utf8').includes('setup/neo4j-env'),
  );
}

/**
 * jest global setup: gives the tests a Neo4j server through the NEO4J_TEST_* variables that
 * test/setup/neo4j-env.ts reads. Uses the server NEO4J_URI names when it is set (the store tests wipe
 * its database, and refuse to if it holds data unless NEO4J_TEST_WIPE=1), else starts the launcher in
 * neo4j-launcher/ (building it with Maven if needed). A server that cannot start fails the run.
 * @param {import('@jest/types').Config.GlobalConfig} globalConfig
 */
export default async function globalSetup(globalConfig) {
  if (process.env.NEO4J_URI) {
    process.env.NEO4J_TEST_URI = process.env.NEO4J_URI;
    process.env.NEO4J_TEST_USER = process.env.NEO4J_USER ?? 'neo4j';
    process.env.NEO4J_TEST_PASSWORD = process.env.NEO4J_PASSWORD ?? '';
    process.env.NEO4J_TEST_DATABASE = process.env.NEO4J_DATABASE ?? '';
    process.env.NEO4J_TEST_EXTERNAL = '1';
    return;
  }
  if (!runNeedsNeo4j(globalConfig)) return;
  const server = await launchNeo4j();
  process.stderr.write(`\nneo4j: test server at ${server.uri}, started in ${(server.startMs / 1000).toFixed(1)} s\n`);
  Object.assign(globalThis, { [SERVER_KEY]: server });
  process.env.NEO4J_TEST_URI = server.uri;
  process.env.NEO4J_TEST_USER = server.user;
  process.env.NEO4J_TEST_PASSWORD = server.password;
  process.env.NEO4J_TEST_EXTERNAL = '0';
}
