import { readFileSync } from 'node:fs';
import { REPO, requireBuild, runKg } from './run-kg.js';

describe('kg --version', () => {
  beforeAll(requireBuild);

  it('prints the version of package.json and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(`${REPO}package.json`, 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = await runKg([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(version);
    }
  });
});
