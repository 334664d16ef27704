import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ingestPaths } from '../../src/cli/ingest.js';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { fixtureStore } from '../export/fixture.js';
import { useChromium } from './browser.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** The README's screenshot when UPDATE_SCREENSHOT=1, else an untracked file, so a test run leaves the tree clean. */
const SCREENSHOT = fileURLToPath(
  new URL(
    process.env.UPDATE_SCREENSHOT === '1' ? '../../docs/explorer.png' : '../../test-results/explorer.png',
    import.meta.url,
  ),
);
const VIEWPORT = { width: 1440, height: 900 };

const browser = useChromium(VIEWPORT);

/** The server of `kg serve` over a store, on a free loopback port, and a browser page on its explorer. */
async function openExplorer(store: GraphStore): Promise<{ server: RunningServer; page: Page }> {
  const server = await startServer(store, { ...loadConfig({}), host: '127.0.0.1', port: 0 });
  const base = server.url.replace(/\/graphql$/, '');
  const page = await browser.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${base}/explore`);
  await page.waitForFunction(
    () => document.body.dataset.state === 'ready' && (window.newsgraphExplorer?.nodeCount() ?? 0) > 0,
  );
  expect(errors).toEqual([]);
  return { server, page };
}

/** Counts the pixels of a PNG that are neither white nor the page's pale background, decoded by the browser. */
async function inkPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40 || Math.max(r, g, b) < 170) ink += 1;
    }
    return ink;
  }, png.toString('base64'));
}

/** Where a node is drawn, in page coordinates. */
async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const point = await page.evaluate((node) => window.newsgraphExplorer!.viewportPosition(node), id);
  if (!point) throw new Error(`${id} is not drawn`);
  return { x: box.x + point.x, y: box.y + point.y };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('the graph explorer at /explore in Chromium, on the seed articles', () => {
  let store: EmbeddedStore;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    store = await EmbeddedStore.open();
    const summary = await ingestPaths(store, [SEEDS], { progress: false });
    expect(summary.failures).toEqual([]);
    ({ server, page } = await openExplorer(store));
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('draws the graph, finds Putin, and shows his relations with evidence sentences when his node is clicked', async () => {
    const stats = await store.stats();
    expect(await page.evaluate(() => window.newsgraphExplorer!.nodeCount())).toBeGreaterThan(10);
    expect(await page.locator('#status').textContent()).toMatch(/\d+ of \d+ entities · \d+ of \d+ relations shown/);
    expect(stats.edges).toBeGreaterThan(0);
    expect(await page.locator('#totals').textContent()).toBe(
      `The graph holds ${stats.nodes} entities and ${stats.edges} relations (denied ones are not drawn); search to load more.`,
    );

    await page.waitForTimeout(300);
    expect(await inkPixels(page, await page.locator('#graph').screenshot())).toBeGreaterThan(5000);

    await page.locator('#search').fill('Putin');
    const result = page.locator('#results button', { hasText: 'Putin' }).first();
    await result.waitFor();
    const putin = (await result.getAttribute('data-id'))!;
    expect(putin).toMatch(/^person:/);
    await result.click();
    await page.locator('#panel h2', { hasText: 'Putin' }).waitFor();
    await page.locator('#panel .close').click();
    await page.locator('#panel').waitFor({ state: 'hidden' });
    await page.waitForTimeout(600);

    const point = await nodePoint(page, putin);
    await page.mouse.click(point.x, point.y);
    await page.locator('#panel h2', { hasText: 'Putin' }).waitFor();
    await page.locator('#panel .sentence').first().waitFor();
    const sentences = (await page.locator('#panel .sentence').allTextContents()).map(squash);
    expect(sentences.length).toBeGreaterThan(0);
    const articles = readdirSync(SEEDS).map((name) => squash(readFileSync(`${SEEDS}${name}`, 'utf8')));
    for (const sentence of sentences) expect(articles.some((text) => text.includes(sentence))).toBe(true);
    expect(sentences.some((sentence) => sentence.includes('Putin'))).toBe(true);

    await page.mouse.move(point.x + 2, point.y + 2);
    await page.waitForTimeout(300);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    writeFileSync(SCREENSHOT, await page.screenshot());
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  }, 90_000);
});

describe('the graph explorer on a small hand-annotated graph', () => {
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    ({ server, page } = await openExplorer(await fixtureStore()));
  }, 60_000);

  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('shows every entity, and a relation type when an edge is hovered', async () => {
    expect(await page.locator('#status').textContent()).toMatch(/13 of 13 entities · 14 of 14 relations shown/);
    await page.locator('#search').fill('Zhao');
    await page.locator('#search').press('Enter');
    await page.locator('#panel h2', { hasText: 'Zhao Long' }).waitFor();
    expect(await page.locator('#panel mark').allTextContents()).toContain('China and Russia stand back to back.');
    await page.locator('#panel .entity-link', { hasText: 'Renmin University' }).click();
    await page.locator('#panel h2', { hasText: 'Renmin University' }).waitFor();
    await page.locator('#panel .close').click();
    await page.waitForTimeout(600);
    const zhao = await nodePoint(page, 'person:zhao-long');
    const renmin = await nodePoint(page, 'organization:renmin-university');
    await page.mouse.move((zhao.x + renmin.x) / 2, (zhao.y + renmin.y) / 2, { steps: 8 });
    await page.locator('#tooltip', { hasText: 'AFFILIATED_WITH' }).waitFor();
    expect(await page.locator('#tooltip').textContent()).toContain('Zhao Long → Renmin University');
  }, 30_000);

  it('filters by relation type and by date', async () => {
    await page.locator('#types-none').click();
    expect(await page.locator('#status').textContent()).toMatch(/· 0 of 14 relations shown/);
    await page.locator('#type-filters label', { hasText: 'sanctions' }).locator('input').check();
    expect(await page.locator('#status').textContent()).toMatch(/3 of 13 entities · 2 of 14 relations shown/);
    await page.locator('#types-all').click();
    await page.locator('#since').fill('2022-09-16');
    await page.locator('#since').press('Enter');
    expect(await page.locator('#status').textContent()).toMatch(/· 3 of 14 relations shown/);
    await page.locator('#since').fill('2022-13');
    await page.locator('#since').press('Enter');
    expect(await page.locator('#since').getAttribute('class')).toBe('invalid');
    expect(await page.locator('#status').textContent()).toMatch(/· 3 of 14 relations shown/);
    await page.locator('#since').fill('');
    await page.locator('#since').press('Enter');
    expect(await page.locator('#status').textContent()).toMatch(/· 14 of 14 relations shown/);
  }, 30_000);
});
