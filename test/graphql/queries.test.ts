import { jest } from '@jest/globals';
import type { MentionRecord } from '../../src/graph/model.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { testApi } from './harness.js';
import { FIXTURE_ARTICLES, sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

type Api = ReturnType<typeof testApi>;

// The same queries and answers on both stores (see stores.ts).
describe.each(storesUnderTest())('GraphQL queries on the %s store', (_store, open) => {
  describe('on the two fixture articles', () => {
    let api: Api;

    beforeAll(async () => {
      api = testApi(await open(FIXTURE_ARTICLES));
    });

    describe('entity and entities', () => {
      test('entity(id) returns the typed entity, null for an unknown id', async () => {
        const data = await api.data<{
          xi: { __typename: string; name: string; label: string; aliases: string[] };
          none: null;
        }>(
          '{ xi: entity(id: "person:xi-jinping") { __typename name label aliases } none: entity(id: "person:nobody") { name } }',
        );
        expect(data.xi).toEqual({ __typename: 'Person', name: 'Xi Jinping', label: 'PERSON', aliases: ['Xi'] });
        expect(data.none).toBeNull();
      });

      test('entities(search: "Putin") finds Vladimir Putin as a PERSON first', async () => {
        const data = await api.data<{
          entities: { totalCount: number; edges: { cursor: string; node: { name: string; label: string } }[] };
        }>('{ entities(search: "Putin") { totalCount edges { cursor node { name label } } } }');
        expect(data.entities.edges[0]!.node).toEqual({ name: 'Vladimir Putin', label: 'PERSON' });
        expect(data.entities.totalCount).toBe(data.entities.edges.length);
      });

      test('entities filters by label and pages with first/after', async () => {
        const first = await api.data<{
          entities: {
            totalCount: number;
            nodes: { label: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>('{ entities(label: COUNTRY, first: 2) { totalCount nodes { label } pageInfo { hasNextPage endCursor } } }');
        expect(first.entities.totalCount).toBe(5);
        expect(first.entities.nodes.map((n) => n.label)).toEqual(['COUNTRY', 'COUNTRY']);
        expect(first.entities.pageInfo.hasNextPage).toBe(true);
        const rest = await api.data<{ entities: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(
          `{ entities(label: COUNTRY, first: 10, after: "${first.entities.pageInfo.endCursor}") { nodes { name } pageInfo { hasNextPage } } }`,
        );
        expect(rest.entities.nodes).toHaveLength(3);
        expect(rest.entities.pageInfo.hasNextPage).toBe(false);
      });

      test('an invalid cursor is a clear input error', async () => {
        const { body } = await api.request('{ entities(after: "bogus") { totalCount } }');
        expect(body.errors?.[0]?.message).toMatch(/Invalid cursor/);
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      });
    });

    describe('typed entity fields', () => {
      test('a Person has roles, affiliations, statements and meetings with date, place and event', async () => {
        const data = await api.data<{
          xi: {
            roles: string[];
            leaderOf: { nodes: { name: string }[] };
            statements: { nodes: { quote: string; about: { name: string } }[] };
            meetings: {
              totalCount: number;
              nodes: { with: { name: string }; date: string; place: { name: string }; event: { name: string } }[];
            };
          };
          shi: { affiliations: { nodes: { name: string }[] } };
        }>(`{
      xi: entity(id: "person:xi-jinping") { ... on Person {
        roles leaderOf { nodes { name } } statements { nodes { quote about { name } } }
        meetings { totalCount nodes { with { name } date place { name } event { name } } } } }
      shi: entity(id: "person:shi-yinhong") { ... on Person { affiliations { nodes { name } } } }
    }`);
        expect(data.xi.roles).toEqual(['President']);
        expect(data.xi.leaderOf.nodes).toEqual([{ name: 'China' }]);
        expect(data.xi.statements.nodes[0]).toEqual({
          quote: 'We are ready to work with our Russian colleagues to set an example of a responsible world power,',
          about: { name: 'Russia' },
        });
        expect(data.xi.meetings).toEqual({
          totalCount: 1,
          nodes: [
            {
              with: { name: 'Vladimir Putin' },
              date: '2022-09-15',
              place: { name: 'Samarkand' },
              event: { name: 'Xi–Putin meeting in Samarkand' },
            },
          ],
        });
        expect(data.shi.affiliations.nodes).toEqual([{ name: 'Renmin University' }]);
      });

      test('a Country has leaders and supports, sanctions and opposes in both directions', async () => {
        const data = await api.data<{
          russia: Record<string, { nodes: { name: string }[] }>;
          china: Record<string, { nodes: { name: string }[] }>;
        }>(`{
      russia: entity(id: "country:russia") { ... on Country {
        leaders { nodes { name } } supportedBy { nodes { name } } sanctionedBy { nodes { name } } supports { nodes { name } } memberOf { nodes { name } } } }
      china: entity(id: "country:china") { ... on Country { supports { nodes { name } } sanctions { nodes { name } } } }
    }`);
        expect(data.russia.leaders!.nodes).toEqual([{ name: 'Vladimir Putin' }]);
        expect(data.russia.supportedBy!.nodes).toEqual([{ name: 'China' }]);
        expect(data.russia.sanctionedBy!.nodes).toEqual([{ name: 'United States' }]);
        expect(data.russia.supports!.nodes).toEqual([]);
        expect(data.russia.memberOf!.nodes).toEqual([{ name: 'Shanghai Cooperation Organisation' }]);
        expect(data.china.supports!.nodes).toEqual([{ name: 'Russia' }]);
        expect(data.china.sanctions!.nodes).toEqual([]);
      });

      test('opposes and opposedBy link Putin and NATO; the hedged SUPPORTS edge is left out by default', async () => {
        const data = await api.data<{
          putin: {
            opposes: { nodes: { name: string }[] };
            supports: { totalCount: number };
            hedged: { edges: { relation: { hedged: boolean } }[] };
          };
          nato: { opposedBy: { nodes: { name: string }[] } };
        }>(`{
      putin: entity(id: "person:vladimir-putin") { opposes { nodes { name } } supports { totalCount }
        hedged: relations(types: [SUPPORTS], includeHedged: true) { edges { relation { hedged } } } }
      nato: entity(id: "organization:north-atlantic-treaty-organization") { opposedBy { nodes { name } } }
    }`);
        expect(data.putin.opposes.nodes).toEqual([{ name: 'North Atlantic Treaty Organization' }]);
        expect(data.putin.supports.totalCount).toBe(0);
        expect(data.putin.hedged.edges).toEqual([{ relation: { hedged: true } }]);
        expect(data.nato.opposedBy.nodes).toEqual([{ name: 'Vladimir Putin' }]);
      });

      test('an Organization has members and an Event has date, place, participants and statements', async () => {
        const data = await api.data<{
          sco: { members: { nodes: { name: string }[] } };
          meeting: {
            date: string;
            place: { name: string };
            participants: { nodes: { name: string }[] };
            statements: { nodes: { speaker: { name: string } }[] };
          };
        }>(`{
      sco: entity(id: "organization:shanghai-cooperation-organisation") { ... on Organization { members { nodes { name } } } }
      meeting: entity(id: "event:xi-putin-meeting-in-samarkand") { ... on Event {
        date place { name } participants { nodes { name } } statements { nodes { speaker { name } } } } }
    }`);
        expect(data.sco.members.nodes.map((n) => n.name).sort()).toEqual(['China', 'Russia']);
        expect(data.meeting.date).toBe('2022-09-15');
        expect(data.meeting.place).toEqual({ name: 'Samarkand' });
        expect(data.meeting.participants.nodes.map((n) => n.name).sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
        expect(data.meeting.statements.nodes.map((n) => n.speaker.name).sort()).toEqual(['John Kirby', 'Shi Yinhong']);
      });

      test('a Place lists the events held there; entities list their mentions and articles', async () => {
        const data = await api.data<{
          samarkand: { events: { nodes: { name: string }[] } };
          putin: {
            mentionCount: number;
            mentions: { totalCount: number; nodes: { text: string; article: { title: string } }[] };
            articles: { nodes: { title: string }[] };
          };
        }>(`{
      samarkand: entity(id: "place:samarkand") { ... on Place { events { nodes { name } } } }
      putin: entity(id: "person:vladimir-putin") { mentionCount mentions(first: 1) { totalCount nodes { text article { title } } } articles { nodes { title } } }
    }`);
        expect(data.samarkand.events.nodes.map((n) => n.name).sort()).toEqual([
          'SCO summit in Samarkand',
          'Xi–Putin meeting in Samarkand',
        ]);
        expect(data.putin.mentions.totalCount).toBe(data.putin.mentionCount);
        expect(data.putin.mentions.nodes[0]).toEqual({
          text: 'Vladimir Putin',
          article: { title: 'Xi and Putin meet in Samarkand' },
        });
        expect(data.putin.articles.nodes.map((n) => n.title).sort()).toEqual([
          'US reacts to Xi–Putin talks',
          'Xi and Putin meet in Samarkand',
        ]);
      });
    });

    describe('articles', () => {
      test('an Article has title, source, date, entities, statements and relations; articles come newest first', async () => {
        const data = await api.data<{
          articles: {
            totalCount: number;
            nodes: {
              id: string;
              title: string;
              source: string;
              publishedAt: string;
              length: number;
              entities: { nodes: { name: string }[] };
              statements: { nodes: { quote: string }[] };
              relations: { totalCount: number };
            }[];
          };
        }>(`{ articles { totalCount nodes { id title source publishedAt length
        entities(label: PERSON) { nodes { name } } statements { nodes { quote } } relations { totalCount } } } }`);
        expect(data.articles.totalCount).toBe(2);
        const [reaction, samarkand] = data.articles.nodes;
        expect(reaction!.publishedAt).toBe('2022-09-16');
        expect(reaction!.source).toBe('Example Daily');
        expect(reaction!.entities.nodes.map((n) => n.name)).toContain('John Kirby');
        expect(reaction!.statements.nodes.map((s) => s.quote)).toEqual([
          'the meeting shows how far Beijing is willing to go',
          'sanctions on Russia would stay in place',
        ]);
        expect(samarkand!.title).toBe('Xi and Putin meet in Samarkand');
        expect(samarkand!.relations.totalCount).toBeGreaterThan(10);
        const one = await api.data<{ article: { title: string } }>(`{ article(id: "${samarkand!.id}") { title } }`);
        expect(one.article.title).toBe('Xi and Putin meet in Samarkand');
      });
    });

    describe('relations', () => {
      test('relations(type, to) by name come with evidence: article, sentence, offsets, confidence', async () => {
        const data = await api.data<{
          relations: {
            totalCount: number;
            nodes: {
              type: string;
              source: { name: string };
              sourceId: string;
              targetId: string;
              confidence: number;
              evidence: {
                totalCount: number;
                nodes: { sentence: string; start: number; end: number; article: { title: string } }[];
              };
            }[];
          };
        }>(`{ relations(type: SANCTIONS, to: "Russia") { totalCount nodes { type source { name } sourceId targetId confidence
        evidence { totalCount nodes { sentence start end article { title } } } } } }`);
        expect(data.relations.totalCount).toBe(1);
        const [sanction] = data.relations.nodes;
        expect(sanction!.source.name).toBe('United States');
        expect(sanction!.targetId).toBe('country:russia');
        expect(sanction!.evidence.totalCount).toBe(2);
        expect(sanction!.confidence).toBeCloseTo(1 - 0.1 * 0.3, 4);
        const evidence = sanction!.evidence.nodes.find((e) => e.article.title === 'Xi and Putin meet in Samarkand')!;
        expect(evidence.sentence).toBe(
          'The United States has imposed sweeping sanctions on Russia since the invasion of Ukraine.',
        );
        expect(evidence.end - evidence.start).toBe(evidence.sentence.length);
      });

      test('the denied China SANCTIONS Russia edge appears only with includeNegated', async () => {
        const plain = await api.data<{ relations: { nodes: { sourceId: string }[] } }>(
          '{ relations(type: SANCTIONS, from: "China") { nodes { sourceId } } }',
        );
        expect(plain.relations.nodes).toEqual([]);
        const all = await api.data<{
          relations: { nodes: { negated: boolean; evidence: { nodes: { negated: boolean }[] } }[] };
        }>(
          '{ relations(type: SANCTIONS, from: "China", includeNegated: true) { nodes { negated evidence { nodes { negated } } } } }',
        );
        expect(all.relations.nodes).toEqual([{ negated: true, evidence: { nodes: [{ negated: true }] } }]);
      });

      test('relations filter by since/until, minConfidence, article, involving and types', async () => {
        const late = await api.data<{ relations: { nodes: { type: string }[] } }>(
          '{ relations(since: "2022-09-16", types: [MET_WITH]) { nodes { type } } }',
        );
        expect(late.relations.nodes).toHaveLength(1);
        const strong = await api.data<{ relations: { nodes: { confidence: number }[] } }>(
          '{ relations(minConfidence: 0.9, first: 100) { nodes { confidence } } }',
        );
        expect(strong.relations.nodes.length).toBeGreaterThan(0);
        expect(strong.relations.nodes.every((r) => r.confidence >= 0.9)).toBe(true);
        const xi = await api.data<{ relations: { nodes: { type: string }[] } }>(
          '{ relations(involving: "Xi", type: MET_WITH) { nodes { type } } }',
        );
        expect(xi.relations.nodes).toEqual([{ type: 'MET_WITH' }]);
        const met = await api.data<{
          relations: {
            nodes: { date: string; place: { name: string }; event: { name: string }; undirected: boolean }[];
          };
        }>(
          '{ relations(type: MET_WITH, from: "Vladimir Putin", to: "Xi Jinping") { nodes { date undirected place { name } event { name } } } }',
        );
        expect(met.relations.nodes).toEqual([
          {
            date: '2022-09-15',
            undirected: true,
            place: { name: 'Samarkand' },
            event: { name: 'Xi–Putin meeting in Samarkand' },
          },
        ]);
      });

      test('relation(id) returns one edge; bad filters are clear input errors', async () => {
        const one = await api.data<{ relation: { type: string; source: { name: string }; target: { name: string } } }>(
          '{ relation(id: "SUPPORTS:country:china->country:russia") { type source { name } target { name } } }',
        );
        expect(one.relation).toEqual({ type: 'SUPPORTS', source: { name: 'China' }, target: { name: 'Russia' } });
        const unknown = await api.request('{ relations(from: "Atlantis") { totalCount } }');
        expect(unknown.body.errors?.[0]?.message).toMatch(/No entity "Atlantis" for "from"/);
        const badDate = await api.request('{ relations(since: "last week") { totalCount } }');
        expect(badDate.body.errors?.[0]?.message).toMatch(/"since" must be an ISO date/);
        const badConfidence = await api.request('{ relations(minConfidence: 2) { totalCount } }');
        expect(badConfidence.body.errors?.[0]?.message).toMatch(/"minConfidence" must be from 0 to 1/);
      });
    });

    describe('statements and commentators', () => {
      test('commentators(on: "Xi–Putin") returns the statements about the meeting with their speakers', async () => {
        const data = await api.data<{
          commentators: {
            speaker: { name: string };
            quote: string;
            about: { name: string };
            article: { title: string };
          }[];
        }>('{ commentators(on: "Xi–Putin") { speaker { name } quote about { name } article { title } } }');
        expect(data.commentators.map((s) => s.speaker.name).sort()).toEqual(['John Kirby', 'Shi Yinhong']);
        expect(data.commentators.every((s) => s.about.name === 'Xi–Putin meeting in Samarkand')).toBe(true);
      });

      test('commentators accepts "Xi Putin meeting", an event id, and returns nothing for an unknown event', async () => {
        const text = await api.data<{ commentators: unknown[] }>('{ commentators(on: "Xi Putin meeting") { quote } }');
        expect(text.commentators).toHaveLength(2);
        const byId = await api.data<{ commentators: unknown[] }>(
          '{ commentators(on: "event:xi-putin-meeting-in-samarkand") { quote } }',
        );
        expect(byId.commentators).toHaveLength(2);
        const none = await api.data<{ commentators: unknown[] }>(
          '{ commentators(on: "Biden Trudeau summit") { quote } }',
        );
        expect(none.commentators).toEqual([]);
        const empty = await api.request('{ commentators(on: " – ") { quote } }');
        expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      });

      test('matchEvent shows which event a text resolves to', async () => {
        const data = await api.data<{ a: { name: string }; b: { name: string } }>(
          '{ a: matchEvent(text: "Xi–Putin") { name } b: matchEvent(text: "SCO summit") { name } }',
        );
        expect(data.a.name).toBe('Xi–Putin meeting in Samarkand');
        expect(data.b.name).toBe('SCO summit in Samarkand');
      });

      test('statements filter by speaker (name or id), about and search', async () => {
        const kirby = await api.data<{
          statements: { totalCount: number; nodes: { kind: string; sentence: string }[] };
        }>('{ statements(speaker: "John Kirby") { totalCount nodes { kind sentence } } }');
        expect(kirby.statements.totalCount).toBe(2);
        expect(kirby.statements.nodes.map((s) => s.kind).sort()).toEqual(['DIRECT', 'REPORTED']);
        const aboutRussia = await api.data<{ statements: { nodes: { speaker: { name: string } }[] } }>(
          '{ statements(about: "country:russia") { nodes { speaker { name } } } }',
        );
        expect(aboutRussia.statements.nodes.map((s) => s.speaker.name).sort()).toEqual(['John Kirby', 'Xi Jinping']);
        const search = await api.data<{ statements: { nodes: { speaker: { name: string } }[] } }>(
          '{ statements(search: "military help") { nodes { speaker { name } } } }',
        );
        expect(search.statements.nodes).toEqual([{ speaker: { name: 'Shi Yinhong' } }]);
      });
    });

    describe('traversals', () => {
      test('neighborhood(SCO) returns its members and the edges among them', async () => {
        const data = await api.data<{
          neighborhood: { nodes: { id: string }[]; edges: { type: string; sourceId: string; targetId: string }[] };
        }>('{ neighborhood(id: "SCO", hops: 1) { nodes { id } edges { type sourceId targetId } } }');
        const ids = data.neighborhood.nodes.map((n) => n.id).sort();
        expect(ids).toEqual(['country:china', 'country:russia', 'organization:shanghai-cooperation-organisation']);
        expect(data.neighborhood.edges.map((e) => e.type).sort()).toEqual(['MEMBER_OF', 'MEMBER_OF', 'SUPPORTS']);
      });

      test('neighborhood respects types and limit, and refuses hops beyond the cap', async () => {
        const limited = await api.data<{ neighborhood: { nodes: unknown[] } }>(
          '{ neighborhood(id: "person:vladimir-putin", hops: 2, limit: 3) { nodes { id } } }',
        );
        expect(limited.neighborhood.nodes).toHaveLength(3);
        const typed = await api.data<{ neighborhood: { nodes: { name: string }[] } }>(
          '{ neighborhood(id: "Putin", types: [MET_WITH]) { nodes { name } } }',
        );
        expect(typed.neighborhood.nodes.map((n) => n.name).sort()).toEqual([
          'Narendra Modi',
          'Vladimir Putin',
          'Xi Jinping',
        ]);
        const tooFar = await api.request('{ neighborhood(id: "Putin", hops: 50) { nodes { id } } }');
        expect(tooFar.body.errors?.[0]?.message).toMatch(/"hops" must be from 1 to 6 \(KG_MAX_HOPS\)/);
      });

      test('path(Xi Jinping → NATO) is a chain of nodes and edges; none within maxHops is null', async () => {
        const data = await api.data<{ path: { nodes: { name: string }[]; edges: { type: string }[] } }>(
          '{ path(from: "Xi Jinping", to: "NATO") { nodes { name } edges { type } } }',
        );
        expect(data.path.nodes.map((n) => n.name)).toEqual([
          'Xi Jinping',
          'Vladimir Putin',
          'North Atlantic Treaty Organization',
        ]);
        expect(data.path.edges.map((e) => e.type)).toEqual(['MET_WITH', 'OPPOSES']);
        const short = await api.data<{ path: null }>(
          '{ path(from: "Shi Yinhong", to: "NATO", maxHops: 1) { nodes { name } } }',
        );
        expect(short.path).toBeNull();
        const unknown = await api.request('{ path(from: "Xi Jinping", to: "Atlantis") { nodes { name } } }');
        expect(unknown.body.errors?.[0]?.message).toMatch(/No entity "Atlantis" for "to"/);
      });
    });

    describe('search and stats', () => {
      test('search matches names, aliases and quotes, every word, best first', async () => {
        const data = await api.data<{
          search: {
            totalCount: number;
            edges: { score: number; matched: string; node: { __typename: string; name?: string; quote?: string } }[];
          };
        }>(
          '{ search(query: "putin") { totalCount edges { score matched node { __typename ... on Entity { name } ... on Statement { quote } } } } }',
        );
        expect(data.search.edges[0]!.node).toEqual({ __typename: 'Person', name: 'Vladimir Putin' });
        const quote = await api.data<{
          search: { edges: { matched: string; node: { __typename: string; speaker: { name: string } } }[] };
        }>(
          '{ search(query: "willing go Beijing") { edges { matched node { __typename ... on Statement { speaker { name } } } } } }',
        );
        expect(quote.search.edges).toEqual([
          {
            matched: 'the meeting shows how far Beijing is willing to go',
            node: { __typename: 'Statement', speaker: { name: 'John Kirby' } },
          },
        ]);
        const alias = await api.data<{ search: { edges: { matched: string; node: { name: string } }[] } }>(
          '{ search(query: "nato") { edges { matched node { ... on Entity { name } } } } }',
        );
        expect(alias.search.edges[0]).toEqual({
          matched: 'NATO',
          node: { name: 'North Atlantic Treaty Organization' },
        });
        const empty = await api.request('{ search(query: "  ") { totalCount } }');
        expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      });

      test('stats counts articles, nodes, edges and statements by label and type', async () => {
        const data = await api.data<{
          stats: {
            articles: number;
            nodes: number;
            statements: number;
            nodesByLabel: { label: string; count: number }[];
            edgesByType: { type: string; count: number }[];
          };
        }>('{ stats { articles nodes edges statements nodesByLabel { label count } edgesByType { type count } } }');
        expect(data.stats.articles).toBe(2);
        expect(data.stats.statements).toBe(4);
        expect(data.stats.nodesByLabel.find((l) => l.label === 'PERSON')!.count).toBe(5);
        expect(data.stats.edgesByType.find((t) => t.type === 'MET_WITH')!.count).toBe(2);
      });
    });
  });

  describe('on an article of its own', () => {
    test("a titled person's mention gives the name as text and the whole written form as surface", async () => {
      const article = 'article:titled';
      const mention = (start: number, text: string, surface?: string): MentionRecord => ({
        article,
        start,
        end: start + text.length,
        text,
        ...(surface ? { surface } : {}),
      });
      const store = await open([
        {
          article: { id: article, length: 60, title: 'Souza speaks' },
          entities: [
            {
              id: 'person:ana-souza',
              label: 'Person',
              name: 'Ana Souza',
              aliases: ['Foreign Minister Ana Souza'],
              mentions: [mention(17, 'Ana Souza', 'Foreign Minister Ana Souza'), mention(40, 'Ana Souza')],
              count: 2,
            },
          ],
          relations: [],
          statements: [],
        },
      ]);
      const data = await testApi(store).data<{ entity: { mentions: { nodes: unknown[] } } }>(
        '{ entity(id: "person:ana-souza") { mentions { nodes { text surface start end } } } }',
      );
      expect(data.entity.mentions.nodes).toEqual([
        { text: 'Ana Souza', surface: 'Foreign Minister Ana Souza', start: 17, end: 26 },
        { text: 'Ana Souza', surface: null, start: 40, end: 49 },
      ]);
    });
  });
});

sameAnswersOnBothStores();
