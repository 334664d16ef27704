import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsArticle, requireBuild } from '../cli/run-kg.js';
import { serveKg, type ServedKg } from './serve.js';

jest.setTimeout(60_000);

interface Reply {
  status: number;
  text: string;
  body?: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

const INJECTIONS = [
  "' OR '1'='1' --",
  '"; DROP TABLE articles; --',
  'MATCH (n) DETACH DELETE n',
  '}) RETURN n //',
  "x' }) WITH 1 AS x CALL dbms.killQueries(['1']) //",
  '{"$gt": ""}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
  '__proto__',
  'constructor',
  '%00%0d%0a',
  '\u0000\u0001\u001f',
  '\ud800',
  '🙂'.repeat(500),
  'a'.repeat(20_000),
  '.*'.repeat(200),
  '(a+)+$',
];

/** What must never reach a client: stack frames, source paths, module paths. */
const LEAK = /\bat [^\s]+ \(|\.ts:\d+|\.js:\d+|\/work\/|node_modules|file:\/\/|\/src\/|\/dist\//;

let served: ServedKg;
let root: string;

async function send(
  body: string | ArrayBuffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  path = '/graphql',
): Promise<Reply> {
  const response = await fetch(new URL(path, served.url), { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: Reply['body'];
  try {
    parsed = JSON.parse(text) as Reply['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed };
}

function gql(query: string, variables?: Record<string, unknown>): Promise<Reply> {
  return send(JSON.stringify({ query, variables }));
}

/** The reply is a clean GraphQL error: a 4xx or 200 with errors, JSON, and nothing internal in it. */
function expectCleanError(reply: Reply): void {
  expect(reply.status).toBeLessThan(500);
  expect(reply.body?.errors?.length ?? 0).toBeGreaterThan(0);
  expect(reply.text).not.toMatch(LEAK);
}

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-abuse-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  for (let i = 0; i < 5; i += 1) writeFileSync(join(seeds, `${i}.txt`), newsArticle(i));
  served = await serveKg(['--data', join(root, 'store.json'), '--seed', seeds], { KG_REQUEST_TIMEOUT_MS: '5000' });
}, 90_000);

afterAll(async () => {
  await served?.stop();
  rmSync(root, { recursive: true, force: true });
});

afterEach(async () => {
  expect(served.alive()).toBe(true);
  const health = await gql('{ __typename }');
  expect(health.body?.data).toEqual({ __typename: 'Query' });
});

describe('malformed requests', () => {
  it.each([
    ['a body that is not JSON', '{"query": "{ __typename }"'],
    ['a JSON body that is not an object', '[1, 2, 3'],
    ['a JSON string', '"{ __typename }"'],
    ['a query that is not a string', JSON.stringify({ query: 42 })],
    ['no query at all', JSON.stringify({ variables: {} })],
    ['a syntax error', JSON.stringify({ query: '{ entities(first: ) {' })],
    ['an unknown field', JSON.stringify({ query: '{ nope }' })],
    [
      'variables that are not an object',
      JSON.stringify({ query: 'query ($q: String!) { __typename }', variables: 'q' }),
    ],
    [
      'a variable of the wrong type',
      JSON.stringify({ query: 'query ($n: Int) { entities(first: $n) { totalCount } }', variables: { n: 'many' } }),
    ],
    ['an unknown operation name', JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })],
    ['two anonymous operations', JSON.stringify({ query: '{ __typename } { __typename }' })],
    ['an empty body', ''],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]).buffer],
  ])('answers %s with a clean error', async (_label, body) => {
    expectCleanError(await send(body));
  });

  it('answers a POST that is not JSON with a clean error', async () => {
    expectCleanError(await send('query={__typename}', { 'content-type': 'application/x-www-form-urlencoded' }));
  });

  it('answers a batch of operations with a clean error (batching is off)', async () => {
    const batch = JSON.stringify(
      Array.from({ length: 50 }, () => ({ query: '{ entities(first: 100) { totalCount } }' })),
    );
    expectCleanError(await send(batch));
  });
});

describe('huge input', () => {
  it('refuses a body over the size limit before reading it', async () => {
    const reply = await gql('query ($q: String!) { search(query: $q) { totalCount } }', { q: 'x'.repeat(3_000_000) });
    expect(reply.status).toBe(413);
    expectCleanError(reply);
  });

  it('answers a big but allowed variable cleanly', async () => {
    const reply = await gql('query ($q: String!) { search(query: $q) { totalCount } }', { q: 'x'.repeat(1_000_000) });
    expect(reply.status).toBeLessThan(500);
    expect(reply.text).not.toMatch(LEAK);
  });

  it('answers deeply nested variables cleanly', async () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const reply = await send(`{"query":"query ($v: [String]) { __typename }","variables":{"v":${nested}}}`);
    expectCleanError(reply);
  });

  it('refuses a document with too many tokens', async () => {
    expectCleanError(await gql(`{ ${Array.from({ length: 5000 }, () => '__typename').join(' ')} }`));
  });
});

describe('deep and costly queries', () => {
  it('refuses a query nested deeper than the limit', async () => {
    let selection = '{ id }';
    for (let i = 0; i < 30; i += 1) selection = `{ id relations(first: 5) { edges { node { source ${selection} } } } }`;
    expectCleanError(await gql(`{ entities(first: 5) { edges { node ${selection} } } }`));
  });

  it('refuses a cycle of fragments', async () => {
    expectCleanError(await gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'));
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: entities(first: 100) { totalCount }`).join(' ');
    expectCleanError(await gql(`{ ${aliases} }`));
  });

  it('refuses pages, hops and subgraphs over the limits', async () => {
    expectCleanError(await gql('{ entities(first: 100000000) { totalCount } }'));
    expectCleanError(await gql('{ entities(first: -5) { totalCount } }'));
    expectCleanError(await gql('{ neighborhood(id: "x", hops: 1000) { __typename } }'));
    expectCleanError(await gql('{ neighborhood(id: "x", limit: 100000000) { __typename } }'));
    expectCleanError(await gql('{ path(from: "x", to: "y", maxHops: 99999) { __typename } }'));
  });
});

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Arg {
  name: string;
  type: TypeRef;
}
interface Field {
  name: string;
  args: Arg[];
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
  inputFields: Arg[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

function typeText(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeText(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeText(type.ofType!)}]`;
  return type.name!;
}

describe('injection strings in every argument', () => {
  let types: Map<string, FullType>;
  let seeded: string[];

  beforeAll(async () => {
    const articles = await gql('{ articles(first: 100) { edges { node { id } } } }');
    seeded = (articles.body?.data as { articles: { edges: { node: { id: string } }[] } }).articles.edges.map(
      (e) => e.node.id,
    );
    const reply = await gql(
      `{ __schema { types { name kind enumValues { name } fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } inputFields { name type { ${TYPE_REF} } } } } }`,
    );
    const schema = (reply.body?.data as { __schema: { types: FullType[] } }).__schema;
    types = new Map(schema.types.map((t) => [t.name, t]));
  });

  /**
   * A value of the type for the argument path `at`: the injection at the slot `target`, a plain value
   * for other required strings, nothing for other optional arguments.
   */
  function valueOf(type: TypeRef, injection: string, at: string, target: string, depth = 0): unknown {
    if (type.kind === 'NON_NULL') return valueOf(type.ofType!, injection, at, target, depth);
    if (type.kind === 'LIST') return [valueOf(type.ofType!, injection, at, target, depth)];
    switch (type.name) {
      case 'String':
      case 'ID':
        return at === target ? injection : 'x';
      case 'Int':
        return 1;
      case 'Float':
        return 0.5;
      case 'Boolean':
        return false;
    }
    const full = types.get(type.name!)!;
    if (full.kind === 'ENUM') return full.enumValues![0].name;
    if (full.kind === 'INPUT_OBJECT') {
      return Object.fromEntries(
        (full.inputFields ?? [])
          .filter((f) => f.type.kind === 'NON_NULL' || target === `${at}.${f.name}`)
          .map((f) => [f.name, valueOf(f.type, injection, `${at}.${f.name}`, target, depth + 1)]),
      );
    }
    return injection;
  }

  /** Every argument path that takes a string or an id, into input objects. */
  function slots(type: TypeRef, at: string, depth = 0): string[] {
    const base = named(type);
    if (base.name === 'String' || base.name === 'ID') return [at];
    const full = types.get(base.name!)!;
    if (full.kind !== 'INPUT_OBJECT' || depth > 2) return [];
    return (full.inputFields ?? []).flatMap((f) => slots(f.type, `${at}.${f.name}`, depth + 1));
  }

  function operations(): { label: string; query: string; variables: Record<string, unknown> }[] {
    const ops: { label: string; query: string; variables: Record<string, unknown> }[] = [];
    for (const [root, keyword] of [
      ['Query', 'query'],
      ['Mutation', 'mutation'],
    ] as const) {
      for (const field of types.get(root)?.fields ?? []) {
        const returned = types.get(named(field.type).name!)!;
        const selection = returned.kind === 'SCALAR' || returned.kind === 'ENUM' ? '' : '{ __typename }';
        const params = field.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
        const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        for (const slot of field.args.flatMap((a) => slots(a.type, a.name))) {
          const argument = slot.split('.')[0];
          for (const injection of INJECTIONS) {
            const used = field.args.filter((a) => a.type.kind === 'NON_NULL' || a.name === argument);
            const variables = Object.fromEntries(used.map((a) => [a.name, valueOf(a.type, injection, a.name, slot)]));
            ops.push({
              label: `${root}.${field.name}(${slot})`,
              query: `${keyword} (${params}) { ${field.name}(${args}) ${selection} }`,
              variables,
            });
          }
        }
      }
    }
    return ops;
  }

  it('answers each with data or a clean error, never an internal error', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(INJECTIONS.length * 5);
    const internal: string[] = [];
    let executed = 0;
    for (const op of ops) {
      const reply = await gql(op.query, op.variables);
      if (reply.body?.data && !reply.body.errors) executed += 1;
      expect(reply.status).toBeLessThan(500);
      expect(reply.text).not.toMatch(LEAK);
      for (const error of reply.body?.errors ?? []) {
        if (error.extensions?.code === 'INTERNAL_SERVER_ERROR')
          internal.push(`${op.label} ${JSON.stringify(op.variables).slice(0, 120)}: ${error.message}`);
      }
    }
    expect(internal).toEqual([]);
    expect(executed).toBeGreaterThan(ops.length / 10);
  }, 120_000);

  it('still holds the seeded articles afterwards (no injection deleted anything)', async () => {
    expect(seeded.length).toBe(5);
    for (const id of seeded) {
      const reply = await gql('query ($id: ID!) { article(id: $id) { id } }', { id });
      expect(reply.body?.data).toEqual({ article: { id } });
    }
  });
});

describe('the server log', () => {
  it('never echoed a stack trace to a client, and the server is still up', () => {
    expect(served.alive()).toBe(true);
  });
});
