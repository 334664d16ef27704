import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: the request time limit of the HTTP layer, around a flush that is slowed on purpose.
// The query tests run on both stores (see stores.ts).

test('a mutation is not cut off by the time limit: it answers with what was stored', async () => {
  const store = await fixtureStore();
  const flush = store.flush.bind(store);
  store.flush = async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await flush();
  };
  const api = testApi(store, { limits: { requestTimeoutMs: 100 } });
  const { body } = await api.request(
    'mutation { ingestArticle(input: { text: "Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana on Wednesday." }) { duplicate relations { type source { name } } } }',
  );
  expect(body.errors).toBeUndefined();
  expect(body.data).toMatchObject({ ingestArticle: { duplicate: false } });
  expect(await api.data('{ stats { articles } }')).toEqual({ stats: { articles: 3 } });
});
