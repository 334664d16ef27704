import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * jest reporter that ends the run with one plain line, "tests: N passed, N failed, N skipped", and
 * keeps it in test-results/summary.txt so that .ci/run can print it last, as the run's count.
 */
export default class SummaryReporter {
  /** @param {{ rootDir: string }} globalConfig */
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  /** @param {unknown} _contexts @param {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }} results */
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    mkdirSync(`${this.rootDir}/test-results`, { recursive: true });
    writeFileSync(`${this.rootDir}/test-results/summary.txt`, line);
    process.stdout.write(line);
  }
}
