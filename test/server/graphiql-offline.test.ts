import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { readExamples } from '../../src/graphql/examples.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { useChromium } from '../explorer/browser.js';
import { fixtureStore } from '../graphql/harness.js';

const browser = useChromium({ width: 1440, height: 900 });
let server: RunningServer;

beforeAll(async () => {
  server = await startServer(await fixtureStore(), { ...loadConfig({}), host: '127.0.0.1', port: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

/** A page on which every request to a host other than this machine is aborted, as with no network; returns the aborted URLs. */
async function offlinePage(): Promise<{ page: Page; aborted: string[] }> {
  const page = await browser.newPage();
  const aborted: string[] = [];
  await page.route('**', async (route) => {
    const url = new URL(route.request().url());
    const local =
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
    if (local) await route.continue();
    else {
      aborted.push(url.href);
      await route.abort();
    }
  });
  return { page, aborted };
}

/** The value of `read` once `done` holds for it, polled every 100 ms; the last value after `timeoutMs`. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

test('GraphiQL works offline: the example tabs with their own text, and a query runs', async () => {
  const { page, aborted } = await offlinePage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url, { waitUntil: 'load' });
  // The tabs are the example operations of docs/queries.graphql, named after them.
  const examples = readExamples();
  const names = examples.map((example) => /(?:query|mutation)\s+(\w+)/.exec(example.query)![1]!);
  const tabs = page.locator('.graphiql-tab');
  await tabs.first().waitFor({ timeout: 30_000 });
  const labels = await until(
    () => tabs.allTextContents(),
    (texts) => texts.length >= names.length,
  );
  // (each label is followed by its close button's icon text)
  expect(labels.map((label, i) => label.trim().slice(0, names[i]?.length))).toEqual(names);
  // The editor shows the first example's own text, not GraphiQL's boilerplate.
  const editor = page.locator('.graphiql-query-editor');
  // Monaco draws spaces as no-break spaces.
  const editorText = async () => (await editor.innerText()).replace(/\u00a0/g, ' ');
  expect(await until(editorText, (text) => text.includes('commentators('))).toContain(
    'commentators(on: "Xi–Putin meeting")',
  );
  expect(await editorText()).not.toMatch(/Welcome to GraphiQL/);
  // Open the Stats tab, run it and read the answer.
  await tabs.filter({ hasText: 'Stats' }).first().click();
  expect(await until(editorText, (text) => text.includes('nodesByLabel'), 10_000)).toContain('nodesByLabel');
  // GraphiQL learns the tab's operation name a moment after the editor shows its text (a click in
  // between runs the previous tab's operation and answers "Cannot infer operation"): run it again then.
  const result = page.locator('.graphiql-response');
  let answer = '';
  for (let attempt = 0; attempt < 10 && !/"articles"/.test(answer); attempt += 1) {
    await page.locator('.graphiql-execute-button').click();
    answer = await until(
      () => result.innerText(),
      (text) => /"articles"|"errors"/.test(text),
      5_000,
    );
    if (!/"articles"/.test(answer)) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  expect(answer).toMatch(/"articles":\s*2/);
  expect(errors).toEqual([]);
  expect(aborted).toEqual([]);
}, 120_000);
