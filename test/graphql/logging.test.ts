import type { YogaLogger } from 'graphql-yoga';
import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: what the API logs of refused requests, decided before any store call. The query
// tests run on both stores (see stores.ts).

describe('logging of refused requests', () => {
  test('a refused mutation logs one line with its reason, not a stack trace at error level', async () => {
    const lines: { level: string; text: string }[] = [];
    const log =
      (level: string) =>
      (...args: unknown[]) => {
        lines.push({
          level,
          text: args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '),
        });
      };
    const logger: YogaLogger = { debug: () => undefined, info: log('info'), warn: log('warn'), error: log('error') };
    const { request } = testApi(await fixtureStore(), { logger });
    const { body } = await request('mutation { deleteArticle(id: "x") { found } }', { remoteAddress: '10.0.0.1' });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await request('{ entity(id: "") { name } }');
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    const refused = lines.filter((line) => /FORBIDDEN/.test(line.text));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.text).toMatch(
      /^refused deleteArticle \(FORBIDDEN\): Mutations are accepted only from this machine/,
    );
    expect(refused[0]!.text.split('\n')).toHaveLength(1);
  });
});

test('an unexpected error is still logged at error level, with its stack', async () => {
  const errors: unknown[] = [];
  const logger: YogaLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (...args: unknown[]) => errors.push(...args),
  };
  const store = await fixtureStore();
  const broken = new Proxy(store, {
    get: (target, key, receiver) =>
      key === 'stats' ? () => Promise.reject(new Error('disk on fire')) : Reflect.get(target, key, receiver),
  });
  const { request } = testApi(broken, { logger });
  const { body } = await request('{ stats { articles } }');
  expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(errors.some((error) => error instanceof Error && error.message === 'disk on fire')).toBe(true);
});
