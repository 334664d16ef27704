import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import { FIXTURE_COUNTS, fixtureStore } from '../export/fixture.js';
import { claimNeo4jServer, neo4jTestSettings, usingExternalServer } from '../setup/neo4j-env.js';
import { useChromium } from './browser.js';

claimNeo4jServer();

const browser = useChromium({ width: 1280, height: 800 });
let store: Neo4jStore;
let server: RunningServer;
let page: Page;
let base: string;

beforeAll(async () => {
  store = await Neo4jStore.connect(neo4jTestSettings());
  const { articles, nodes } = await store.stats();
  if (usingExternalServer() && articles + nodes > 0 && process.env.NEO4J_TEST_WIPE !== '1') {
    throw new Error(
      `The Neo4j server at NEO4J_URI holds ${articles} article(s); this test would replace them. Unset NEO4J_URI or set NEO4J_TEST_WIPE=1.`,
    );
  }
  await store.load(await (await fixtureStore()).dump());
  server = await startServer(store, { ...loadConfig({}), host: '127.0.0.1', port: 0 });
  base = server.url.replace(/\/graphql$/, '');
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('the explorer and the exports over the Neo4j store', () => {
  it('draws the graph, finds Putin and shows his evidence, all through GraphQL over Neo4j', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForFunction(
      () => document.body.dataset.state === 'ready' && (window.newsgraphExplorer?.nodeCount() ?? 0) > 0,
    );
    expect(await page.locator('#status').textContent()).toMatch(/13 of 13 entities · 14 of 14 relations shown/);
    await page.locator('#search').fill('Putin');
    await page.locator('#search').press('Enter');
    await page.locator('#panel h2', { hasText: 'Vladimir Putin' }).waitFor();
    await page.locator('#panel .close').click();
    await page.waitForTimeout(600);
    const box = (await page.locator('#graph').boundingBox())!;
    const point = (await page.evaluate(() => window.newsgraphExplorer!.viewportPosition('person:vladimir-putin')))!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.locator('#panel h2', { hasText: 'Vladimir Putin' }).waitFor();
    expect(await page.locator('#panel .sentence').allTextContents()).toContain(
      'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
    );
  }, 60_000);

  it('exports the same graph as the embedded store', async () => {
    const gexf = await (await fetch(`${base}/export/graph.gexf`)).text();
    expect(gexf.match(/<node /g)).toHaveLength(FIXTURE_COUNTS.nodes);
    expect(gexf.match(/<edge /g)).toHaveLength(FIXTURE_COUNTS.edges);
    const focus = await (await fetch(`${base}/export/relationships.csv?focus=Zhao%20Long&hops=1`)).text();
    expect(focus.trimEnd().split('\n')).toHaveLength(3);
  });
});
