import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs with apt-get. */
const CHROMIUM = '/usr/bin/chromium';

/** The flags the project runs Chromium with: headless, no sandbox (root in CI), no network of its own. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium context on a new, empty user-data-dir; `close` also removes that directory. */
async function launchChromium(viewport: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    deviceScaleFactor: 1,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium for the tests of one file: launched before them and closed after them, so that a file opens
 * one browser and its tests open pages in it. Call it at the top level of the test file.
 */
export function useChromium(viewport: { width: number; height: number }): { newPage(): Promise<Page> } {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    browser = await launchChromium(viewport);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: () => {
      if (!browser) throw new Error('Chromium is not running: call useChromium() at the top level of the test file.');
      return browser.context.newPage();
    },
  };
}
