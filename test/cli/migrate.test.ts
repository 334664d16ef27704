import { requireBuild, runKg } from './run-kg.js';

describe('kg migrate', () => {
  beforeAll(requireBuild);

  it('says that the embedded store needs no migration, and exits 0', async () => {
    const run = await runKg(['migrate', '--store', 'embedded', '--data', '/tmp/newsgraph-migrate-test.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/needs no migration/);
  });
});
