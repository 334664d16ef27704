/**
 * The explorer's date slider and timeline in Chromium, over both stores: moving the slider asks for the
 * selected entity's neighbourhood as of the date and changes the nodes and edges drawn; the side panel
 * shows the entity's timeline, the days after the slider's date faded.
 */
import type { Page, Request } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { FIXTURE_ARTICLES, fixtureArticleGraph } from '../export/fixture.js';
import { claimNeo4jServer, neo4jTestSettings, usingExternalServer } from '../setup/neo4j-env.js';
import { useChromium } from './browser.js';

claimNeo4jServer();

/** An article of 24 February 2022, before the two fixture articles of September. */
const INVASION = fixtureArticleGraph({
  title: 'Russia invades Ukraine',
  date: '2022-02-24',
  text:
    'Russian President Vladimir Putin ordered the invasion of Ukraine. ' +
    'The United States imposed sanctions on Russia. ' +
    'Ukraine condemned Russia.',
  entities: [
    ['Person', 'Vladimir Putin', ['Putin']],
    ['Country', 'Russia', ['Russian']],
    ['Country', 'Ukraine', []],
    ['Country', 'United States', []],
  ],
  relations: [
    {
      type: 'LEADER_OF',
      source: 'Vladimir Putin',
      target: 'Russia',
      sentence: 'Russian President Vladimir Putin ordered the invasion of Ukraine.',
    },
    {
      type: 'OPPOSES',
      source: 'Vladimir Putin',
      target: 'Ukraine',
      sentence: 'Russian President Vladimir Putin ordered the invasion of Ukraine.',
    },
    {
      type: 'SANCTIONS',
      source: 'United States',
      target: 'Russia',
      sentence: 'The United States imposed sanctions on Russia.',
    },
    { type: 'OPPOSES', source: 'Ukraine', target: 'Russia', sentence: 'Ukraine condemned Russia.' },
  ],
});

const EMPTY = { articles: [], entities: [], relations: [], statements: [] };

async function embeddedStore(): Promise<GraphStore> {
  const store = await EmbeddedStore.open();
  for (const graph of [INVASION, ...FIXTURE_ARTICLES.map(fixtureArticleGraph)]) await store.ingest(graph);
  return store;
}

async function neo4jStore(): Promise<GraphStore> {
  const store = await Neo4jStore.connect(neo4jTestSettings());
  const { articles, nodes } = await store.stats();
  if (usingExternalServer() && articles + nodes > 0 && process.env.NEO4J_TEST_WIPE !== '1') {
    await store.close();
    throw new Error(
      `The Neo4j server at NEO4J_URI holds ${articles} article(s); this test would replace them. Unset NEO4J_URI or set NEO4J_TEST_WIPE=1.`,
    );
  }
  await store.load(await (await embeddedStore()).dump());
  return store;
}

const browser = useChromium({ width: 1280, height: 800 });

/** The counts of the status line: entities and relations shown, and the date it is as of. */
async function shown(page: Page): Promise<{ entities: number; relations: number; asOf: string | null }> {
  const text = (await page.locator('#status').textContent()) ?? '';
  const match = /^(\d+) of \d+ entities · (\d+) of \d+ relations shown(?: as of (\S+))?$/.exec(text);
  if (!match) throw new Error(`unexpected status line: ${text}`);
  return { entities: Number(match[1]), relations: Number(match[2]), asOf: match[3] ?? null };
}

/** True for a neighbourhood request of the explorer as of the given date (null: the graph as it is). */
function neighbourhoodAsOf(request: Request, asOf: string | null): boolean {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return false;
  const body = request.postDataJSON() as { query: string; variables: { asOf?: string | null } };
  return body.query.includes('neighborhood(') && (body.variables.asOf ?? null) === asOf;
}

describe.each([
  ['embedded', embeddedStore],
  ['neo4j', neo4jStore],
])('the date slider and the timeline in Chromium: %s store', (name, open) => {
  let store: GraphStore;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    store = await open();
    server = await startServer(store, { ...loadConfig({}), host: '127.0.0.1', port: 0 });
    page = await browser.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.url.replace(/\/graphql$/, '')}/explore`);
    await page.waitForFunction(
      () => document.body.dataset.state === 'ready' && (window.newsgraphExplorer?.nodeCount() ?? 0) > 0,
    );
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    await server?.close();
    if (name === 'neo4j') await store?.load(EMPTY);
    await store?.close();
  });

  it('moves through time: the slider re-queries the neighbourhood as of its date, and nodes and edges change', async () => {
    const slider = page.locator('#as-of');
    expect(await slider.isEnabled()).toBe(true);
    expect(await page.locator('#as-of-start').textContent()).toBe('2022-02-24');
    expect(await page.locator('#as-of-end').textContent()).toBe('2022-09-16');
    expect(await page.locator('#as-of-label').textContent()).toBe('all dates');
    const everything = await shown(page);
    expect(everything).toEqual({ entities: 13, relations: 16, asOf: null });

    await page.locator('#search').fill('Putin');
    await page.locator('#search').press('Enter');
    await page.locator('#panel h2', { hasText: 'Vladimir Putin' }).waitFor();
    const days = page.locator('#panel .timeline li.day');
    expect(await days.locator('time').allTextContents()).toEqual(['2022-02-24', '2022-09-15', '2022-09-15']);
    expect(await days.nth(0).locator('.timeline-fact').allTextContents()).toEqual([
      '→ leader of Russia',
      '→ opposes Ukraine',
    ]);
    expect(await days.nth(1).locator('.when').textContent()).toBe('2022-09-15 · Xi–Putin meeting in Samarkand');
    expect(await page.locator('#panel .timeline li.later').count()).toBe(0);

    // The slider's left end: the graph of 24 February 2022.
    const earliest = page.waitForRequest((request) => neighbourhoodAsOf(request, '2022-02-24'));
    await slider.focus();
    await page.keyboard.press('Home');
    await earliest;
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    expect(await page.locator('#as-of-label').textContent()).toBe('2022-02-24');
    expect(await shown(page)).toEqual({ entities: 4, relations: 4, asOf: '2022-02-24' });
    expect(await page.locator('#panel .timeline li.later time').allTextContents()).toEqual([
      '2022-09-15',
      '2022-09-15',
    ]);
    const putin = await page.evaluate(() => window.newsgraphExplorer!.viewportPosition('person:vladimir-putin'));
    expect(putin).not.toBeNull();

    // One day before the latest: the facts of 16 September are gone, those of the 15th are back.
    const dayBefore = page.waitForRequest((request) => neighbourhoodAsOf(request, '2022-09-15'));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await dayBefore;
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    const fifteenth = await shown(page);
    expect(fifteenth.asOf).toBe('2022-09-15');
    expect(fifteenth.relations).toBe(13);
    expect(fifteenth.entities).toBeLessThan(everything.entities);
    expect(await page.locator('#panel .timeline li.later').count()).toBe(0);

    // The right end: the graph as it is.
    const now = page.waitForRequest((request) => neighbourhoodAsOf(request, null));
    await page.keyboard.press('End');
    await now;
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    expect(await page.locator('#as-of-label').textContent()).toBe('all dates');
    expect(await shown(page)).toEqual(everything);
  }, 60_000);

  it('opens another entity from its timeline', async () => {
    await page.locator('#panel .timeline .fact-link', { hasText: 'Ukraine' }).click();
    await page.locator('#panel h2', { hasText: 'Ukraine' }).waitFor();
    expect(await page.locator('#panel .timeline li.day time').allTextContents()).toEqual(['2022-02-24', '2022-09-16']);
  }, 30_000);
});
