import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/cli/ingest.js';
import { createApi } from '../../src/graphql/yoga.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphDump } from '../../src/store/port.js';
import { newsArticle } from '../cli/run-kg.js';

const ARTICLES = 40;

let root: string;
let folder: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-consistency-'));
  folder = join(root, 'articles');
  mkdirSync(folder);
  for (let i = 0; i < ARTICLES; i += 1)
    writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), newsArticle(i * 3));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Each article's share of a dump: the ids of its entities, relations and statements. */
function contentsByArticle(dump: GraphDump): Map<string, string[]> {
  const byArticle = new Map<string, Set<string>>(dump.articles.map((a) => [a.id, new Set()]));
  const add = (article: string, item: string): void => {
    const set = byArticle.get(article);
    if (!set) throw new Error(`${item} cites article ${article}, which is not in the store`);
    set.add(item);
  };
  for (const e of dump.entities) for (const m of e.mentions) add(m.article, `entity ${e.id}`);
  for (const r of dump.relations) for (const ev of r.evidence) add(ev.article, `relation ${r.id}`);
  for (const s of dump.statements) add(s.article, `statement ${s.id}`);
  return new Map([...byArticle].map(([id, set]) => [id, [...set].sort()]));
}

describe('queries during an ingest', () => {
  it('see a consistent graph: only whole articles, no dangling edge, counts that agree and only grow', async () => {
    const reference = await EmbeddedStore.open();
    await ingestPaths(reference, [folder], { progress: false });
    const whole = contentsByArticle(await reference.dump());

    const store = await EmbeddedStore.open({ path: join(root, 'store.json') });
    const api = createApi(store, { logger: false, graphiql: false });
    let finished = false;
    const ingesting = ingestPaths(store, [folder], { progress: false, flushEveryMs: 0 }).finally(() => {
      finished = true;
    });
    const seen: number[] = [];
    while (!finished) {
      const dump = await store.dump();
      const ids = new Set(dump.entities.map((e) => e.id));
      for (const r of dump.relations) expect([ids.has(r.source), ids.has(r.target)]).toEqual([true, true]);
      for (const s of dump.statements) expect(ids.has(s.speaker)).toBe(true);
      for (const [article, contents] of contentsByArticle(dump))
        expect({ article, contents }).toEqual({ article, contents: whole.get(article) });

      const response = await api.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { articles nodes edges statements } }' }),
      });
      const body = (await response.json()) as {
        data?: { stats: { articles: number; nodes: number; edges: number; statements: number } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      const stats = body.data!.stats;
      expect(stats.articles).toBeGreaterThanOrEqual(dump.articles.length);
      seen.push(stats.articles);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const summary = await ingesting;
    expect(summary.failures).toEqual([]);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBeGreaterThan(1);
    expect(contentsByArticle(await store.dump())).toEqual(whole);
  }, 120_000);
});
