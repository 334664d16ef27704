import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { reactionArticle, samarkandArticle } from '../graphql/fixtures.js';
import { claimNeo4jServer, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { useChromium } from './browser.js';

jest.setTimeout(180_000);
claimNeo4jServer();

const SUMMIT = 'event:sco-summit-in-samarkand';
const MEETING = 'event:xi-putin-meeting-in-samarkand';
const TALKS = 'event:samarkand-talks';

const browser = useChromium({ width: 1280, height: 800 });

const STORES: [string, () => Promise<GraphStore>][] = [
  ['embedded', () => EmbeddedStore.open()],
  ['neo4j', openEmptyNeo4jStore],
];

/** Focuses an entity through the search box, as a user would. */
async function open(page: Page, text: string, id: string): Promise<void> {
  await page.locator('#search').fill(text);
  const result = page.locator(`#results button[data-id="${id}"]`);
  await result.waitFor();
  await result.click();
}

describe.each(STORES)('curating from the side panel in Chromium, on the %s store', (_name, openStore) => {
  let store: GraphStore;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    store = await openStore();
    for (const article of [samarkandArticle, reactionArticle]) await store.ingest(article);
    // No token: the loopback client may write (as "local").
    server = await startServer(store, { ...loadConfig({}), host: '127.0.0.1', port: 0 });
    page = await browser.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.url.replace(/\/graphql$/, '')}/explore`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    await server?.close();
    await store?.close();
  });

  it('merges the shown entity into one picked by search, renames it, and rejects one of its relations', async () => {
    await open(page, 'SCO summit', SUMMIT);
    await page.locator('#panel h2', { hasText: 'SCO summit in Samarkand' }).waitFor();

    // Merge: search the entity to merge into, pick it; the panel then shows it.
    await page.locator('#panel .curate summary').click();
    await page.locator('#panel input[name="merge-search"]').fill('Xi–Putin meeting');
    await page.locator(`#panel .merge-into`, { hasText: MEETING }).click();
    await page.locator('#panel h2', { hasText: 'Xi–Putin meeting in Samarkand' }).waitFor();
    expect(await store.getEntities([SUMMIT])).toEqual([null]);
    expect(await page.locator('#panel .fact').first().textContent()).toContain('SCO summit in Samarkand');

    // Rename.
    await page.locator('#panel .curate summary').click();
    await page.locator('#panel input[name="rename"]').fill('Samarkand talks');
    await page.locator('#panel button.rename').click();
    await page.locator('#panel h2', { hasText: 'Samarkand talks' }).waitFor();
    expect((await store.getEntities([TALKS]))[0]?.aliases).toContain('Xi–Putin meeting in Samarkand');

    // Reject a relation, with a reason.
    const held = `HELD_IN:${TALKS}->place:samarkand`;
    const item = page.locator(`#panel li.relation[data-relation="${held}"]`);
    await item.locator('.reject-open').click();
    await item.locator('button.reject-send').click();
    expect(await item.locator('.curate-status').textContent()).toBe('Give a reason.');
    await item.locator('input[name="reason"]').fill('the talks were in a hotel, not the city');
    await item.locator('button.reject-send').click();
    await page.locator(`#panel li.relation[data-relation="${held}"]`).waitFor({ state: 'detached' });
    expect(await store.getRelations([held])).toEqual([null]);

    const log = await store.corrections();
    expect(log.map((c) => [c.kind, c.who])).toEqual([
      ['mergeEntities', 'local'],
      ['renameEntity', 'local'],
      ['rejectRelation', 'local'],
    ]);
  });

  it('shows the API error in the panel when a correction is refused', async () => {
    // Close the panel first, so that the heading waited for below is the new panel's.
    await page.locator('#panel .close').click();
    await page.locator('#panel').waitFor({ state: 'hidden' });
    await open(page, 'Samarkand talks', TALKS);
    await page.locator('#panel h2', { hasText: 'Samarkand talks' }).waitFor();
    await page.locator('#panel .curate summary').click();
    await page.locator('#panel input[name="rename"]').fill('Samarkand talks');
    await page.locator('#panel button.rename').click();
    await page.locator('#panel .curate-status.error').waitFor();
    expect(await page.locator('#panel .curate-status.error').textContent()).toContain('is already named');
  });
});
