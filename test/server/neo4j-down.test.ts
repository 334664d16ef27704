import { jest } from '@jest/globals';
import { DEFAULT_API_LIMITS } from '../../src/config.js';
import { createApp } from '../../src/server/index.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import { requireBuild } from '../cli/run-kg.js';
import { serveKg, type ServedKg } from '../reliability/serve.js';
import { startTcpProxy, type TcpProxy } from '../reliability/tcp-proxy.js';
import { neo4jTestSettings } from '../setup/neo4j-env.js';

// The shared test server is only read here (whatever it holds), through a TCP proxy that is cut, silenced
// and restored: a stopped, hung and restarted server without restarting it.
jest.setTimeout(90_000);

/** NEO4J_CHECK_TIMEOUT_MS of these tests. */
const CHECK_TIMEOUT_MS = 300;
/**
 * "At once", generously: a refusal takes about a second (what the last second found is trusted) plus a
 * check, where before it took the request time-out (10 s) or the driver's retries (15 s).
 */
const PROMPT_MS = 5000;

const QUERY = '{ stats { articles } entities(search: "Putin") { totalCount } }';

function boltTarget(): { host: string; port: number } {
  const url = new URL(neo4jTestSettings().uri.replace(/^bolt/, 'http'));
  return { host: url.hostname, port: Number(url.port) };
}

interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

async function timed(fetcher: Fetch, path: string, init?: RequestInit): Promise<{ response: Response; ms: number }> {
  const started = Date.now();
  const response = await fetcher(path, init);
  return { response, ms: Date.now() - started };
}

async function graphql(fetcher: Fetch, query: string): Promise<Answer> {
  const { response, ms } = await timed(fetcher, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ms, body: (await response.json()) as Answer['body'] };
}

async function health(fetcher: Fetch): Promise<{ status: number; ms: number; body: unknown }> {
  const { response, ms } = await timed(fetcher, '/healthz');
  return { status: response.status, ms, body: await response.json() };
}

/** Asks `/healthz` until it says the store is available again; resolves to how long that took. */
async function recovery(fetcher: Fetch, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { status } = await health(fetcher);
    if (status === 200) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`/healthz still 503 after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every GraphQL error is STORE_UNAVAILABLE with the message naming the proxy's address. */
function expectUnavailable(answer: Answer, port: number): void {
  expect(answer.status).toBe(503);
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  for (const error of answer.body.errors!) {
    expect(error.extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
    expect(error.message).toBe(
      `The store is unavailable: Neo4j at bolt://127.0.0.1:${port} does not answer; start it or check NEO4J_URI.`,
    );
  }
  expect(answer.ms).toBeLessThan(PROMPT_MS);
}

describe('the API over Neo4j while the server is down (in process, yoga.fetch)', () => {
  let proxy: TcpProxy;
  let store: Neo4jStore;
  let fetcher: Fetch;

  beforeAll(async () => {
    const { host, port } = boltTarget();
    proxy = await startTcpProxy(host, port);
    store = await Neo4jStore.connect(
      { ...neo4jTestSettings(), uri: `bolt://127.0.0.1:${proxy.port}`, checkTimeoutMs: CHECK_TIMEOUT_MS },
      { failFast: true },
    );
    const app = createApp(store, {}, DEFAULT_API_LIMITS);
    fetcher = async (path, init) => app.fetch(new Request(`http://localhost${path}`, init));
  });

  afterAll(async () => {
    await store?.close();
    await proxy?.close();
  });

  afterEach(async () => {
    await proxy.restore();
  });

  it('reports the store available on /healthz while the server answers', async () => {
    expect(await health(fetcher)).toMatchObject({
      status: 200,
      body: { ok: true, store: { kind: 'neo4j', available: true } },
    });
    expect((await graphql(fetcher, QUERY)).status).toBe(200);
  });

  it('stopped: answers queries, mutations and exports 503 STORE_UNAVAILABLE at once, /healthz 503; recovers when it is back', async () => {
    expect((await graphql(fetcher, QUERY)).body.errors).toBeUndefined();
    await proxy.cut();
    // The first query still trusts the answer of the one before: it is stopped once a check finds the server gone.
    expectUnavailable(await graphql(fetcher, QUERY), proxy.port);
    // The next ones are refused before they start.
    const again = await graphql(fetcher, QUERY);
    expectUnavailable(again, proxy.port);
    expect(again.ms).toBeLessThan(PROMPT_MS / 2);
    expectUnavailable(await graphql(fetcher, 'mutation { deleteArticle(id: "article:none") { found } }'), proxy.port);
    expectUnavailable(await graphql(fetcher, '{ export(format: GRAPHML) }'), proxy.port);
    const file = await timed(fetcher, '/export/graph.json');
    expect(file.response.status).toBe(503);
    expect(await file.response.text()).toMatch(/^The store is unavailable: .* check NEO4J_URI\.\n$/);
    expect(file.ms).toBeLessThan(PROMPT_MS);
    const down = await health(fetcher);
    expect(down).toMatchObject({ status: 503, body: { ok: false, store: { kind: 'neo4j', available: false } } });
    expect(down.ms).toBeLessThan(PROMPT_MS);

    await proxy.restore();
    expect(await recovery(fetcher, 5000)).toBeLessThan(5000);
    const back = await graphql(fetcher, QUERY);
    expect({ status: back.status, errors: back.body.errors }).toEqual({ status: 200, errors: undefined });
    expect((await timed(fetcher, '/export/nodes.csv')).response.status).toBe(200);
  });

  it('hung (connections taken, never answered): answers 503 within the bound too, and recovers', async () => {
    expect((await graphql(fetcher, QUERY)).status).toBe(200);
    await proxy.silence();
    expectUnavailable(await graphql(fetcher, QUERY), proxy.port);
    const down = await health(fetcher);
    expect(down).toMatchObject({ status: 503, body: { ok: false } });
    // /healthz waits for one check at most.
    expect(down.ms).toBeLessThan(CHECK_TIMEOUT_MS + 1000);
    await proxy.restore();
    await recovery(fetcher, 5000);
    expect((await graphql(fetcher, QUERY)).status).toBe(200);
  });
});

describe('kg serve over Neo4j while the server is down', () => {
  let proxy: TcpProxy;
  let served: ServedKg | undefined;

  beforeAll(async () => {
    requireBuild();
    const { host, port } = boltTarget();
    proxy = await startTcpProxy(host, port);
  });

  afterAll(async () => {
    await served?.stop();
    await proxy?.close();
  });

  it('answers 503 STORE_UNAVAILABLE and /healthz 503 at once, and serves again once the server is back', async () => {
    const { user, password } = neo4jTestSettings();
    served = await serveKg([], {
      KG_STORE: 'neo4j',
      NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_CHECK_TIMEOUT_MS: String(CHECK_TIMEOUT_MS),
    });
    const base = served.url.replace(/\/graphql$/, '');
    const fetcher: Fetch = (path, init) => fetch(`${base}${path}`, init);
    expect(await health(fetcher)).toMatchObject({ status: 200, body: { ok: true, store: { available: true } } });
    await proxy.cut();
    expectUnavailable(await graphql(fetcher, QUERY), proxy.port);
    expect(await health(fetcher)).toMatchObject({ status: 503, body: { ok: false, store: { available: false } } });
    await proxy.restore();
    await recovery(fetcher, 5000);
    expect((await graphql(fetcher, QUERY)).status).toBe(200);
    expect(served.alive()).toBe(true);
  });
});
