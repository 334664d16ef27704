/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // Starts a throw-away Neo4j server for test files that use it (see test/setup/neo4j-global-setup.js).
  globalSetup: '<rootDir>/test/setup/neo4j-global-setup.js',
  globalTeardown: '<rootDir>/test/setup/neo4j-global-teardown.js',
};
