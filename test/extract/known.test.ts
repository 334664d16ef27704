import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/cli/ingest.js';
import { EmbeddedStore } from '../../src/store/embedded.js';

describe('ingest passes what the store knows to the extractor', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kg-known-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('resolves "the Chinese leader" in a later article through the roles of an earlier one', async () => {
    const first = join(root, 'a.txt');
    const second = join(root, 'b.txt');
    writeFileSync(first, 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.\n');
    writeFileSync(second, 'The Chinese leader said the two countries would deepen their cooperation.\n');
    const store = await EmbeddedStore.open({ path: join(root, 'store.json') });
    await ingestPaths(store, [first], { progress: false, date: '2022-09-15' });
    await ingestPaths(store, [second], { progress: false, date: '2022-09-16' });
    const known = await store.knownEntities();
    const xi = known.find((e) => e.name === 'Xi Jinping');
    expect(xi?.roles?.some((r) => /president/i.test(r))).toBe(true);
    expect(xi?.aliases.map((a) => a.toLowerCase())).toContain('the chinese leader');
    const meeting = known.find((e) => e.label === 'Event');
    expect(meeting?.date).toBe('2022-09-15');
  });
});
