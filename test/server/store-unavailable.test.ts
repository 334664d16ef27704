import { DEFAULT_API_LIMITS } from '../../src/config.js';
import { createApi } from '../../src/graphql/yoga.js';
import { createApp } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { StoreConnectionError, StoreUnavailableError } from '../../src/store/errors.js';
import { unavailableError } from '../../src/store/neo4j/connection.js';
import type { GraphStore, StoreHealth } from '../../src/store/port.js';
import { fixtureStore } from '../export/fixture.js';

const SETTINGS = { uri: 'bolt://reader:s3cret@db.example:7687', user: 'reader', password: 's3cret' };

/** A store whose server is down: every call fails as the Neo4j store's do in fail-fast mode, and health says so. */
function downStore(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'health') return async (): Promise<StoreHealth> => ({ kind: 'neo4j', available: false });
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || property === 'close') return value;
      return async () => {
        throw unavailableError(SETTINGS);
      };
    },
  });
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function graphql(app: ReturnType<typeof createApp>, query: string): Promise<Answer> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('the error of a request made while the store is unavailable', () => {
  it('is a StoreConnectionError coded STORE_UNAVAILABLE, naming the address without its credentials', () => {
    const error = unavailableError(SETTINGS);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toBeInstanceOf(StoreConnectionError);
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.message).toContain('bolt://db.example:7687');
    expect(error.message).toContain('NEO4J_URI');
    expect(error.message).not.toMatch(/s3cret|reader/);
  });
});

describe('the API while the store is unavailable', () => {
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    app = createApp(downStore(await fixtureStore()), {}, DEFAULT_API_LIMITS);
  });

  it.each([
    ['a query', '{ stats { articles } entities(search: "Putin") { totalCount } }'],
    ['a mutation', 'mutation { deleteArticle(id: "article:none") { found } }'],
    ['the export field', '{ export(format: GEXF) }'],
  ])('answers %s with 503 STORE_UNAVAILABLE, not TIMEOUT or a masked error', async (_name, query) => {
    const { status, body } = await graphql(app, query);
    expect(status).toBe(503);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) {
      expect(error.extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
      expect(error.message).toBe(unavailableError(SETTINGS).message);
    }
  });

  it('answers the export files with 503 and the message', async () => {
    for (const path of ['/export/graph.json', '/export/nodes.csv?focus=person:zhao-long&hops=1']) {
      const response = await app.fetch(`http://localhost${path}`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(`${unavailableError(SETTINGS).message}\n`);
    }
  });

  it('reports the store unavailable on /healthz with 503', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await app.fetch('http://localhost/healthz', { method });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual({ ok: false, store: { kind: 'neo4j', available: false } });
    }
    const head = await app.fetch('http://localhost/healthz', { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
  });

  it('logs the refusal as one warning line, not an error with a stack', async () => {
    const errors: unknown[] = [];
    const warnings: string[] = [];
    const api = createApi(downStore(await fixtureStore()), {
      logger: {
        debug: () => undefined,
        info: () => undefined,
        warn: (line: unknown) => warnings.push(String(line)),
        error: (error: unknown) => errors.push(error),
      },
    });
    const response = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(response.status).toBe(503);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([`refused stats (STORE_UNAVAILABLE): ${unavailableError(SETTINGS).message}`]);
  });
});

describe('/healthz over the embedded store', () => {
  it('says the store is available', async () => {
    const app = createApp(await EmbeddedStore.open(), {}, DEFAULT_API_LIMITS);
    const response = await app.fetch('http://localhost/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, store: { kind: 'embedded', available: true } });
  });
});
