import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { reactionArticle, samarkandArticle } from './fixtures.js';
import { testApi } from './harness.js';

// On the embedded store only: it is about the store file that two processes share (its lock and re-read),
// which Neo4j has no counterpart of. The query and mutation tests run on both stores (see stores.ts).
const INGEST =
  'mutation($text: String!) { ingestArticle(input: { text: $text, title: "Talks" }) { duplicate article { id } } }';
const TEXTS = [
  'Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana on Wednesday.',
  'Indian Prime Minister Narendra Modi met Vladimir Putin in Samarkand on Friday.',
  'Turkish President Recep Tayyip Erdogan met Vladimir Putin in Samarkand on Friday.',
];

let folder: string;
let path: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-durable-'));
  path = join(folder, 'graph.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function storedIds(): Promise<string[]> {
  return (await (await EmbeddedStore.open({ path })).dump()).articles.map((a) => a.id).sort();
}

describe('mutations on a store file that another process writes too (kg ingest while kg serve runs)', () => {
  test('what the other process stored stays, and the mutation is stored beside it', async () => {
    const served = await EmbeddedStore.open({ path });
    const api = testApi(served);
    const ingest = await EmbeddedStore.open({ path });
    await ingest.ingest(samarkandArticle);
    await ingest.ingest(reactionArticle);
    await ingest.flush();
    const added = await api.data<{ ingestArticle: { duplicate: boolean; article: { id: string } } }>(INGEST, {
      variables: { text: TEXTS[0] },
    });
    expect(added.ingestArticle.duplicate).toBe(false);
    expect(await storedIds()).toEqual(
      [samarkandArticle.article.id, reactionArticle.article.id, added.ingestArticle.article.id].sort(),
    );
    expect(await api.data('{ stats { articles } }')).toEqual({ stats: { articles: 3 } });
  });

  test('concurrent mutations are all stored', async () => {
    const api = testApi(await EmbeddedStore.open({ path }));
    const results = await Promise.all(TEXTS.map((text) => api.request(INGEST, { variables: { text } })));
    expect(results.map((r) => r.body.errors)).toEqual([undefined, undefined, undefined]);
    expect((await storedIds()).length).toBe(3);
  });
});

describe('a mutation whose write failed', () => {
  test('is not served, and sending it again stores it rather than saying duplicate', async () => {
    const api = testApi(await EmbeddedStore.open({ path }));
    // The write's temporary file leads to /dev/full: the disk is full.
    await symlink('/dev/full', `${path}.${process.pid}.tmp`);
    const failed = await api.request(INGEST, { variables: { text: TEXTS[0] } });
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await api.data('{ stats { articles } articles { totalCount } }')).toEqual({
      stats: { articles: 0 },
      articles: { totalCount: 0 },
    });
    const retried = await api.data<{ ingestArticle: { duplicate: boolean } }>(INGEST, {
      variables: { text: TEXTS[0] },
    });
    expect(retried.ingestArticle.duplicate).toBe(false);
    expect((await storedIds()).length).toBe(1);
  });

  test('among concurrent mutations, none is reported stored unless it is in the file', async () => {
    const api = testApi(await EmbeddedStore.open({ path }));
    await symlink('/dev/full', `${path}.${process.pid}.tmp`);
    const results = await Promise.all(TEXTS.map((text) => api.request(INGEST, { variables: { text } })));
    const reported = results.flatMap((r) => {
      const data = r.body.data as { ingestArticle: { article: { id: string } } | null } | null | undefined;
      return data?.ingestArticle ? [data.ingestArticle.article.id] : [];
    });
    expect(results.filter((r) => r.body.errors).length).toBeGreaterThan(0);
    const stored = await storedIds();
    expect(reported.filter((id) => !stored.includes(id))).toEqual([]);
    expect((await api.data<{ stats: { articles: number } }>('{ stats { articles } }')).stats.articles).toBe(
      stored.length,
    );
  });
});
