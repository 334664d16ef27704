/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    // Babel only strips the types (no module transform): jest runs the tests as native ES modules.
    '^.+\\.ts$': [
      'babel-jest',
      { babelrc: false, configFile: false, presets: [['@babel/preset-typescript', { allowDeclareFields: true }]] },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // The default output, then one plain 'N passed, N failed' line for CI.
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  // Starts a throw-away Neo4j server for test files that use it (see test/setup/neo4j-global-setup.js).
  globalSetup: '<rootDir>/test/setup/neo4j-global-setup.js',
  globalTeardown: '<rootDir>/test/setup/neo4j-global-teardown.js',
};
