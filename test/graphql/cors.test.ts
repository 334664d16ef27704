import { ConfigError, DEFAULT_API_LIMITS, loadApiLimits } from '../../src/config.js';
import { createApi } from '../../src/graphql/yoga.js';
import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: CORS headers are set by the HTTP layer, whatever the store. The query tests run on
// both stores (see stores.ts).

function preflight(api: ReturnType<typeof testApi>['api'], origin: string) {
  return api.fetch('http://localhost/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
}

describe('CORS (KG_CORS_ORIGINS)', () => {
  test('with two origins, each listed origin gets itself and an unlisted one gets no header, never "null"', async () => {
    const { api } = testApi(await fixtureStore(), {
      limits: { corsOrigins: ['https://a.example', 'https://b.example'] },
    });
    expect((await preflight(api, 'https://a.example')).headers.get('access-control-allow-origin')).toBe(
      'https://a.example',
    );
    expect((await preflight(api, 'https://b.example')).headers.get('access-control-allow-origin')).toBe(
      'https://b.example',
    );
    const foreign = await preflight(api, 'https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-allow-methods')).toBeNull();
    const query = await api.fetch('http://localhost/graphql?query=%7Bstats%7Barticles%7D%7D', {
      headers: { origin: 'null' },
    });
    expect(query.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('with one origin, another origin gets no header either', async () => {
    const { api } = testApi(await fixtureStore(), { limits: { corsOrigins: ['https://a.example'] } });
    expect((await preflight(api, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('"*" is refused while mutations need no token, and echoes any origin once they do', async () => {
    const store = await fixtureStore();
    const limits = { ...DEFAULT_API_LIMITS, corsOrigins: ['*'] };
    expect(() => createApi(store, { limits })).toThrow(ConfigError);
    expect(() => createApi(store, { limits })).toThrow(/KG_CORS_ORIGINS="\*".*KG_API_TOKEN/);
    const { api } = testApi(store, { limits: { corsOrigins: ['*'] }, apiToken: 's3cret' });
    expect((await preflight(api, 'https://any.example')).headers.get('access-control-allow-origin')).toBe(
      'https://any.example',
    );
  });

  test('an entry that is not an origin is a ConfigError naming it', () => {
    expect(() => loadApiLimits({ KG_CORS_ORIGINS: 'https://a.example/' })).toThrow(ConfigError);
    expect(() => loadApiLimits({ KG_CORS_ORIGINS: 'a.example' })).toThrow(
      /KG_CORS_ORIGINS must list origins such as https:\/\/app\.example.*got "a\.example"/,
    );
    expect(loadApiLimits({ KG_CORS_ORIGINS: 'https://a.example, http://localhost:3000' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:3000',
    ]);
  });
});
