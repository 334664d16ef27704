import { jest } from '@jest/globals';
import type { ArticleGraph } from '../../src/graph/model.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { samarkandArticle } from './fixtures.js';
import { testApi } from './harness.js';
import { sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

const PATHS = '{ articles { nodes { path } } }';

/** The Samarkand article read from the file at `path`. */
function fromFile(path: string): ArticleGraph {
  return { ...samarkandArticle, article: { ...samarkandArticle.article, path } };
}

describe.each(storesUnderTest())('the file path of an article stays private (%s store)', (_store, open) => {
  const storeWithPath = () => open([fromFile('/srv/private/feeds/2022/samarkand.txt')]);

  test('without a token configured, every caller gets the base name only', async () => {
    const api = testApi(await storeWithPath());
    expect(await api.data(PATHS, { remoteAddress: '127.0.0.1' })).toEqual({
      articles: { nodes: [{ path: 'samarkand.txt' }] },
    });
    expect(await api.data(PATHS, { remoteAddress: '203.0.113.7' })).toEqual({
      articles: { nodes: [{ path: 'samarkand.txt' }] },
    });
  });

  test('with KG_API_TOKEN, only a caller holding the token gets the full path', async () => {
    const api = testApi(await storeWithPath(), { apiToken: 's3cret' });
    expect(await api.data(PATHS, { remoteAddress: '203.0.113.7' })).toEqual({
      articles: { nodes: [{ path: 'samarkand.txt' }] },
    });
    expect(await api.data(PATHS, { headers: { authorization: 'Bearer wrong' } })).toEqual({
      articles: { nodes: [{ path: 'samarkand.txt' }] },
    });
    expect(
      await api.data(PATHS, { headers: { authorization: 'Bearer s3cret' }, remoteAddress: '203.0.113.7' }),
    ).toEqual({
      articles: { nodes: [{ path: '/srv/private/feeds/2022/samarkand.txt' }] },
    });
  });

  test('a Windows path is cut to its base name too', async () => {
    const store = await open([fromFile('C:\\Users\\ed\\news\\samarkand.txt')]);
    expect(await testApi(store).data(PATHS)).toEqual({ articles: { nodes: [{ path: 'samarkand.txt' }] } });
  });
});

sameAnswersOnBothStores();
