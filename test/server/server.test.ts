import { DEFAULT_API_LIMITS, loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { reactionArticle, samarkandArticle } from '../graphql/fixtures.js';

let server: RunningServer;

beforeAll(async () => {
  const store = await EmbeddedStore.open();
  await store.ingest(samarkandArticle);
  await store.ingest(reactionArticle);
  server = await startServer(store, loadConfig({}, { port: 0, host: '127.0.0.1' }), { limits: DEFAULT_API_LIMITS });
});

afterAll(async () => {
  await server.close();
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: { data?: unknown; errors?: { message: string }[] } }> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: { message: string }[] } };
}

test('serves GraphQL over HTTP at /graphql', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  const { status, json } = await post({ query: '{ entities(search: "Putin") { edges { node { name label } } } }' });
  expect(status).toBe(200);
  expect((json.data as { entities: { edges: { node: unknown }[] } }).entities.edges[0]!.node).toEqual({ name: 'Vladimir Putin', label: 'PERSON' });
});

test('GraphiQL opens at /graphql with the example operations as tabs', async () => {
  const response = await fetch(server.url, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<title>newsgraph<\/title>/);
  expect(html).toContain('query Commentators');
  expect(html).toContain('query PathXiToNato');
  expect(html).toContain('defaultTabs');
});

test('/ leads to GraphiQL and /healthz answers', async () => {
  const root = await fetch(server.url.replace('/graphql', '/'), { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/graphql');
  const health = await fetch(server.url.replace('/graphql', '/healthz'));
  expect(await health.json()).toEqual({ ok: true });
});

test('a refused query leaves the server serving; no CORS headers for foreign origins by default', async () => {
  const deep = `{ entity(id: "x") { ${'relations { nodes { '.repeat(12)}name${' } }'.repeat(12)} } }`;
  const refused = await post({ query: deep }, { origin: 'https://evil.example' });
  expect(refused.json.errors?.[0]?.message).toMatch(/Query depth limit of 12 exceeded/);
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    body: JSON.stringify({ query: '{ stats { articles } }' }),
  });
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  expect(await response.json()).toEqual({ data: { stats: { articles: 2 } } });
});

test('a loopback client may run mutations when no token is set', async () => {
  const { json } = await post({ query: 'mutation { deleteArticle(id: "article:none") { found } }' });
  expect(json).toEqual({ data: { deleteArticle: { found: false } } });
});
