import type { GraphStore } from '../../src/store/port.js';
import { MASKED_ERROR_MESSAGE } from '../../src/graphql/yoga.js';
import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: the query limits (graphql-armor), request checks, error masking and time limit
// of the HTTP layer, which refuse a request before any store call or wrap a store that fails or stalls on
// purpose. The query tests run on both stores (see stores.ts); Neo4j failing for real is in test/server and
// test/reliability.

type Api = ReturnType<typeof testApi>;
let api: Api;

beforeAll(async () => {
  api = testApi(await fixtureStore());
});

/** A query nested `levels` deep through entity relations. */
function deepQuery(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i += 1) inner = `relations(first: 1) { nodes { ${inner} } }`;
  return `{ entity(id: "person:xi-jinping") { ${inner} } }`;
}

async function stillServes(): Promise<void> {
  expect(await api.data('{ entity(id: "person:xi-jinping") { name } }')).toEqual({ entity: { name: 'Xi Jinping' } });
}

describe('query limits (graphql-armor)', () => {
  test('a query 20 levels deep is refused with a clear error, and the server stays up', async () => {
    const { body } = await api.request(deepQuery(10));
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(
        /^Query depth limit of 12 exceeded, found 2[0-9]: simplify the query or raise KG_MAX_DEPTH on the server\.$/,
      ),
    );
    await stillServes();
  });

  test('a query with 500 aliases is refused with a clear error, and the server stays up', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ');
    const { body } = await api.request(`{ ${aliases} }`);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(
      /^Aliases limit of 30 exceeded, found 500: simplify the query or raise KG_MAX_ALIASES/,
    );
    const heavy = Array.from({ length: 500 }, (_, i) => `a${i}: entity(id: "person:xi-jinping") { name }`).join(' ');
    const refused = await api.request(`{ ${heavy} }`);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.message).toMatch(/limit of \d+ exceeded/);
    await stillServes();
  });

  test('a document with too many tokens, or too costly, is refused', async () => {
    const types = Array.from({ length: 3100 }, () => 'MET_WITH').join(', ');
    const tokens = await api.request(`{ neighborhood(id: "SCO", types: [${types}]) { nodes { id } } }`);
    expect(tokens.body.errors?.[0]?.message).toMatch(/^Token limit of 3000 exceeded: .*KG_MAX_TOKENS/);
    const costly = testApi(await fixtureStore(), { limits: { maxCost: 10 } });
    const { body } = await costly.request(
      '{ entities { nodes { name aliases relations { nodes { name aliases } } } } }',
    );
    expect(body.errors?.[0]?.message).toMatch(/^Query Cost limit of 10 exceeded, found \d+.*KG_MAX_COST/);
  });

  test('nested pages multiply the cost: 100 × 100 × 100 entities is refused with the default limits', async () => {
    const { body } = await api.request(
      '{ entities(first: 100) { nodes { relations(first: 100) { nodes { relations(first: 100) { nodes { name } } } } } } }',
    );
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/^Query Cost limit of 50000 exceeded/);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  test('a page larger than the cap is refused, naming the cap', async () => {
    const { body } = await api.request('{ entities(first: 1000) { totalCount } }');
    expect(body.errors?.[0]?.message).toMatch(/"first" must be from 0 to 100/);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const small = testApi(await fixtureStore(), { limits: { maxPageSize: 5 } });
    const capped = await small.request('{ entity(id: "person:vladimir-putin") { mentions(first: 6) { totalCount } } }');
    expect(capped.body.errors?.[0]?.message).toMatch(/"first" must be from 0 to 5/);
  });
});

describe('malformed requests', () => {
  test('a syntax error is reported with its position', async () => {
    const { body } = await api.request('{ entities(search: "Putin" { edges }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/Syntax Error: Expected Name, found "{"/);
    expect(body.errors?.[0]).toMatchObject({ locations: [{ line: 1, column: 28 }] });
  });

  test('an unknown field is refused without suggesting field names', async () => {
    const { body } = await api.request('{ entitie { totalCount } }');
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "entitie"/);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  test('a wrong argument type and a missing required argument are refused', async () => {
    const wrongType = await api.request('{ entities(first: "ten") { totalCount } }');
    expect(wrongType.body.errors?.[0]?.message).toMatch(/Int cannot represent/);
    const missing = await api.request('{ commentators { quote } }');
    expect(missing.body.errors?.[0]?.message).toMatch(/argument "on" of type "String!" is required/);
  });

  test('a POST that is not JSON is refused (no cross-site form posts)', async () => {
    const response = await api.api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%20%7B%20deleteArticle(id%3A%20%22x%22)%20%7B%20found%20%7D%20%7D',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /application\/json/,
    );
  });

  test('a body over the size limit is refused', async () => {
    const small = testApi(await fixtureStore(), { limits: { maxBodyBytes: 1000 } });
    const query = `{ search(query: "${'x'.repeat(2000)}") { totalCount } }`;
    const response = await small.api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(query.length + 12) },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(413);
  });

  test('CORS: only the origins in KG_CORS_ORIGINS get access headers', async () => {
    const cors = testApi(await fixtureStore(), { limits: { corsOrigins: ['https://app.example'] } });
    const preflight = (origin: string) =>
      cors.api.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://app.example')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
    const closed = await api.api.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a mutation over GET is refused', async () => {
    const response = await api.api.fetch(
      `http://localhost/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { found } }')}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(response.status).toBe(405);
  });
});

describe('masked errors and timeouts', () => {
  test('an internal error reaches the client as a generic message with no stack or file path', async () => {
    const store = await fixtureStore();
    const broken = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'searchEntities') {
          return async () => {
            throw new Error('EACCES: permission denied, open /var/secret/graph.json');
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    }) as GraphStore;
    const errors: unknown[] = [];
    const masked = testApi(broken, {
      logger: { debug: () => {}, info: () => {}, warn: () => {}, error: (e: unknown) => errors.push(e) },
    });
    const { body } = await masked.request('{ entities(search: "Putin") { totalCount } }');
    const text = JSON.stringify(body);
    expect(body.errors?.[0]?.message).toBe(MASKED_ERROR_MESSAGE);
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/secret|EACCES|stack|\.ts/);
    expect(errors.length).toBeGreaterThan(0);
  });

  test('an operation running past the time limit is stopped with a timeout error, and the server stays up', async () => {
    const store = await fixtureStore();
    const slow = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'stats')
          return () => new Promise((resolve) => setTimeout(() => resolve(target.stats()), 1500));
        return Reflect.get(target, property, receiver) as unknown;
      },
    }) as GraphStore;
    const timed = testApi(slow, { limits: { requestTimeoutMs: 200 } });
    const started = Date.now();
    const { body } = await timed.request('{ stats { articles } }');
    expect(Date.now() - started).toBeLessThan(1200);
    expect(body.errors?.[0]?.message).toMatch(/longer than 200 ms.*KG_REQUEST_TIMEOUT_MS/);
    expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(await timed.data('{ entity(id: "country:china") { name } }')).toEqual({ entity: { name: 'China' } });
  });
});
