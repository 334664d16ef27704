import { jest } from '@jest/globals';
import type { ArticleInput, ExtractOptions } from '../../src/extract/types.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { buildArticle } from './fixtures.js';
import { fixtureStore, testApi } from './harness.js';
import { FIXTURE_ARTICLES, sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

const TEXT = 'Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana on Wednesday.';

/** A stand-in extractor that returns a hand-built graph for TEXT and records what it was given. */
function fakeExtractor() {
  const calls: { input: ArticleInput; options: ExtractOptions }[] = [];
  const extract = (input: ArticleInput, options: ExtractOptions): ArticleGraph => {
    calls.push({ input, options });
    const graph = buildArticle({
      text: input.text,
      title: input.title ?? '',
      source: input.source ?? '',
      publishedAt: input.publishedAt ?? '2022-09-14',
      entities: [
        { label: 'Person', name: 'Kassym-Jomart Tokayev', roles: ['President'] },
        { label: 'Person', name: 'Xi Jinping' },
        { label: 'Place', name: 'Astana' },
      ],
      relations: [
        {
          type: 'MET_WITH',
          source: 'Kassym-Jomart Tokayev',
          target: 'Xi Jinping',
          sentence: TEXT,
          date: '2022-09-14',
          place: 'Astana',
        },
      ],
      statements: [],
    });
    return { ...graph, article: { ...graph.article, url: input.url } };
  };
  return { extract, calls };
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    duplicate nodesAdded edgesAdded statementsAdded
    article { id title source url publishedAt }
    entities { name label }
    relations { type source { name } target { name } }
  }
}`;
const input = {
  text: TEXT,
  title: 'Xi in Astana',
  source: 'Example Wire',
  url: 'https://example.com/astana',
  publishedAt: '2022-09-14',
};

describe.each(storesUnderTest())('mutations on the %s store', (_store, open) => {
  describe('ingestArticle', () => {
    test('extracts with the known entities, ingests, flushes, and returns what it added', async () => {
      const store = await open(FIXTURE_ARTICLES);
      const flush = jest.spyOn(store, 'flush');
      const { extract, calls } = fakeExtractor();
      const api = testApi(store, { extract });
      const data = await api.data<{
        ingestArticle: {
          duplicate: boolean;
          nodesAdded: number;
          edgesAdded: number;
          article: { title: string; url: string; publishedAt: string };
          entities: { name: string }[];
          relations: { type: string; target: { name: string } }[];
        };
      }>(INGEST, { variables: { input } });
      expect(data.ingestArticle.duplicate).toBe(false);
      expect(data.ingestArticle.nodesAdded).toBe(2);
      expect(data.ingestArticle.edgesAdded).toBe(1);
      expect(data.ingestArticle.article).toMatchObject({
        title: 'Xi in Astana',
        url: 'https://example.com/astana',
        publishedAt: '2022-09-14',
      });
      expect(data.ingestArticle.entities.map((e) => e.name)).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping', 'Astana']);
      expect(data.ingestArticle.relations).toEqual([
        { type: 'MET_WITH', source: { name: 'Kassym-Jomart Tokayev' }, target: { name: 'Xi Jinping' } },
      ]);
      expect([...calls[0]!.options.known!].some((k) => k.id === 'person:xi-jinping')).toBe(true);
      expect(calls[0]!.options.date).toBe('2022-09-14');
      expect(flush).toHaveBeenCalled();
      const after = await api.data<{ entity: { meetings: { totalCount: number } }; stats: { articles: number } }>(
        '{ entity(id: "person:xi-jinping") { ... on Person { meetings { totalCount } } } stats { articles } }',
      );
      expect(after.entity.meetings.totalCount).toBe(2);
      expect(after.stats.articles).toBe(3);
      const again = await api.data<{ ingestArticle: { duplicate: boolean; nodesAdded: number } }>(INGEST, {
        variables: { input },
      });
      expect(again.ingestArticle).toMatchObject({ duplicate: true, nodesAdded: 0 });
    });

    test('analytics see the new article at once (the snapshot cache follows the store version)', async () => {
      const { extract } = fakeExtractor();
      const api = testApi(await open(FIXTURE_ARTICLES), { extract });
      const before = await api.data<{ centralEntities: { totalCount: number } }>(
        '{ centralEntities(label: PERSON) { totalCount } }',
      );
      await api.data(INGEST, { variables: { input } });
      const after = await api.data<{ centralEntities: { totalCount: number }; search: { totalCount: number } }>(
        '{ centralEntities(label: PERSON) { totalCount } search(query: "Tokayev") { totalCount } }',
      );
      expect(after.centralEntities.totalCount).toBe(before.centralEntities.totalCount + 1);
      expect(after.search.totalCount).toBe(1);
    });

    test('runs the real extractor by default', async () => {
      const api = testApi(await open());
      const data = await api.data<{
        ingestArticle: { duplicate: boolean; article: { title: string; publishedAt: string } };
      }>(INGEST, {
        variables: {
          input: {
            text: 'Vladimir Putin met Xi Jinping in Samarkand on Thursday.',
            title: 'Talks',
            publishedAt: '2022-09-15',
          },
        },
      });
      expect(data.ingestArticle).toMatchObject({
        duplicate: false,
        article: { title: 'Talks', publishedAt: '2022-09-15' },
      });
    });

    test('refuses an empty text, a malformed date or URL, and a text over the limit, changing nothing', async () => {
      const store = await open(FIXTURE_ARTICLES);
      const api = testApi(store, { limits: { maxArticleChars: 200 } });
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ text: '   ' }, /"text" is empty/],
        [{ text: TEXT, publishedAt: '15/09/2022' }, /"publishedAt" must be an ISO 8601 date/],
        [{ text: TEXT, url: 'javascript:alert(1)' }, /"url" must be an http or https URL/],
        [{ text: TEXT, url: 'not a url' }, /"url" is not a valid URL/],
        [{ text: 'x'.repeat(201) }, /at most 200 are accepted \(KG_MAX_ARTICLE_CHARS\)/],
      ];
      for (const [bad, message] of cases) {
        const { body } = await api.request(INGEST, { variables: { input: bad } });
        expect(body.errors?.[0]?.message).toMatch(message);
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      const missing = await api.request(INGEST, { variables: { input: { title: 'no text' } } });
      expect(missing.body.errors?.[0]?.message).toMatch(/text/);
      expect((await store.stats()).articles).toBe(2);
    });
  });

  describe('deleteArticle', () => {
    test('removes the article, its evidence and what is left without evidence', async () => {
      const store = await open(FIXTURE_ARTICLES);
      const api = testApi(store);
      const { articles } = await api.data<{ articles: { nodes: { id: string; title: string }[] } }>(
        '{ articles { nodes { id title } } }',
      );
      const reaction = articles.nodes.find((a) => a.title === 'US reacts to Xi–Putin talks')!;
      const DELETE =
        'mutation($id: ID!) { deleteArticle(id: $id) { article found nodesRemoved edgesRemoved statementsRemoved } }';
      const data = await api.data<{
        deleteArticle: { found: boolean; nodesRemoved: number; edgesRemoved: number; statementsRemoved: number };
      }>(DELETE, { variables: { id: reaction.id } });
      expect(data.deleteArticle).toMatchObject({ found: true, statementsRemoved: 2 });
      expect(data.deleteArticle.nodesRemoved).toBeGreaterThanOrEqual(3);
      const after = await api.data<{
        kirby: null;
        commentators: { speaker: { name: string } }[];
        sanctions: { nodes: { evidence: { totalCount: number } }[] };
      }>(
        '{ kirby: entity(id: "person:john-kirby") { name } commentators(on: "Xi–Putin") { speaker { name } } sanctions: relations(type: SANCTIONS, to: "Russia") { nodes { evidence { totalCount } } } }',
      );
      expect(after.kirby).toBeNull();
      expect(after.commentators.map((s) => s.speaker.name)).toEqual(['Shi Yinhong']);
      expect(after.sanctions.nodes).toEqual([{ evidence: { totalCount: 1 } }]);
      const again = await api.data<{ deleteArticle: { found: boolean } }>(DELETE, { variables: { id: reaction.id } });
      expect(again.deleteArticle.found).toBe(false);
    });
  });
});

// About the HTTP layer (who may write), not the store: on the embedded store only.
describe('write access', () => {
  const DELETE = 'mutation { deleteArticle(id: "article:none") { found } }';

  test('with KG_API_TOKEN set, a mutation without the token is refused and changes nothing', async () => {
    const store = await fixtureStore();
    const { extract } = fakeExtractor();
    const api = testApi(store, { apiToken: 's3cret-token', extract });
    const { body } = await api.request(INGEST, { variables: { input } });
    expect(body.errors?.[0]?.message).toMatch(/Authorization: Bearer <KG_API_TOKEN>/);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
    expect((await store.stats()).articles).toBe(2);
    const wrong = await api.request(DELETE, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.body.errors?.[0]?.message).toMatch(/bearer token is wrong/);
    const right = await api.request(INGEST, {
      variables: { input },
      headers: { authorization: 'Bearer s3cret-token' },
      remoteAddress: '203.0.113.9',
    });
    expect(right.body.errors).toBeUndefined();
    expect((await store.stats()).articles).toBe(3);
  });

  test('queries need no token', async () => {
    const api = testApi(await fixtureStore(), { apiToken: 's3cret-token' });
    expect(await api.data('{ stats { articles } }')).toEqual({ stats: { articles: 2 } });
  });

  test('without a token, mutations are refused from a non-loopback address and accepted from loopback', async () => {
    const api = testApi(await fixtureStore());
    const remote = await api.request(DELETE, { remoteAddress: '192.168.1.20' });
    expect(remote.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(remote.body.errors?.[0]?.message).toMatch(/set KG_API_TOKEN/);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const local = await api.request(DELETE, { remoteAddress: address });
      expect(local.body).toEqual({ data: { deleteArticle: { found: false } } });
    }
  });
});

sameAnswersOnBothStores();
