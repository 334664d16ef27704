import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { main } from '../../src/cli/main.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_ARTICLES, FIXTURE_COUNTS, fixtureArticleGraph } from './fixture.js';

describe('kg export', () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-cli-export-'));
    data = join(dir, 'graph.json');
    const store = await EmbeddedStore.open({ path: data });
    for (const article of FIXTURE_ARTICLES) await store.ingest(fixtureArticleGraph(article));
    await store.close();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes GEXF of the whole graph and of a focus subgraph with hops and types', async () => {
    expect(
      await main(['node', 'kg', 'export', '--data', data, '--format', 'gexf', '--out', join(dir, 'all.gexf')]),
    ).toBe(0);
    const all = gexf.parse(graphology.MultiGraph, await readFile(join(dir, 'all.gexf'), 'utf8'));
    expect([all.order, all.size]).toEqual([FIXTURE_COUNTS.nodes, FIXTURE_COUNTS.edges]);
    const args = ['--focus', 'Zhao Long', '--hops', '2', '--types', 'said,held_in', '--out', join(dir, 'zhao.gexf')];
    expect(await main(['node', 'kg', 'export', '--data', data, '--format', 'gexf', ...args])).toBe(0);
    const zhao = gexf.parse(graphology.MultiGraph, await readFile(join(dir, 'zhao.gexf'), 'utf8'));
    expect(zhao.nodes().sort()).toEqual(['event:xi-putin-meeting-in-samarkand', 'person:zhao-long', 'place:samarkand']);
  });

  it('writes nodes.csv and relationships.csv into a folder', async () => {
    expect(await main(['node', 'kg', 'export', '--data', data, '--format', 'csv', '--out', join(dir, 'neo4j')])).toBe(
      0,
    );
    const nodes = await readFile(join(dir, 'neo4j', 'nodes.csv'), 'utf8');
    expect(nodes.trimEnd().split('\n')).toHaveLength(FIXTURE_COUNTS.nodes + 1);
  });

  it('refuses an unknown relation type with the list of known ones', async () => {
    await expect(main(['node', 'kg', 'export', '--data', data, '--types', 'HUGS'])).rejects.toThrow(
      /Unknown relation type HUGS: use any of MET_WITH/,
    );
  });
});
