import { request as httpRequest } from 'node:http';
import { DEFAULT_API_LIMITS, loadConfig } from '../../src/config.js';
import { createApp, startServer, type RunningServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { reactionArticle, samarkandArticle } from '../graphql/fixtures.js';

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = await EmbeddedStore.open();
  await store.ingest(samarkandArticle);
  await store.ingest(reactionArticle);
  app = createApp(store, {}, DEFAULT_API_LIMITS);
});

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: { data?: unknown; errors?: { message: string }[] } }> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
  };
}

test('serves GraphQL at /graphql', async () => {
  const { status, json } = await post({ query: '{ entities(search: "Putin") { edges { node { name label } } } }' });
  expect(status).toBe(200);
  expect((json.data as { entities: { edges: { node: unknown }[] } }).entities.edges[0]!.node).toEqual({
    name: 'Vladimir Putin',
    label: 'PERSON',
  });
});

test('GraphiQL opens at /graphql with the example operations as tabs', async () => {
  const response = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<title>newsgraph<\/title>/);
  expect(html).toContain('query Commentators');
  expect(html).toContain('query PathXiToNato');
  expect(html).toContain('defaultTabs');
});

test('/ leads to GraphiQL and /healthz answers with the state of the store, whatever the method', async () => {
  const root = await app.fetch('http://localhost/', { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/graphql');
  for (const method of ['GET', 'POST', 'OPTIONS']) {
    const health = await app.fetch('http://localhost/healthz', { method });
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toBe('application/json');
    expect(await health.json()).toEqual({ ok: true, store: { kind: 'embedded', available: true } });
  }
});

test('a refused query leaves the API serving; no CORS headers for foreign origins by default', async () => {
  const deep = `{ entity(id: "x") { ${'relations { nodes { '.repeat(12)}name${' } }'.repeat(12)} } }`;
  const refused = await post({ query: deep }, { origin: 'https://evil.example' });
  expect(refused.json.errors?.[0]?.message).toMatch(/Query depth limit of 12 exceeded/);
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    body: JSON.stringify({ query: '{ stats { articles } }' }),
  });
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  expect(await response.json()).toEqual({ data: { stats: { articles: 2 } } });
});

test('an in-process client may run mutations when no token is set', async () => {
  const { json } = await post({ query: 'mutation { deleteArticle(id: "article:none") { found } }' });
  expect(json).toEqual({ data: { deleteArticle: { found: false } } });
});

describe('the listening server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(await EmbeddedStore.open(), loadConfig({}, { port: 0, host: '127.0.0.1' }), {
      limits: DEFAULT_API_LIMITS,
    });
  });

  afterAll(async () => {
    await server.close();
  });

  /** A POST with a chunked body (no Content-Length), which fetch cannot send. */
  function chunkedPost(path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(server.url);
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify({ query: '{ stats { articles } }' }));
    });
  }

  test('serves the application on a loopback port, where a loopback client may write', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { deleteArticle(id: "article:none") { found } }' }),
    });
    expect(await response.json()).toEqual({ data: { deleteArticle: { found: false } } });
  });

  test('a POST body of unknown length is refused (411), but not by the health check', async () => {
    expect(await chunkedPost('/graphql')).toEqual({
      status: 411,
      body: JSON.stringify({ errors: [{ message: 'POST requests must send a Content-Length header.' }] }),
    });
    expect(await chunkedPost('/healthz')).toEqual({
      status: 200,
      body: '{"ok":true,"store":{"kind":"embedded","available":true}}',
    });
  });
});
