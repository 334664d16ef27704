import { jest } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../bench/corpus.js';
import { readArticleFile } from '../../src/cli/inputs.js';
import { extractCorpus } from '../../src/extract/index.js';
import { readExamples } from '../../src/graphql/examples.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { testApi } from './harness.js';
import { sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(180_000);
claimNeo4jServer();

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** Generated articles besides the seeds: a cast that recurs, so that ranks, scores and dates tie often. */
const GENERATED = 12;

/** The seeds and the generated articles as `kg ingest` extracts them (names resolved across articles). */
async function corpus(): Promise<ArticleGraph[]> {
  const seeds = await Promise.all(
    readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readArticleFile(`${SEEDS}${name}`)),
  );
  const generated = generateCorpus({ seed: 7, count: GENERATED }).map((article) => article.input);
  return extractCorpus([...seeds, ...generated]);
}

const graphs = corpus();

type Api = ReturnType<typeof testApi>;

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** Every node of a connection, page after page; `field` is the query's top field, `args` its other arguments. */
async function all<T>(api: Api, field: string, args: string, selection: string): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const more: string = after ? `, after: "${after}"` : '';
    const data: Record<string, Connection<T>> = await api.data(
      `{ ${field}(first: 100${args ? `, ${args}` : ''}${more}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`,
    );
    const page = data[field]!;
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) {
      expect(out).toHaveLength(page.totalCount);
      return out;
    }
    after = page.pageInfo.endCursor;
  }
}

const ENTITY_FIELDS = `id name label aliases mentionCount
  mentions(first: 100) { totalCount nodes { text surface start end article { id } } }
  articles(first: 100) { totalCount nodes { id } }
  relations(first: 100, includeHedged: true) { totalCount edges { node { id } relation { id type confidence hedged negated } } }
  statementsAbout(first: 100) { totalCount nodes { id } }
  centrality { degree pageRank community }
  ... on Person { roles meetings(first: 100) { totalCount nodes { with { id } date place { id } event { id } } } statements(first: 100) { nodes { id } } }
  ... on Country { code leaders { nodes { id } } memberOf { nodes { id } } }
  ... on Organization { members(first: 100) { nodes { id } } }
  ... on Event { date place { id } participants(first: 100) { nodes { id } } statements(first: 100) { nodes { id } } }
  ... on Place { events(first: 100) { nodes { id } } }`;

/**
 * The same sweep of queries over a real graph on both stores: every list whole, page by page, and each
 * entity's fields, searches, traversals, analytics and the documented examples. Each test checks what
 * it can say of the graph; sameAnswersOnBothStores then checks that both stores gave every answer alike,
 * in the same order (ties included).
 */
describe.each(storesUnderTest())('the seeds and generated articles on the %s store', (_store, open) => {
  let api: Api;
  let entities: { id: string; label: string }[];

  beforeAll(async () => {
    // Whole lists with their evidence cost more than the default limit allows one request.
    api = testApi(await open(await graphs), { limits: { maxCost: 10_000_000 } });
    entities = await all(api, 'entities', '', 'id label');
  });

  test('every list, page by page: entities (all and by label), relations, statements, articles; stats', async () => {
    const { stats } = await api.data<{ stats: { articles: number; nodes: number; edges: number } }>(
      '{ stats { articles nodes edges statements nodesByLabel { label count } edgesByType { type count } } }',
    );
    expect(stats.articles).toBe((await graphs).length);
    expect(entities).toHaveLength(stats.nodes);
    for (const label of ['PERSON', 'COUNTRY', 'ORGANIZATION', 'EVENT', 'PLACE'])
      await all(api, 'entities', `label: ${label}`, 'id name');
    const relations = await all<{ id: string }>(
      api,
      'relations',
      'includeHedged: true, includeNegated: true',
      'id type sourceId targetId confidence hedged negated date undirected place { id } event { id } evidence(first: 100) { totalCount nodes { article { id } sentence start end confidence hedged negated } }',
    );
    expect(relations.length).toBeGreaterThan(0);
    await all(api, 'relations', '', 'id');
    await all(api, 'relations', 'minConfidence: 0.8, since: "2020"', 'id');
    await all(api, 'statements', '', 'id quote sentence kind speaker { id } about { id } article { id }');
    await all(
      api,
      'articles',
      '',
      'id title heading source publishedAt length entities(first: 100) { totalCount nodes { id } } relations(first: 100) { totalCount nodes { id } } statements(first: 100) { totalCount nodes { id } }',
    );
  });

  test('the fields of every fifth entity and of every event, ten entities a request', async () => {
    const sample = entities.filter((e, i) => i % 5 === 0 || e.label === 'EVENT');
    for (let i = 0; i < sample.length; i += 10) {
      const batch = sample.slice(i, i + 10);
      const query = batch.map((e, j) => `e${j}: entity(id: "${e.id}") { ${ENTITY_FIELDS} }`).join('\n');
      const data = await api.data<Record<string, { id: string }>>(`{ ${query} }`);
      expect(Object.values(data).map((e) => e.id)).toEqual(batch.map((e) => e.id));
    }
  });

  test('searches, entity searches and statement searches', async () => {
    for (const text of ['putin', 'xi', 'minister', 'china russia', 'summit', 'president', 'a', 'new', 'trade']) {
      const q = JSON.stringify(text);
      await api.data(
        `{ search(query: ${q}, first: 100) { totalCount edges { score matched node { __typename ... on Entity { id } ... on Statement { id } } } } }`,
      );
      await all(api, 'entities', `search: ${q}`, 'id');
      await all(api, 'statements', `search: ${q}`, 'id');
    }
  });

  test('neighbourhoods and paths around the most central entities', async () => {
    const { centralEntities } = await api.data<{ centralEntities: { nodes: { id: string }[] } }>(
      '{ centralEntities(by: DEGREE, first: 6) { nodes { id } } }',
    );
    const hubs = centralEntities.nodes.map((n) => n.id);
    expect(hubs).toHaveLength(6);
    for (const id of hubs) {
      for (const hops of [1, 2])
        await api.data(
          `{ neighborhood(id: "${id}", hops: ${hops}, limit: 40, includeHedged: true) { nodes { id } edges { id type sourceId targetId } } }`,
        );
      await api.data(`{ neighborhood(id: "${id}", types: [MET_WITH, SAID]) { nodes { id } edges { id } } }`);
    }
    for (const from of hubs)
      for (const to of entities.slice(-8))
        await api.data(`{ path(from: "${from}", to: "${to.id}") { nodes { id } edges { id type } } }`);
  });

  test('timelines, facts between two entities, the date range, and the graph as of a date', async () => {
    const { dateRange } = await api.data<{ dateRange: { earliest: string; latest: string } | null }>(
      '{ dateRange { earliest latest } }',
    );
    expect(dateRange).not.toBeNull();
    const { centralEntities } = await api.data<{ centralEntities: { nodes: { id: string }[] } }>(
      '{ centralEntities(by: DEGREE, first: 5) { nodes { id } } }',
    );
    const hubs = centralEntities.nodes.map((n) => n.id);
    for (const id of hubs) {
      await all(
        api,
        'timeline',
        `entity: "${id}", includeHedged: true, includeNegated: true`,
        'date event { id } facts { id type factDate evidence(first: 100) { nodes { article { id } start } } }',
      );
      await all(api, 'timeline', `entity: "${id}", since: "${dateRange!.earliest.slice(0, 4)}"`, 'date facts { id }');
      for (const other of hubs.filter((h) => h > id))
        await all(
          api,
          'between',
          `a: "${id}", b: "${other}", includeHedged: true, includeNegated: true`,
          'id factDate',
        );
      for (const asOf of [dateRange!.earliest, dateRange!.latest.slice(0, 7)])
        await api.data(
          `{ neighborhood(id: "${id}", hops: 2, limit: 40, asOf: "${asOf}") { nodes { id } edges { id factDate } } }`,
        );
    }
  });

  test('centrality and communities', async () => {
    await api.data(`{
      byRank: centralEntities(first: 100) { totalCount edges { score pageRank degree node { id } } }
      byDegree: centralEntities(by: DEGREE, first: 100) { totalCount edges { score degree node { id } } }
      people: centralEntities(label: PERSON, first: 50) { edges { score node { id } } }
      communities(first: 100) { totalCount nodes { id size members(first: 100) { totalCount nodes { id } } } }
    }`);
  });

  test('commentators on every event, and the documented examples', async () => {
    for (const event of entities.filter((e) => e.label === 'EVENT'))
      await api.data(
        `{ commentators(on: "${event.id}", includeParticipants: true, minWords: 0) { id quote speaker { id } } }`,
      );
    for (const example of readExamples()) {
      const { body } = await api.request(example.query);
      expect({ name: example.name, errors: body.errors }).toEqual({ name: example.name, errors: undefined });
    }
  });
});

sameAnswersOnBothStores();
