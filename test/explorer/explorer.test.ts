import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { fixtureStore } from '../export/fixture.js';
import { launchChromium } from './browser.js';

const SCREENSHOT = fileURLToPath(new URL('../../docs/explorer.png', import.meta.url));
const VIEWPORT = { width: 1440, height: 900 };

let store: EmbeddedStore;
let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let base: string;

beforeAll(async () => {
  store = await fixtureStore();
  server = await startServer(store, { ...loadConfig({}), host: '127.0.0.1', port: 0 });
  base = server.url.replace(/\/graphql$/, '');
  browser = await launchChromium(VIEWPORT);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Counts the pixels of a PNG that are neither white nor the page's pale background, decoded by the browser. */
async function inkPixels(png: Buffer): Promise<number> {
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

async function nodePoint(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const point = await page.evaluate((node) => window.newsgraphExplorer!.viewportPosition(node), id);
  if (!point) throw new Error(`${id} is not drawn`);
  return { x: box.x + point.x, y: box.y + point.y };
}

describe('the graph explorer at /explore in Chromium', () => {
  it('draws the graph, finds Putin, and shows his relations with evidence when his node is clicked', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready' && (window.newsgraphExplorer?.nodeCount() ?? 0) > 0);
    expect(await page.evaluate(() => window.newsgraphExplorer!.nodeCount())).toBe(13);
    expect(await page.locator('#status').textContent()).toMatch(/13 of 13 entities · 14 of 14 relations shown/);

    await page.waitForTimeout(300);
    const blank = await inkPixels(await page.locator('#graph').screenshot());
    expect(blank).toBeGreaterThan(2000);

    await page.locator('#search').fill('Putin');
    const result = page.locator('#results button', { hasText: 'Vladimir Putin' });
    await result.waitFor();
    await result.click();
    await page.locator('#panel h2', { hasText: 'Vladimir Putin' }).waitFor();
    await page.locator('#panel .close').click();
    await page.locator('#panel').waitFor({ state: 'hidden' });
    await page.waitForTimeout(600);

    const putin = await nodePoint('person:vladimir-putin');
    await page.mouse.click(putin.x, putin.y);
    await page.locator('#panel h2', { hasText: 'Vladimir Putin' }).waitFor();
    const sentences = await page.locator('#panel .sentence').allTextContents();
    expect(sentences).toContain('Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.');
    expect(await page.locator('#panel mark').allTextContents()).toContain('We highly value the balanced position of our Chinese friends.');

    const xi = await nodePoint('person:xi-jinping');
    await page.mouse.move((putin.x + xi.x) / 2, (putin.y + xi.y) / 2, { steps: 8 });
    await page.locator('#tooltip', { hasText: 'MET_WITH' }).waitFor();
    await page.mouse.move(putin.x + 1, putin.y + 1);
    await page.waitForTimeout(200);

    mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
    writeFileSync(SCREENSHOT, await page.screenshot());
  }, 90_000);

  it('filters by relation type and by date', async () => {
    await page.locator('#types-none').click();
    expect(await page.locator('#status').textContent()).toMatch(/· 0 of 14 relations shown/);
    await page.locator('#type-filters label', { hasText: 'sanctions' }).locator('input').check();
    expect(await page.locator('#status').textContent()).toMatch(/· 2 of 14 relations shown/);
    await page.locator('#types-all').click();
    await page.locator('#since').fill('2022-09-16');
    await page.locator('#since').press('Enter');
    expect(await page.locator('#status').textContent()).toMatch(/· [1-9] of 14 relations shown/);
    await page.locator('#since').fill('');
    await page.locator('#since').press('Enter');
    expect(await page.locator('#status').textContent()).toMatch(/· 14 of 14 relations shown/);
  }, 30_000);

  it('serves exports over HTTP with focus, hops and types', async () => {
    const response = await fetch(`${base}/export/graph.graphml?focus=person:zhao-long&hops=1&types=SAID`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    const text = await response.text();
    expect(text.match(/<node /g)).toHaveLength(2);
    expect(text.match(/<edge /g)).toHaveLength(1);
    const bad = await fetch(`${base}/export/graph.gexf?hops=zero`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/hops must be a whole number/);
  });
});
