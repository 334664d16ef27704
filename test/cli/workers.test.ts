import { jest } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { newsArticle, REPO, requireBuild, runKg } from './run-kg.js';

jest.setTimeout(120_000);

let root: string;
let folder: string;

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-cli-workers-'));
  folder = join(root, 'articles');
  mkdirSync(folder);
  await writeCorpus(folder, generateCorpus({ seed: 11, count: 24 }));
  for (const name of readdirSync(join(REPO, 'seeds')))
    copyFileSync(join(REPO, 'seeds', name), join(folder, `s-${name}`));
  writeFileSync(join(folder, '000010a-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  // An HTML page whose article keeps under 80 words: a "short:" warning on stderr, exit 1 without --allow-short.
  writeFileSync(
    join(folder, '000010b-page.html'),
    `<!doctype html><html><head><title>Trade talks</title></head><body><nav>Home | World</nav><article><h1>Trade talks</h1><p>${newsArticle(2)}</p></article><footer>Contact</footer></body></html>`,
  );
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('kg ingest --workers (the built CLI)', () => {
  it('stores the same file, and prints the same report and summary, as a run without workers', async () => {
    const args = (data: string, workers: string) => [
      'ingest',
      folder,
      '--data',
      data,
      '--workers',
      workers,
      '--report',
      '--no-progress',
      '--flush-interval',
      '0',
      '--date',
      '2024-03-01',
    ];
    const single = await runKg(args(join(root, 'one.json'), '1'));
    const parallel = await runKg(args(join(root, 'two.json'), '2'));
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(single.code);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.stderr).toMatch(/^short: .*000010b-page\.html: /m);
    expect(parallel.stdout).toMatch(/^failed .*000010a-binary\.txt: is a PNG image/m);
    expect(parallel.stdout.split('\n').filter((l) => l.startsWith('done '))).toHaveLength(30);
    expect(readFileSync(join(root, 'two.json'), 'utf8')).toBe(readFileSync(join(root, 'one.json'), 'utf8'));
  });

  it('takes KG_INGEST_WORKERS, and refuses a malformed count before touching the store', async () => {
    const data = join(root, 'env.json');
    const run = await runKg(['ingest', join(folder, '000001.txt'), '--data', data, '--no-progress'], {
      env: { KG_INGEST_WORKERS: '3' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^1 article\(s\) added/);
    const bad = await runKg(['ingest', folder, '--data', join(root, 'bad.json'), '--workers', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--workers must be a whole number of threads from 0 to 64, got "many".');
    const badEnv = await runKg(['ingest', folder, '--data', join(root, 'bad.json')], {
      env: { KG_INGEST_WORKERS: '-1' },
    });
    expect(badEnv.stderr).toContain('KG_INGEST_WORKERS must be a whole number of threads from 0 to 64, got "-1".');
  });
});
