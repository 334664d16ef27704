/**
 * Time as a filter through the API (yoga.fetch), on both stores: timeline, between, asOf on
 * neighborhood and path, Relation.factDate and dateRange, with their errors and limits.
 */
import { jest } from '@jest/globals';
import { readExamples } from '../../src/graphql/examples.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { buildArticle, reactionArticle, samarkandArticle } from './fixtures.js';
import { testApi } from './harness.js';
import { sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

/** Article 0: the invasion, 24 February 2022, before the two fixture articles of September. */
const invasionArticle: ArticleGraph = buildArticle({
  text: [
    'Russia invaded Ukraine on Thursday.',
    'Vladimir Putin ordered the invasion.',
    'The United States imposed sanctions on Russia.',
  ].join('\n\n'),
  title: 'Russia invades Ukraine',
  source: 'Example Wire',
  publishedAt: '2022-02-24',
  entities: [
    { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
    { label: 'Country', name: 'Russia', aliases: ['Moscow'] },
    { label: 'Country', name: 'Ukraine' },
    { label: 'Country', name: 'United States' },
    { label: 'Event', name: 'Russian invasion of Ukraine', aliases: ['invasion'], date: '2022-02-24' },
  ],
  relations: [
    {
      type: 'PARTICIPATED_IN',
      source: 'Russia',
      target: 'Russian invasion of Ukraine',
      sentence: 'Russia invaded Ukraine on Thursday.',
    },
    {
      type: 'PARTICIPATED_IN',
      source: 'Vladimir Putin',
      target: 'Russian invasion of Ukraine',
      sentence: 'Vladimir Putin ordered the invasion.',
    },
    {
      type: 'SANCTIONS',
      source: 'United States',
      target: 'Russia',
      sentence: 'The United States imposed sanctions on Russia.',
      confidence: 0.9,
    },
  ],
  statements: [],
});

// Its sanction's evidence has no date of its own: the fact takes its article's publication date.
delete invasionArticle.relations.find((r) => r.type === 'SANCTIONS')!.evidence[0]!.date;

const ARTICLES = [invasionArticle, samarkandArticle, reactionArticle];

const PUTIN = 'person:vladimir-putin';
const INVASION = 'event:russian-invasion-of-ukraine';
const MEETING = 'event:xi-putin-meeting-in-samarkand';
const SUMMIT = 'event:sco-summit-in-samarkand';

interface Fact {
  id: string;
  type: string;
  factDate: string | null;
}
interface Group {
  date: string | null;
  event: { id: string } | null;
  facts: Fact[];
}
interface TimelineData {
  timeline: {
    totalCount: number;
    factCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Group[];
  };
}

const TIMELINE = `query Timeline($entity: String!, $first: Int, $after: String, $since: String, $until: String) {
  timeline(entity: $entity, first: $first, after: $after, since: $since, until: $until) {
    totalCount factCount
    pageInfo { hasNextPage endCursor }
    nodes { date event { id } facts { id type factDate } }
  }
}`;

/** A timeline as [day, event id, [fact id…]] rows. */
function rowsOf(data: TimelineData): [string | null, string | null, string[]][] {
  return data.timeline.nodes.map((g) => [g.date, g.event?.id ?? null, g.facts.map((f) => f.id)]);
}

describe.each(storesUnderTest())('time through the API: %s store', (_name, open) => {
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    api = testApi(await open(ARTICLES));
  });

  it("gives an entity's timeline grouped by day and event, with evidence, page by page", async () => {
    const all = await api.data<TimelineData>(TIMELINE, { variables: { entity: 'Vladimir Putin' } });
    expect(rowsOf(all)).toEqual([
      ['2022-02-24', INVASION, [`PARTICIPATED_IN:${PUTIN}->${INVASION}`]],
      ['2022-09-15', SUMMIT, [`PARTICIPATED_IN:${PUTIN}->${SUMMIT}`]],
      ['2022-09-15', MEETING, [`MET_WITH:${PUTIN}->person:xi-jinping`, `PARTICIPATED_IN:${PUTIN}->${MEETING}`]],
      [
        '2022-09-15',
        null,
        [`LEADER_OF:${PUTIN}->country:russia`, `OPPOSES:${PUTIN}->organization:north-atlantic-treaty-organization`],
      ],
      ['2022-09-16', SUMMIT, [`MET_WITH:person:narendra-modi->${PUTIN}`]],
    ]);
    expect(all.timeline).toMatchObject({ totalCount: 5, factCount: 7, pageInfo: { hasNextPage: false } });
    // Every fact's date is its group's day.
    for (const group of all.timeline.nodes) for (const fact of group.facts) expect(fact.factDate).toBe(group.date);

    const first = await api.data<TimelineData>(TIMELINE, { variables: { entity: PUTIN, first: 2 } });
    expect(first.timeline.pageInfo.hasNextPage).toBe(true);
    const rest = await api.data<TimelineData>(TIMELINE, {
      variables: { entity: PUTIN, after: first.timeline.pageInfo.endCursor },
    });
    expect([...rowsOf(first), ...rowsOf(rest)]).toEqual(rowsOf(all));

    const september = await api.data<TimelineData>(TIMELINE, {
      variables: { entity: PUTIN, since: '2022-09', until: '2022-09-15' },
    });
    expect(september.timeline).toMatchObject({ totalCount: 3, factCount: 5 });

    const evidence = await api.data<{
      timeline: { nodes: { facts: { evidence: { nodes: { sentence: string; article: { title: string } }[] } }[] }[] };
    }>(
      `{ timeline(entity: "Russian invasion of Ukraine", first: 1) {
          nodes { facts { evidence { nodes { sentence article { title } } } } } } }`,
    );
    expect(evidence.timeline.nodes[0]!.facts.map((f) => f.evidence.nodes[0])).toEqual([
      { sentence: 'Russia invaded Ukraine on Thursday.', article: { title: 'Russia invades Ukraine' } },
      { sentence: 'Vladimir Putin ordered the invasion.', article: { title: 'Russia invades Ukraine' } },
    ]);
  });

  it('gives every fact between two entities in date order, with evidence', async () => {
    const { between } = await api.data<{
      between: { totalCount: number; nodes: { type: string; factDate: string; evidence: { totalCount: number } }[] };
    }>(`{ between(a: "United States", b: "Moscow") { totalCount nodes { type factDate evidence { totalCount } } } }`);
    expect(between).toEqual({
      totalCount: 1,
      nodes: [{ type: 'SANCTIONS', factDate: '2022-02-24', evidence: { totalCount: 3 } }],
    });

    const both = await api.data<{ between: { nodes: { type: string; negated: boolean; factDate: string }[] } }>(
      `{ between(a: "Russia", b: "China", includeNegated: true) { nodes { type negated factDate } } }`,
    );
    expect(both.between.nodes).toEqual([
      { type: 'SANCTIONS', negated: true, factDate: '2022-09-15' },
      { type: 'SUPPORTS', negated: false, factDate: '2022-09-15' },
    ]);
    const paged = await api.data<{
      between: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: { type: string }[] };
    }>(
      `{ between(a: "Vladimir Putin", b: "Xi–Putin meeting in Samarkand", first: 1) { totalCount pageInfo { hasNextPage } nodes { type } } }`,
    );
    expect(paged.between).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false },
      nodes: [{ type: 'PARTICIPATED_IN' }],
    });
  });

  it('gives the neighbourhood and the path as of a date', async () => {
    const query = `query Around($asOf: String) {
      neighborhood(id: "Russia", hops: 1, asOf: $asOf) { nodes { id } edges { id factDate } }
    }`;
    type Around = { neighborhood: { nodes: { id: string }[]; edges: { id: string; factDate: string }[] } };
    const early = await api.data<Around>(query, { variables: { asOf: '2022-03' } });
    expect(early.neighborhood.nodes.map((n) => n.id)).toEqual(['country:russia', 'country:united-states', INVASION]);
    expect(early.neighborhood.edges.every((e) => e.factDate <= '2022-03')).toBe(true);
    const now = await api.data<Around>(query, { variables: { asOf: null } });
    expect(now.neighborhood.nodes.length).toBeGreaterThan(early.neighborhood.nodes.length);
    expect(now.neighborhood.nodes.map((n) => n.id)).toContain(PUTIN);

    const path = `query Path($asOf: String) { path(from: "Xi Jinping", to: "NATO", maxHops: 3, asOf: $asOf) { nodes { name } } }`;
    type PathData = { path: { nodes: { name: string }[] } | null };
    const found = await api.data<PathData>(path, { variables: { asOf: '2022-09-15' } });
    expect(found.path!.nodes.map((n) => n.name)).toEqual([
      'Xi Jinping',
      'Vladimir Putin',
      'North Atlantic Treaty Organization',
    ]);
    expect((await api.data<PathData>(path, { variables: { asOf: '2022-09-14' } })).path).toBeNull();
  });

  it('answers the time examples of docs/queries.graphql', async () => {
    const examples = new Map(readExamples().map((e) => [e.name, e.query]));
    const timeline = await api.data<{ timeline: { totalCount: number; nodes: { date: string }[] } }>(
      examples.get('XiTimeline')!,
    );
    expect(timeline.timeline.nodes.map((g) => g.date)).toEqual(['2022-09-15', '2022-09-15', '2022-09-15']);
    const between = await api.data<{ between: { nodes: { type: string; factDate: string }[] } }>(
      examples.get('XiPutinBetween')!,
    );
    expect(between.between.nodes).toMatchObject([{ type: 'MET_WITH', factDate: '2022-09-15' }]);
    const asOf = await api.data<{
      dateRange: { earliest: string };
      neighborhood: { nodes: { id: string }[]; edges: { factDate: string }[] };
      path: null;
    }>(examples.get('GraphAsOf')!);
    expect(asOf.dateRange.earliest).toBe('2022-02-24');
    expect(asOf.neighborhood.nodes.map((n) => n.id)).toContain(INVASION);
    expect(asOf.neighborhood.nodes.map((n) => n.id)).not.toContain('person:narendra-modi');
    expect(asOf.neighborhood.edges.every((e) => e.factDate <= '2022-09-15')).toBe(true);
    expect(asOf.path).toBeNull();
  });

  it('gives the range of fact dates', async () => {
    expect(await api.data(`{ dateRange { earliest latest } }`)).toEqual({
      dateRange: { earliest: '2022-02-24', latest: '2022-09-16' },
    });
  });

  it('refuses bad dates, unknown entities and bad pages as BAD_USER_INPUT with a clear message', async () => {
    const refusal = async (query: string) => {
      const { body } = await api.request(query);
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      return body.errors![0]!.message;
    };
    expect(await refusal(`{ neighborhood(id: "Russia", asOf: "2022-13") { nodes { id } } }`)).toBe(
      '"asOf" must be an ISO date such as 2022, 2022-09 or 2022-09-15, got "2022-13".',
    );
    expect(await refusal(`{ path(from: "Russia", to: "China", asOf: "2022-02-30") { nodes { id } } }`)).toMatch(
      /^"asOf" must be an ISO date/,
    );
    expect(await refusal(`{ timeline(entity: "Russia", since: "last week") { totalCount } }`)).toMatch(
      /^"since" must be/,
    );
    expect(await refusal(`{ timeline(entity: "Russia", until: "2022-9") { totalCount } }`)).toMatch(/^"until" must be/);
    expect(await refusal(`{ relations(since: "2022-00") { totalCount } }`)).toMatch(/^"since" must be/);
    expect(await refusal(`{ timeline(entity: "Nobody at all") { totalCount } }`)).toMatch(
      /^No entity "Nobody at all" for "entity"/,
    );
    expect(await refusal(`{ between(a: "Russia", b: "Atlantis") { totalCount } }`)).toMatch(/for "b"/);
    expect(await refusal(`{ timeline(entity: "Russia", first: 1000) { totalCount } }`)).toMatch(/^"first" must be/);
    expect(await refusal(`{ timeline(entity: "Russia", after: "not-a-cursor") { totalCount } }`)).toMatch(
      /^Invalid cursor/,
    );
    expect(await refusal(`{ neighborhood(id: "Russia", hops: 99, asOf: "2022") { nodes { id } } }`)).toMatch(
      /KG_MAX_HOPS/,
    );
  });

  it('keeps the depth and cost limits on the new fields', async () => {
    const deep = await api.request(
      `{ timeline(entity: "Russia") { nodes { facts { source { relations { edges { relation { evidence { nodes { article { entities { nodes { id } } } } } } } } } } } } }`,
    );
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(deep.body.errors?.[0]?.message).toMatch(/KG_MAX_DEPTH/);
    const costly = await api.request(
      `{ timeline(entity: "Russia", first: 100) { nodes { facts { evidence(first: 100) { nodes { article { entities(first: 100) { nodes { name } } } } } } } } }`,
    );
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(costly.body.errors?.[0]?.message).toMatch(/KG_MAX_COST/);
  });
});

sameAnswersOnBothStores();
