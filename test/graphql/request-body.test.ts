import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: how the HTTP layer reads request bodies. The query tests run on both stores (see
// stores.ts).

const STATS = JSON.stringify({ query: '{ stats { articles } }' });

function post(api: ReturnType<typeof testApi>['api'], contentType: string, body: string) {
  return api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('JSON bodies', () => {
  test.each([
    'application/json',
    'Application/JSON',
    'APPLICATION/JSON; charset=UTF-8',
    'application/graphql-response+json',
  ])('"Content-Type: %s" is read as JSON', async (contentType) => {
    const { api } = testApi(await fixtureStore());
    const response = await post(api, contentType, STATS);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { stats: { articles: 2 } } });
  });

  test('another type is refused with a 415 that says what to send', async () => {
    const { api } = testApi(await fixtureStore());
    const response = await post(api, 'text/plain', STATS);
    expect(response.status).toBe(415);
    expect(await response.text()).toMatch(/Content-Type: application\/json/);
  });

  test('an invalid JSON body is a 400 that does not echo the body', async () => {
    const { api } = testApi(await fixtureStore());
    const response = await post(
      api,
      'application/json',
      '{"query": "{ stats { articles } }", "token": SECRET-PASSWORD-abc',
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/SECRET|originalError/);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^The request body is not valid JSON.*"query"/),
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const array = await post(api, 'application/json', '[1, 2]');
    expect(array.status).toBe(400);
    expect(await array.text()).toMatch(/JSON object/);
  });
});
