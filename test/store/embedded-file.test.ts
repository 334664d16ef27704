import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { StoreFileError } from '../../src/store/errors.js';
import type { GraphDump } from '../../src/store/port.js';
import { fixtureArticles } from './fixtures.js';

const f = fixtureArticles();

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-file-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function savedStore(path: string): Promise<EmbeddedStore> {
  const store = await EmbeddedStore.open({ path });
  for (const article of [f.samarkand, f.kremlin, f.kyiv]) await store.ingest(article);
  await store.flush();
  return store;
}

function byId<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function sorted(dump: GraphDump): GraphDump {
  return {
    articles: byId(dump.articles),
    entities: byId(dump.entities),
    relations: byId(dump.relations),
    statements: byId(dump.statements),
  };
}

describe('the embedded store file', () => {
  it('is one JSON document, the store snapshot, with one record a line', async () => {
    const path = join(folder, 'graph.json');
    const store = await savedStore(path);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(store.snapshot());
    const stats = await store.stats();
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(stats.articles + stats.statements + stats.nodes + stats.edges + 5);
    expect(lines[0]).toBe('{"format":"newsgraph/1","articles":[');
    expect(lines.at(-1)).toBe(']}}');
  });

  it('opens with the same records, neighbourhoods, paths and search as the store that wrote it', async () => {
    const path = join(folder, 'graph.json');
    const store = await savedStore(path);
    const reopened = await EmbeddedStore.open({ path });
    expect(sorted(await reopened.dump())).toEqual(sorted(await store.dump()));
    expect(reopened.snapshot()).toEqual(store.snapshot());
    const { ids } = f;
    expect(await reopened.neighborhood({ id: ids.xi, hops: 2, limit: 6 })).toEqual(
      await store.neighborhood({ id: ids.xi, hops: 2, limit: 6 }),
    );
    expect(await reopened.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 6 })).toEqual(
      await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 6 }),
    );
    expect(await reopened.searchEntities({ search: 'putin' })).toEqual(await store.searchEntities({ search: 'putin' }));
  });

  it('removes an article loaded from the file as it removes one ingested in the same process', async () => {
    const path = join(folder, 'graph.json');
    const store = await savedStore(path);
    const reopened = await EmbeddedStore.open({ path });
    expect(await reopened.deleteArticle(f.kremlin.article.id)).toEqual(await store.deleteArticle(f.kremlin.article.id));
    expect(sorted(await reopened.dump())).toEqual(sorted(await store.dump()));
  });

  it('opens a file that earlier versions wrote on one line', async () => {
    const path = join(folder, 'graph.json');
    const store = await savedStore(path);
    const old = join(folder, 'old.json');
    await writeFile(old, JSON.stringify(store.snapshot()));
    expect(sorted(await (await EmbeddedStore.open({ path: old })).dump())).toEqual(sorted(await store.dump()));
  });

  it('refuses a file cut short or with a damaged record, naming the file and what to do', async () => {
    const path = join(folder, 'graph.json');
    await savedStore(path);
    const text = await readFile(path, 'utf8');
    const cut = join(folder, 'cut.json');
    await writeFile(cut, text);
    await truncate(cut, Buffer.byteLength(text.slice(0, text.indexOf('],"edges":['))));
    await expect(EmbeddedStore.open({ path: cut })).rejects.toThrow(StoreFileError);
    await expect(EmbeddedStore.open({ path: cut })).rejects.toThrow(
      /cut\.json is damaged .*cut short.*Restore it from a backup/,
    );
    const broken = join(folder, 'broken.json');
    await writeFile(broken, text.replace('"statements":[\n{', '"statements":[\n{{'));
    await expect(EmbeddedStore.open({ path: broken })).rejects.toThrow(/broken\.json is not valid JSON/);
    const other = join(folder, 'other.json');
    await writeFile(other, JSON.stringify({ format: 'something/9' }));
    await expect(EmbeddedStore.open({ path: other })).rejects.toThrow(/has format "something\/9"/);
  });

  it('writes again after changes, down to no articles at all', async () => {
    const path = join(folder, 'graph.json');
    const store = await savedStore(path);
    await store.deleteArticle(f.samarkand.article.id);
    await store.deleteArticle(f.kremlin.article.id);
    await store.deleteArticle(f.kyiv.article.id);
    await store.flush();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(store.snapshot());
    expect(JSON.parse(text).articles).toEqual([]);
    expect(await (await EmbeddedStore.open({ path })).stats()).toEqual(await store.stats());
  });
});
