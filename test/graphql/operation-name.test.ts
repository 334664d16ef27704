import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: how yoga picks the operation of a document; the store only answers stats. The query
// tests run on both stores (see stores.ts).

const DOCUMENT = 'query A { stats { articles } } query B { stats { nodes } }';

describe('operationName picks the operation of a document with several', () => {
  test('POST and GET each run the named operation, whichever ran first for the same text', async () => {
    const { api } = testApi(await fixtureStore());
    const post = async (operationName: string) => {
      const response = await api.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: DOCUMENT, operationName }),
      });
      return ((await response.json()) as { data: { stats: Record<string, number> } }).data.stats;
    };
    const get = async (operationName: string) => {
      const search = new URLSearchParams({ query: DOCUMENT, operationName });
      const response = await api.fetch(`http://localhost/graphql?${search}`, {
        headers: { accept: 'application/json' },
      });
      return ((await response.json()) as { data: { stats: Record<string, number> } }).data.stats;
    };
    for (let round = 0; round < 2; round += 1) {
      expect(Object.keys(await post('A'))).toEqual(['articles']);
      expect(Object.keys(await post('B'))).toEqual(['nodes']);
      expect(Object.keys(await get('B'))).toEqual(['nodes']);
      expect(Object.keys(await get('A'))).toEqual(['articles']);
    }
  });
});
