import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { ingestWithReport, newsArticle, requireBuild } from './run-kg.js';

jest.setTimeout(180_000);

let root: string;

beforeAll(() => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-shared-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function batch(name: string, from: number, count: number): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (let n = from; n < from + count; n += 1) writeFileSync(join(folder, `${n}.txt`), newsArticle(n));
  return folder;
}

test('two kg ingest runs on one store file: every article reported done is in the file', async () => {
  const store = join(root, 'shared.json');
  const env = { KG_STORE: 'embedded', KG_DATA: store };
  const [a, b] = await Promise.all([
    ingestWithReport(batch('a', 0, 150), ['--flush-interval', '0'], env),
    ingestWithReport(batch('b', 150, 150), ['--flush-interval', '0'], env),
  ]);
  expect([a.code, b.code, a.code || b.code ? a.stderr + b.stderr : '']).toEqual([0, 0, '']);
  expect(`${a.stderr}\n${b.stderr}`).not.toMatch(/^failed:/m);
  const stored = new Set(
    (await (await EmbeddedStore.open({ path: store })).dump()).articles.map((article) => article.id),
  );
  const reported = [...a.done, ...b.done];
  expect(reported).toHaveLength(300);
  expect(reported.filter((id) => !stored.has(id))).toEqual([]);
  expect(stored.size).toBe(300);
  expect(readdirSync(root).filter((name) => name.startsWith('shared.json.'))).toEqual([]);
});
