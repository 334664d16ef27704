import type { Neo4jSettings } from '../../src/config.js';

/** Environment variables through which the jest global setup hands the test server to the tests. */
export const TEST_ENV = {
  uri: 'NEO4J_TEST_URI',
  user: 'NEO4J_TEST_USER',
  password: 'NEO4J_TEST_PASSWORD',
  database: 'NEO4J_TEST_DATABASE',
  external: 'NEO4J_TEST_EXTERNAL',
} as const;

/**
 * The Neo4j server the tests use; throws when the global setup started none (tests fail, never skip).
 * One server serves the whole run and Community has one database: test files run in parallel, so only
 * test/store/contract.test.ts writes to it; other files may read, or must add their cases there.
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
