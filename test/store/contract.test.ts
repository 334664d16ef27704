import { jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Correction } from '../../src/graph/corrections.js';
import type { ArticleGraph, MentionRecord, RelationRecord, RelationType } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { StoreQueryError } from '../../src/store/errors.js';
import type {
  EntityHead,
  GraphDump,
  GraphStore,
  IngestResult,
  ReadOptions,
  RelationHead,
} from '../../src/store/port.js';
import { generateCorpus } from '../../bench/corpus.js';
import { extractArticle } from '../../src/extract/index.js';
import { openIngestSession } from '../../src/ingest/session.js';
import { claimNeo4jServer, neo4jTestSettings, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { fixtureArticles, INJECTIONS } from './fixtures.js';

jest.setTimeout(60_000);
claimNeo4jServer();

const EMPTY: GraphDump = { articles: [], entities: [], relations: [], statements: [] };

const ADAPTERS: [string, () => Promise<GraphStore>][] = [
  ['embedded', () => EmbeddedStore.open()],
  ['neo4j', openEmptyNeo4jStore],
];

const f = fixtureArticles();
const { ids } = f;

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function sortedDump(dump: GraphDump): GraphDump {
  return {
    articles: sortById(dump.articles),
    entities: sortById(dump.entities),
    relations: sortById(dump.relations),
    statements: sortById(dump.statements),
  };
}

async function ingestAll(store: GraphStore, graphs: ArticleGraph[] = [f.samarkand, f.kremlin, f.kyiv]): Promise<void> {
  for (const graph of graphs) await store.ingest(graph);
}

/**
 * Two articles about Ana Souza and the SCO. The first calls her "Foreign Minister Souza" and gives the
 * SCO its acronym (an expansion, no mention reads "SCO"); the second adds "Ms Souza" and "the Shanghai bloc".
 */
function aliasArticles(): [ArticleGraph, ArticleGraph] {
  const graph = (id: string, people: string[], orgs: string[], orgAliases: string[]): ArticleGraph => {
    const mentions = (texts: string[]) =>
      texts.map((text, i) => ({ article: id, start: 40 * i, end: 40 * i + text.length, text }));
    return {
      article: { id, length: 200 },
      entities: [
        {
          id: 'person:ana-souza',
          label: 'Person',
          name: 'Ana Souza',
          aliases: people.filter((p) => p !== 'Ana Souza'),
          mentions: mentions(people),
          count: people.length,
        },
        {
          id: 'organization:shanghai-cooperation-organisation',
          label: 'Organization',
          name: 'Shanghai Cooperation Organisation',
          aliases: orgAliases,
          mentions: mentions(orgs),
          count: orgs.length,
        },
      ],
      relations: [],
      statements: [],
    };
  };
  return [
    graph('article:first', ['Ana Souza', 'Foreign Minister Souza'], ['Shanghai Cooperation Organisation'], ['SCO']),
    graph(
      'article:second',
      ['Ms Souza', 'Foreign Minister Souza'],
      ['Shanghai Cooperation Organisation', 'the Shanghai bloc'],
      ['the Shanghai bloc'],
    ),
  ];
}

/**
 * Two articles that name Ana Souza with titles: a titled mention's record spans the name only and keeps
 * the whole written form as its surface, which is the alias it gives. The first also names her plainly
 * (one MENTIONS of mixed spans) and Geneva (no surface at all).
 */
function titledArticles(): [ArticleGraph, ArticleGraph] {
  const titled = (article: string, start: number, title: string): MentionRecord => ({
    article,
    start: start + title.length + 1,
    end: start + title.length + 1 + 'Ana Souza'.length,
    text: 'Ana Souza',
    surface: `${title} Ana Souza`,
  });
  const graph = (id: string, mentions: MentionRecord[], aliases: string[]): ArticleGraph => ({
    article: { id, length: 200 },
    entities: [
      { id: 'person:ana-souza', label: 'Person', name: 'Ana Souza', aliases, mentions, count: mentions.length },
      {
        id: 'place:geneva',
        label: 'Place',
        name: 'Geneva',
        aliases: [],
        mentions: [{ article: id, start: 150, end: 156, text: 'Geneva' }],
        count: 1,
      },
    ],
    relations: [],
    statements: [],
  });
  return [
    graph(
      'article:first',
      [
        titled('article:first', 0, 'Foreign Minister'),
        { article: 'article:first', start: 60, end: 69, text: 'Ana Souza' },
      ],
      ['Foreign Minister Ana Souza'],
    ),
    graph(
      'article:second',
      [titled('article:second', 0, 'Foreign Minister'), titled('article:second', 60, 'Ambassador')],
      ['Foreign Minister Ana Souza', 'Ambassador Ana Souza'],
    ),
  ];
}

/**
 * Two articles that date facts in other ways than by their own day. The first (a year after the
 * invasion) says Zelenskyy took part in it, dated by the event (2022-02), and what he said about it,
 * whose evidence has no date of its own and takes its article's (2023-02-24). The second has no date at
 * all: the fact it gives is undated.
 */
function timeArticles(): [ArticleGraph, ArticleGraph] {
  const anniversary = 'article:anniversary';
  const undated = 'article:undated';
  const sentence = (article: string, start: number, text: string) => ({
    article,
    sentence: text,
    start,
    end: start + text.length,
    confidence: 0.8,
  });
  const mention = (article: string, start: number, text: string) => ({
    article,
    start,
    end: start + text.length,
    text,
  });
  const zelenskyy = (article: string) => ({
    id: ids.zelenskyy,
    label: 'Person' as const,
    name: 'Volodymyr Zelenskyy',
    aliases: ['Zelenskyy'],
    mentions: [mention(article, 0, 'Zelenskyy')],
    count: 1,
  });
  return [
    {
      article: { id: anniversary, title: 'A year of war', publishedAt: '2023-02-24', length: 200 },
      entities: [
        zelenskyy(anniversary),
        {
          id: ids.invasion,
          label: 'Event',
          name: 'Russian invasion of Ukraine',
          aliases: ['invasion'],
          mentions: [mention(anniversary, 40, 'invasion')],
          count: 1,
          date: '2022-02',
        },
      ],
      relations: [
        {
          id: 'PARTICIPATED_IN:person:volodymyr-zelenskyy->event:russian-invasion-of-ukraine',
          type: 'PARTICIPATED_IN',
          source: ids.zelenskyy,
          target: ids.invasion,
          undirected: false,
          evidence: [sentence(anniversary, 0, 'Zelenskyy has led the defence since the invasion began.')],
          confidence: 0.8,
        },
        {
          id: 'SAID:person:volodymyr-zelenskyy->event:russian-invasion-of-ukraine',
          type: 'SAID',
          source: ids.zelenskyy,
          target: ids.invasion,
          undirected: false,
          evidence: [{ ...sentence(anniversary, 60, 'Zelenskyy said: "We held."'), quote: 'We held.' }],
          confidence: 0.8,
        },
      ],
      statements: [],
    },
    {
      article: { id: undated, title: 'A party', length: 100 },
      entities: [
        zelenskyy(undated),
        {
          id: 'organization:servant-of-the-people',
          label: 'Organization',
          name: 'Servant of the People',
          aliases: [],
          mentions: [mention(undated, 30, 'Servant of the People')],
          count: 1,
        },
      ],
      relations: [
        {
          id: 'AFFILIATED_WITH:person:volodymyr-zelenskyy->organization:servant-of-the-people',
          type: 'AFFILIATED_WITH',
          source: ids.zelenskyy,
          target: 'organization:servant-of-the-people',
          undirected: false,
          evidence: [sentence(undated, 0, 'Zelenskyy founded Servant of the People.')],
          confidence: 0.8,
        },
      ],
      statements: [],
    },
  ];
}

describe.each(ADAPTERS)('GraphStore contract: %s', (_name, open) => {
  let store: GraphStore;

  beforeEach(async () => {
    store = await open();
  });

  afterEach(async () => {
    await store.load(EMPTY);
    await store.close();
  });

  describe('ingest', () => {
    it('adds an article with its nodes, edges and statements', async () => {
      const result = await store.ingest(f.samarkand);
      expect(result).toEqual({
        article: f.samarkand.article,
        duplicate: false,
        nodesAdded: 7,
        edgesAdded: 8,
        statementsAdded: 1,
      });
      const stats = await store.stats();
      expect(stats).toMatchObject({ articles: 1, nodes: 7, edges: 8, statements: 1 });
      expect(stats.nodesByLabel).toEqual({ Person: 2, Country: 3, Organization: 0, Event: 1, Place: 1 });
      expect(stats.edgesByType.LEADER_OF).toBe(2);
      expect(stats.edgesByType.MEMBER_OF).toBe(0);
    });

    it("leaves the store as one article at a time when kg ingest's window keeps many in flight", async () => {
      const inputs = generateCorpus({ seed: 3, count: 24 }).map((a) => a.input);
      inputs.splice(10, 0, inputs[2]!);
      // An article the store holds before the session: a duplicate, whose entities must not join the known ones.
      const before = extractArticle(inputs[6]!);
      const oneAtATime = async (): Promise<IngestResult[]> => {
        await store.ingest(before);
        const session = await openIngestSession(store);
        const results: IngestResult[] = [];
        for (const input of inputs) results.push((await session.add(input)).result);
        return results;
      };
      const expected = await oneAtATime();
      const expectedDump = sortedDump(await store.dump());
      await store.load(EMPTY);
      await store.ingest(before);
      const session = await openIngestSession(store);
      const started = [];
      for (const input of inputs) started.push(await session.start(input));
      const results = await Promise.all(started.map(async (s) => (await s.stored).result));
      expect(results).toEqual(expected);
      expect(results.filter((r) => r.duplicate)).toHaveLength(2);
      expect(sortedDump(await store.dump())).toEqual(expectedDump);
    });

    it('changes nothing when the same article comes again', async () => {
      await ingestAll(store);
      const before = sortedDump(await store.dump());
      const again = await store.ingest(f.samarkand);
      expect(again).toEqual({
        article: f.samarkand.article,
        duplicate: true,
        nodesAdded: 0,
        edgesAdded: 0,
        statementsAdded: 0,
      });
      expect(sortedDump(await store.dump())).toEqual(before);
    });

    it('merges a second article into known nodes and accumulates evidence on known edges', async () => {
      await store.ingest(f.samarkand);
      const result = await store.ingest(f.kremlin);
      expect(result).toMatchObject({ duplicate: false, nodesAdded: 2, edgesAdded: 4, statementsAdded: 1 });
      const [xi] = await store.getEntities([ids.xi]);
      expect(xi!.aliases).toEqual(['Mr Xi', 'Xi']);
      expect(xi!.count).toBe(4);
      expect(xi!.roles).toEqual(['President']);
      const [china] = await store.getEntities([ids.china]);
      expect(china!.aliases).toEqual(['Chinese', 'Beijing']);
      expect(china!.code).toBe('CHN');
      const [met] = await store.getRelations([ids.metWith]);
      expect(met!.evidence.map((e) => e.article)).toEqual([f.samarkand.article.id, f.kremlin.article.id]);
      expect(met!.confidence).toBe(0.94);
      expect(met).toMatchObject({
        source: ids.putin,
        target: ids.xi,
        undirected: true,
        date: '2022-09-15',
        place: ids.samarkand,
      });
    });

    it('keeps every piece of evidence when articles about the same people arrive at once', async () => {
      await store.ingest(f.kyiv);
      const results = await Promise.all([
        store.ingest(f.samarkand),
        store.ingest(f.kremlin),
        store.ingest(f.samarkand),
      ]);
      expect(results.filter((r) => r.duplicate)).toHaveLength(1);
      const [met] = await store.getRelations([ids.metWith]);
      expect(met!.evidence.map((e) => e.article).sort()).toEqual([f.samarkand.article.id, f.kremlin.article.id].sort());
      const [xi] = await store.getEntities([ids.xi]);
      expect(xi!.count).toBe(4);
      expect(await store.stats()).toMatchObject({ articles: 3, nodes: 12, edges: 15, statements: 3 });
    });

    it('refuses an edge to an unknown node and writes nothing of that article', async () => {
      const broken: ArticleGraph = {
        ...f.kyiv,
        relations: [
          ...f.kyiv.relations,
          { ...f.kyiv.relations[0]!, id: 'LEADER_OF:person:nobody->country:ukraine', source: 'person:nobody' },
        ],
      };
      await expect(store.ingest(broken)).rejects.toThrow(/unknown source person:nobody/);
      await expect(store.ingest(broken)).rejects.toBeInstanceOf(StoreQueryError);
      expect(await store.stats()).toMatchObject({ articles: 0, nodes: 0, edges: 0, statements: 0 });
      expect(await store.getArticles([f.kyiv.article.id])).toEqual([null]);
    });

    it('refuses a relation type or label outside the ontology, and self-loops', async () => {
      const evilType = { ...f.kyiv.relations[0]!, type: 'SAID]->() DETACH DELETE n //' as RelationType };
      await expect(store.ingest({ ...f.kyiv, relations: [evilType] })).rejects.toBeInstanceOf(StoreQueryError);
      const evilLabel = { ...f.kyiv.entities[0]!, label: 'Person:Admin' as 'Person' };
      await expect(store.ingest({ ...f.kyiv, entities: [evilLabel], relations: [] })).rejects.toThrow(
        /label "Person:Admin"/,
      );
      const loop = { ...f.kyiv.relations[0]!, target: f.kyiv.relations[0]!.source };
      await expect(store.ingest({ ...f.kyiv, relations: [loop] })).rejects.toThrow(/self-loops/);
      expect((await store.stats()).nodes).toBe(0);
    });

    it('refuses a relation whose ends carry labels its type does not allow, on ingest and on load', async () => {
      const leaderOf = f.kyiv.relations.find((r) => r.type === 'LEADER_OF')!;
      const metCountry = {
        ...leaderOf,
        id: `MET_WITH:${leaderOf.source}->${leaderOf.target}`,
        type: 'MET_WITH' as RelationType,
      };
      await expect(store.ingest({ ...f.kyiv, relations: [metCountry] })).rejects.toBeInstanceOf(StoreQueryError);
      await expect(store.ingest({ ...f.kyiv, relations: [metCountry] })).rejects.toThrow(
        /MET_WITH target must be a Person/,
      );
      expect((await store.stats()).nodes).toBe(0);
      const dump: GraphDump = { ...EMPTY, entities: f.kyiv.entities, relations: [metCountry] };
      await expect(store.load(dump)).rejects.toThrow(/MET_WITH target must be a Person/);
    });
  });

  describe('reads', () => {
    beforeEach(async () => {
      await ingestAll(store);
    });

    it('gets entities, relations, statements and articles by id, in order, null when missing', async () => {
      const entities = await store.getEntities([ids.putin, 'person:nobody', ids.putin]);
      expect(entities.map((e) => e?.name ?? null)).toEqual(['Vladimir Putin', null, 'Vladimir Putin']);
      expect(entities[0]!.mentions).toHaveLength(4);
      const relations = await store.getRelations([ids.said, 'SAID:nobody->nothing', 'no-type-prefix']);
      expect(relations[0]).toMatchObject({ type: 'SAID', source: ids.putin, target: ids.meeting, undirected: false });
      expect(relations[0]!.evidence[0]!.quote).toBe('We highly value the balanced position of our Chinese friends.');
      expect(relations.slice(1)).toEqual([null, null]);
      const statements = await store.getStatements([ids.peskovQuote, 'statement:none']);
      expect(statements[0]).toMatchObject({
        speaker: ids.peskov,
        quote: 'constructive and friendly',
        about: ids.meeting,
        kind: 'direct',
      });
      expect(statements[1]).toBeNull();
      const articles = await store.getArticles([f.kyiv.article.id, 'article:none']);
      expect(articles).toEqual([f.kyiv.article, null]);
    });

    it('lists every known entity with its names, roles, date and place', async () => {
      const known = sortById(await store.knownEntities());
      expect(known).toHaveLength(12);
      expect(known.find((e) => e.id === ids.xi)).toEqual({
        id: ids.xi,
        label: 'Person',
        name: 'Xi Jinping',
        aliases: ['Mr Xi', 'Xi'],
        roles: ['President'],
      });
      expect(known.find((e) => e.id === ids.meeting)).toMatchObject({ date: '2022-09-15', place: ids.samarkand });
    });

    it('searches names and aliases ignoring case and accents, best match first', async () => {
      const putin = await store.searchEntities({ search: 'PUTIN' });
      expect(putin.items.map((e) => e.id)).toEqual([ids.putin, ids.meeting]);
      const xi = await store.searchEntities({ search: 'xí' });
      expect(xi.items.map((e) => e.id)).toEqual([ids.xi, ids.meeting]);
      const part = await store.searchEntities({ search: 'elensk' });
      expect(part.items.map((e) => e.id)).toEqual([ids.zelenskyy]);
      const russian = await store.searchEntities({ search: 'russia' });
      expect(russian.items.map((e) => e.id)).toEqual([ids.russia, ids.invasion]);
      const twoWords = await store.searchEntities({ search: 'vladimir put' });
      expect(twoWords.items.map((e) => e.id)).toEqual([ids.putin]);
      const countries = await store.searchEntities({ search: 'u', label: 'Country' });
      expect(countries.items.map((e) => e.id)).toEqual([ids.russia, ids.ukraine, ids.us]);
      expect(countries.items.every((e) => e.label === 'Country')).toBe(true);
      expect((await store.searchEntities({ search: 'nobody at all' })).totalCount).toBe(0);
    });

    it('pages through entities with cursors', async () => {
      const all = await store.searchEntities({ first: 100 });
      expect(all.totalCount).toBe(12);
      expect(all.items[0]!.id).toBe(ids.russia);
      const first = await store.searchEntities({ first: 5 });
      expect(first).toMatchObject({ totalCount: 12, hasNextPage: true, hasPreviousPage: false });
      const second = await store.searchEntities({ first: 5, after: first.endCursor });
      const third = await store.searchEntities({ first: 5, after: second.endCursor });
      expect(third).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect([...first.items, ...second.items, ...third.items].map((e) => e.id)).toEqual(all.items.map((e) => e.id));
      expect((await store.searchEntities({ first: 0 })).items).toEqual([]);
      await expect(store.searchEntities({ after: 'not-a-cursor' })).rejects.toBeInstanceOf(StoreQueryError);
      await expect(store.searchEntities({ first: -1 })).rejects.toBeInstanceOf(StoreQueryError);
    });

    it('filters relations by type, ends, article, dates and confidence, plain facts only by default', async () => {
      const ids_ = async (query: Parameters<GraphStore['relations']>[0]) =>
        (await store.relations({ first: 100, ...query })).items.map((r) => r.id);
      expect(await ids_({ types: ['SANCTIONS'] })).toEqual([ids.usSanctions]);
      expect(await ids_({ types: ['SANCTIONS'], includeNegated: true })).toEqual([ids.chinaSanctions, ids.usSanctions]);
      expect(await ids_({ types: ['SUPPORTS'] })).toEqual([]);
      expect(await ids_({ types: ['SUPPORTS'], includeHedged: true })).toEqual([ids.supports]);
      expect(await ids_({ from: ids.xi, types: ['MET_WITH'] })).toEqual([ids.metWith]);
      expect(await ids_({ to: ids.xi, types: ['MET_WITH'] })).toEqual([ids.metWith]);
      expect(await ids_({ from: ids.xi, to: ids.putin })).toEqual([ids.metWith]);
      expect(await ids_({ from: ids.zelenskyy })).toEqual([
        ids.xiLeads.replace(/person:xi-jinping->country:china/, 'person:volodymyr-zelenskyy->country:ukraine'),
        ids.opposes,
      ]);
      expect(await ids_({ to: ids.meeting, types: ['SAID'] })).toEqual([
        ids.said,
        'SAID:person:dmitry-peskov->event:xi-putin-meeting-in-samarkand',
      ]);
      expect(await ids_({ involving: ids.russia })).toEqual([
        ids.putinLeads,
        ids.usSanctions,
        'PARTICIPATED_IN:country:russia->event:russian-invasion-of-ukraine',
      ]);
      expect(await ids_({ article: f.kyiv.article.id })).toHaveLength(3);
      expect(await ids_({ article: f.kremlin.article.id, types: ['MET_WITH'] })).toEqual([ids.metWith]);
      expect(await ids_({ since: '2022-09' })).toHaveLength(10);
      expect(await ids_({ until: '2022-03' })).toHaveLength(3);
      expect(await ids_({ since: '2022-09-16', until: '2022-09-16' })).toHaveLength(3);
      expect(await ids_({ minConfidence: 0.9 })).toEqual([
        ids.metWith,
        ids.putinLeads,
        'LEADER_OF:person:volodymyr-zelenskyy->country:ukraine',
        ids.xiLeads,
        ids.usSanctions,
      ]);
      expect(await ids_({ from: 'person:nobody' })).toEqual([]);
      const page = await store.relations({ first: 4 });
      expect(page).toMatchObject({ totalCount: 13, hasNextPage: true });
      const rest = await store.relations({ first: 100, after: page.endCursor });
      expect(rest.items).toHaveLength(9);
      const confidences = [...page.items, ...rest.items].map((r) => r.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    });

    it('gives the edges of many entities at once, by direction', async () => {
      const [out, none, into] = await store.relationsOf([ids.putin, 'person:nobody', ids.meeting], {
        direction: 'OUT',
      });
      expect(out!.map((r) => r.type)).toEqual(['MET_WITH', 'LEADER_OF', 'SAID', 'VISITED']);
      expect(none).toEqual([]);
      expect(into!.map((r) => r.type)).toEqual(['HELD_IN']);
      const [incoming] = await store.relationsOf([ids.putin], { direction: 'IN' });
      expect(incoming!.map((r) => r.id)).toEqual([ids.metWith]);
      const [withHedged] = await store.relationsOf([ids.putin], { direction: 'IN', includeHedged: true });
      expect(withHedged!.map((r) => r.id)).toEqual([ids.metWith, ids.supports]);
      const [both] = await store.relationsOf([ids.meeting], { direction: 'BOTH', types: ['SAID', 'HELD_IN'] });
      expect(both!.map((r) => r.type)).toEqual(['SAID', 'HELD_IN', 'SAID']);
    });

    it('finds statements by speaker, subject, article and words, and per entity', async () => {
      const about = await store.statements({ about: ids.meeting });
      expect(about.items.map((s) => s.id)).toEqual(
        [ids.putinQuote, ids.peskovQuote].sort((a, b) => {
          const article = (id: string) => (id === ids.putinQuote ? f.samarkand.article.id : f.kremlin.article.id);
          return article(a) < article(b) ? -1 : 1;
        }),
      );
      expect((await store.statements({ speaker: ids.zelenskyy })).items.map((s) => s.quote)).toEqual([
        'Ukraine will defend itself.',
      ]);
      expect((await store.statements({ search: 'BALANCED position' })).items.map((s) => s.id)).toEqual([
        ids.putinQuote,
      ]);
      expect((await store.statements({ search: 'spokesman' })).items.map((s) => s.id)).toEqual([ids.peskovQuote]);
      expect((await store.statements({ article: f.kyiv.article.id })).totalCount).toBe(1);
      expect((await store.statements({ first: 1 })).hasNextPage).toBe(true);
      const [bySpeaker, byNobody] = await store.statementsOf([ids.putin, 'person:nobody'], 'speaker');
      expect(bySpeaker!.map((s) => s.id)).toEqual([ids.putinQuote]);
      expect(byNobody).toEqual([]);
      const [aboutUkraine] = await store.statementsOf([ids.ukraine], 'about');
      expect(aboutUkraine!.map((s) => s.id)).toEqual([ids.zelenskyyQuote]);
    });

    it('lists articles newest first', async () => {
      const page = await store.articles({});
      expect(page.items.map((a) => a.id)).toEqual([f.kremlin.article.id, f.samarkand.article.id, f.kyiv.article.id]);
      expect((await store.articles({ first: 1, after: page.cursors[0] })).items[0]!.id).toBe(f.samarkand.article.id);
    });

    it('gives neighbourhoods within a number of hops and a node limit', async () => {
      const one = await store.neighborhood({ id: ids.xi, hops: 1, limit: 50 });
      expect(one.nodes.map((n) => n.id)).toEqual([ids.xi, ids.china, ids.meeting, ids.putin]);
      expect(one.edges.map((e) => e.id)).toEqual([
        ids.xiLeads,
        ids.metWith,
        'PARTICIPATED_IN:person:xi-jinping->event:xi-putin-meeting-in-samarkand',
        ids.said,
      ]);
      const hedged = await store.neighborhood({ id: ids.xi, hops: 1, limit: 50, includeHedged: true });
      expect(hedged.edges.map((e) => e.id)).toContain(ids.supports);
      const two = await store.neighborhood({ id: ids.xi, hops: 2, limit: 50 });
      expect(two.nodes.map((n) => n.id)).toEqual([
        ids.xi,
        ids.china,
        ids.meeting,
        ids.putin,
        ids.russia,
        ids.peskov,
        ids.samarkand,
      ]);
      const limited = await store.neighborhood({ id: ids.xi, hops: 2, limit: 5 });
      expect(limited.nodes.map((n) => n.id)).toEqual([ids.xi, ids.china, ids.meeting, ids.putin, ids.russia]);
      expect(
        limited.edges.every((e) => [e.source, e.target].every((end) => limited.nodes.some((n) => n.id === end))),
      ).toBe(true);
      const typed = await store.neighborhood({ id: ids.xi, hops: 3, limit: 50, types: ['MET_WITH', 'LEADER_OF'] });
      expect(typed.nodes.map((n) => n.id)).toEqual([ids.xi, ids.china, ids.putin, ids.russia]);
      expect(await store.neighborhood({ id: 'person:nobody', hops: 1, limit: 5 })).toEqual({ nodes: [], edges: [] });
      await expect(store.neighborhood({ id: ids.xi, hops: 0, limit: 5 })).rejects.toBeInstanceOf(StoreQueryError);
    });

    it('reads heads without provenance, and the provenance apart, alike', async () => {
      const lean: ReadOptions = { provenance: false };
      const noMentions = ({ mentions, ...head }: EntityHead): Omit<EntityHead, 'mentions'> => {
        const full = wholeEntities.get(head.id)!;
        // A store may hand out whole records; what it hands out must then be whole.
        if (mentions !== undefined) expect(mentions).toEqual(full.mentions);
        return head;
      };
      const noEvidence = ({ evidence, ...head }: RelationHead): Omit<RelationHead, 'evidence'> => {
        if (evidence !== undefined) expect(evidence).toEqual(wholeRelations.get(head.id)!.evidence);
        return head;
      };
      const strip = <T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> => {
        const { [key]: _dropped, ...rest } = record;
        return rest;
      };
      const entityIds = [ids.xi, ids.putin, ids.meeting, 'person:nobody'];
      const whole = await store.getEntities(entityIds);
      const wholeEntities = new Map(whole.flatMap((e) => (e ? [[e.id, e] as const] : [])));
      const heads = await store.getEntities(entityIds, lean);
      expect(heads.map((h) => (h ? noMentions(h) : null))).toEqual(whole.map((e) => (e ? strip(e, 'mentions') : null)));
      expect(await store.mentionsOf(entityIds)).toEqual(whole.map((e) => e?.mentions ?? []));

      const relationIds = [ids.metWith, ids.said, ids.xiLeads, 'MET_WITH:person:nobody->person:nobody'];
      const wholeEdges = await store.getRelations(relationIds);
      const wholeRelations = new Map(wholeEdges.flatMap((r) => (r ? [[r.id, r] as const] : [])));
      const edgeHeads = await store.getRelations(relationIds, lean);
      expect(edgeHeads.map((h) => (h ? noEvidence(h) : null))).toEqual(
        wholeEdges.map((r) => (r ? strip(r, 'evidence') : null)),
      );
      expect(await store.evidenceOf(relationIds)).toEqual(wholeEdges.map((r) => r?.evidence ?? []));

      const options = { direction: 'BOTH' as const, types: null, includeHedged: true };
      const ofXi = await store.relationsOf([ids.xi], options);
      for (const r of ofXi[0]!) wholeRelations.set(r.id, r);
      expect((await store.relationsOf([ids.xi], options, lean)).map((list) => list.map(noEvidence))).toEqual(
        ofXi.map((list) => list.map((r) => strip(r, 'evidence'))),
      );

      const search = await store.searchEntities({ search: 'putin' });
      for (const e of search.items) wholeEntities.set(e.id, e);
      const searchHeads = await store.searchEntities({ search: 'putin' }, lean);
      expect({ ...searchHeads, items: searchHeads.items.map(noMentions) }).toEqual({
        ...search,
        items: search.items.map((e) => strip(e, 'mentions')),
      });

      const query = { id: ids.xi, hops: 2, limit: 50 };
      const hood = await store.neighborhood(query);
      for (const e of hood.nodes) wholeEntities.set(e.id, e);
      for (const r of hood.edges) wholeRelations.set(r.id, r);
      const hoodHeads = await store.neighborhood(query, lean);
      expect({ nodes: hoodHeads.nodes.map(noMentions), edges: hoodHeads.edges.map(noEvidence) }).toEqual({
        nodes: hood.nodes.map((e) => strip(e, 'mentions')),
        edges: hood.edges.map((r) => strip(r, 'evidence')),
      });

      const path = (await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 6 }))!;
      for (const e of path.nodes) wholeEntities.set(e.id, e);
      for (const r of path.edges) wholeRelations.set(r.id, r);
      const pathHeads = (await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 6 }, lean))!;
      expect({ nodes: pathHeads.nodes.map(noMentions), edges: pathHeads.edges.map(noEvidence) }).toEqual({
        nodes: path.nodes.map((e) => strip(e, 'mentions')),
        edges: path.edges.map((r) => strip(r, 'evidence')),
      });
      expect(await store.path({ from: ids.xi, to: 'person:nobody', maxHops: 3 }, lean)).toBeNull();
    });

    it('finds the same shortest path, or none within the bound', async () => {
      const path = await store.path({ from: ids.xi, to: ids.samarkand, maxHops: 4 });
      expect(path!.nodes.map((n) => n.id)).toEqual([ids.xi, ids.putin, ids.samarkand]);
      expect(path!.edges.map((e) => e.type)).toEqual(['MET_WITH', 'VISITED']);
      const long = await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 6 });
      expect(long!.nodes.map((n) => n.id)).toEqual([ids.zelenskyy, ids.invasion, ids.russia, ids.putin, ids.xi]);
      expect(await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 3 })).toBeNull();
      expect(await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 1e21 })).toEqual(long);
      expect(
        (await store.neighborhood({ id: ids.zelenskyy, hops: Number.MAX_SAFE_INTEGER, limit: 100 })).nodes,
      ).toHaveLength(12);
      const typed = await store.path({
        from: ids.xi,
        to: ids.samarkand,
        maxHops: 4,
        types: ['PARTICIPATED_IN', 'HELD_IN'],
      });
      expect(typed!.nodes.map((n) => n.id)).toEqual([ids.xi, ids.meeting, ids.samarkand]);
      expect(await store.path({ from: ids.china, to: ids.russia, maxHops: 1 })).toBeNull();
      expect((await store.path({ from: ids.xi, to: ids.xi, maxHops: 1 }))!.nodes.map((n) => n.id)).toEqual([ids.xi]);
      expect(await store.path({ from: ids.xi, to: 'person:nobody', maxHops: 3 })).toBeNull();
      await expect(store.path({ from: ids.xi, to: ids.putin, maxHops: 0 })).rejects.toBeInstanceOf(StoreQueryError);
    });

    it('exports the graph in graphology format', async () => {
      const graph = await store.exportGraph();
      expect(graph.nodes).toHaveLength(12);
      expect(graph.edges).toHaveLength(15);
      const met = graph.edges.find((e) => e.key === ids.metWith)!;
      expect(met).toMatchObject({ source: ids.putin, target: ids.xi, undirected: true });
      expect(met.attributes!.evidence).toHaveLength(2);
      expect(graph.edges.find((e) => e.key === ids.said)!.undirected).toBeFalsy();
    });
  });

  describe('time', () => {
    const z = {
      participated: 'PARTICIPATED_IN:person:volodymyr-zelenskyy->event:russian-invasion-of-ukraine',
      said: 'SAID:person:volodymyr-zelenskyy->event:russian-invasion-of-ukraine',
      leads: 'LEADER_OF:person:volodymyr-zelenskyy->country:ukraine',
      party: 'AFFILIATED_WITH:person:volodymyr-zelenskyy->organization:servant-of-the-people',
    };

    beforeEach(async () => {
      await ingestAll(store, [f.samarkand, f.kremlin, f.kyiv, ...timeArticles()]);
    });

    /** A timeline page as [day, event, [date, fact id]…] rows. */
    const rowsOf = (page: Awaited<ReturnType<GraphStore['timeline']>>) =>
      page.items.map((g) => [g.date, g.event, g.facts.map((fact) => [fact.date, fact.relation.id])]);

    it("gives an entity's facts in date order, grouped by day and event, undated last", async () => {
      const timeline = await store.timeline({ entity: ids.zelenskyy });
      expect(rowsOf(timeline)).toEqual([
        ['2022-02', ids.invasion, [['2022-02', z.participated]]],
        ['2022-03-01', ids.invasion, [['2022-03-01', ids.opposes]]],
        ['2022-03-01', null, [['2022-03-01', z.leads]]],
        ['2023-02-24', ids.invasion, [['2023-02-24', z.said]]],
        [null, null, [[null, z.party]]],
      ]);
      expect(timeline).toMatchObject({ totalCount: 5, factCount: 5, hasNextPage: false });
      const said = timeline.items[3]!.facts[0]!.relation;
      expect(said.evidence.map((e) => e.quote)).toEqual(['We held.']);
    });

    it('dates facts by their own date, their event, else their first evidence', async () => {
      const putin = await store.timeline({ entity: ids.putin, first: 100 });
      expect(rowsOf(putin)).toEqual([
        [
          '2022-09-15',
          ids.meeting,
          [
            ['2022-09-15', ids.metWith],
            ['2022-09-15', ids.said],
          ],
        ],
        [
          '2022-09-15',
          null,
          [
            ['2022-09-15', ids.putinLeads],
            ['2022-09-15', 'VISITED:person:vladimir-putin->place:samarkand'],
          ],
        ],
      ]);
      const russia = await store.timeline({ entity: ids.russia, includeNegated: true });
      expect(rowsOf(russia)).toEqual([
        ['2022-02', ids.invasion, [['2022-02', 'PARTICIPATED_IN:country:russia->event:russian-invasion-of-ukraine']]],
        [
          '2022-09-15',
          null,
          [
            ['2022-09-15', ids.putinLeads],
            ['2022-09-15', ids.usSanctions],
          ],
        ],
        ['2022-09-16', null, [['2022-09-16', ids.chinaSanctions]]],
      ]);
      const meeting = await store.timeline({ entity: ids.meeting, types: ['SAID', 'HELD_IN'] });
      expect(rowsOf(meeting)).toEqual([
        [
          '2022-09-15',
          ids.meeting,
          [
            ['2022-09-15', 'HELD_IN:event:xi-putin-meeting-in-samarkand->place:samarkand'],
            ['2022-09-15', ids.said],
          ],
        ],
        ['2022-09-16', ids.meeting, [['2022-09-16', 'SAID:person:dmitry-peskov->event:xi-putin-meeting-in-samarkand']]],
      ]);
    });

    it('pages through the groups and filters by dates and types', async () => {
      const first = await store.timeline({ entity: ids.zelenskyy, first: 2 });
      expect(first).toMatchObject({ totalCount: 5, factCount: 5, hasNextPage: true, hasPreviousPage: false });
      const rest = await store.timeline({ entity: ids.zelenskyy, first: 10, after: first.endCursor });
      expect(rest).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect([...rowsOf(first), ...rowsOf(rest)]).toEqual(rowsOf(await store.timeline({ entity: ids.zelenskyy })));
      const window = await store.timeline({ entity: ids.zelenskyy, since: '2022-03', until: '2023' });
      expect(window.items.flatMap((g) => g.facts.map((fact) => fact.relation.id))).toEqual([
        ids.opposes,
        z.leads,
        z.said,
      ]);
      expect(window.factCount).toBe(3);
      const typed = await store.timeline({ entity: ids.zelenskyy, types: ['SAID', 'AFFILIATED_WITH'] });
      expect(rowsOf(typed).map((g) => g[0])).toEqual(['2023-02-24', null]);
      expect(await store.timeline({ entity: 'person:nobody' })).toMatchObject({
        items: [],
        totalCount: 0,
        factCount: 0,
      });
      await expect(store.timeline({ entity: ids.xi, since: '2022-13' })).rejects.toThrow(
        /"since" must be an ISO date such as 2022, 2022-09 or 2022-09-15, got "2022-13"/,
      );
      await expect(store.timeline({ entity: ids.xi, until: '2022-02-30' })).rejects.toBeInstanceOf(StoreQueryError);
      await expect(store.timeline({ entity: ids.xi, after: 'nope' })).rejects.toBeInstanceOf(StoreQueryError);
    });

    it('gives every fact between two entities, either way round, in date order', async () => {
      const between = async (query: Parameters<GraphStore['between']>[0]) =>
        (await store.between(query)).items.map((fact) => [fact.date, fact.relation.id]);
      const facts = [
        ['2022-02', z.participated],
        ['2022-03-01', ids.opposes],
        ['2023-02-24', z.said],
      ];
      expect(await between({ a: ids.zelenskyy, b: ids.invasion })).toEqual(facts);
      expect(await between({ a: ids.invasion, b: ids.zelenskyy })).toEqual(facts);
      expect(await between({ a: ids.xi, b: ids.putin })).toEqual([['2022-09-15', ids.metWith]]);
      expect(await between({ a: ids.putin, b: ids.xi, includeHedged: true })).toEqual([
        ['2022-09-15', ids.metWith],
        ['2022-09-16', ids.supports],
      ]);
      expect(await between({ a: ids.zelenskyy, b: ids.invasion, types: ['SAID'] })).toEqual([['2023-02-24', z.said]]);
      const page = await store.between({ a: ids.zelenskyy, b: ids.invasion, first: 2 });
      expect(page).toMatchObject({ totalCount: 3, hasNextPage: true });
      expect(page.items[0]!.relation.evidence).toHaveLength(1);
      const next = await store.between({ a: ids.zelenskyy, b: ids.invasion, after: page.endCursor });
      expect(next.items.map((fact) => fact.relation.id)).toEqual([z.said]);
      expect((await store.between({ a: ids.china, b: ids.russia })).items).toEqual([]);
      expect((await store.between({ a: ids.china, b: ids.russia, includeNegated: true })).totalCount).toBe(1);
      expect((await store.between({ a: ids.xi, b: 'person:nobody' })).totalCount).toBe(0);
      expect((await store.between({ a: ids.xi, b: ids.xi })).totalCount).toBe(0);
    });

    it('gives the neighbourhood as of a date: facts dated on or before it only', async () => {
      const around = async (asOf: string | null, hops = 1) => {
        const sub = await store.neighborhood({ id: ids.zelenskyy, hops, limit: 50, asOf });
        return [sub.nodes.map((n) => n.id), sub.edges.map((e) => e.id)];
      };
      expect(await around('2022-01')).toEqual([[ids.zelenskyy], []]);
      expect(await around('2022-02')).toEqual([[ids.zelenskyy, ids.invasion], [z.participated]]);
      expect(await around('2022-02-24')).toEqual(await around('2022-02'));
      expect(await around('2022-03', 2)).toEqual([
        [ids.zelenskyy, ids.ukraine, ids.invasion, ids.russia],
        [z.leads, ids.opposes, 'PARTICIPATED_IN:country:russia->event:russian-invasion-of-ukraine', z.participated],
      ]);
      // Undated facts are part of the graph as it is, not of the graph as of any date.
      expect((await around(null))[0]).toContain('organization:servant-of-the-people');
      expect((await around('2030'))[0]).not.toContain('organization:servant-of-the-people');
      expect((await around('2030'))[1]).toContain(z.said);
      const xi = async (asOf: string) =>
        (await store.neighborhood({ id: ids.xi, hops: 2, limit: 50, asOf })).nodes.map((n) => n.id);
      expect(await xi('2022-09-15')).not.toContain(ids.peskov);
      expect(await xi('2022-09-16')).toContain(ids.peskov);
      await expect(store.neighborhood({ id: ids.xi, hops: 1, limit: 5, asOf: 'yesterday' })).rejects.toThrow(
        /"asOf" must be an ISO date/,
      );
    });

    it('gives the earliest and latest fact dates', async () => {
      expect(await store.dateRange()).toEqual({ earliest: '2022-02', latest: '2023-02-24' });
      await store.load(EMPTY);
      expect(await store.dateRange()).toBeNull();
      await store.ingest(timeArticles()[1]);
      expect(await store.dateRange()).toBeNull();
    });

    it('finds a shortest path as of a date', async () => {
      const path = async (asOf: string) =>
        (await store.path({ from: ids.zelenskyy, to: ids.xi, maxHops: 6, asOf }))?.nodes.map((n) => n.id) ?? null;
      expect(await path('2022-09-15')).toEqual([ids.zelenskyy, ids.invasion, ids.russia, ids.putin, ids.xi]);
      expect(await path('2022-09-14')).toBeNull();
      expect(await path('2022')).toEqual(await path('2022-09-15'));
      const met = await store.path({ from: ids.xi, to: ids.putin, maxHops: 3, asOf: '2022-09-15' });
      expect(met!.edges.map((e) => e.id)).toEqual([ids.metWith]);
      expect(await store.path({ from: ids.xi, to: ids.putin, maxHops: 3, asOf: '2022-09-14' })).toBeNull();
      await expect(store.path({ from: ids.xi, to: ids.putin, maxHops: 3, asOf: '15/09/2022' })).rejects.toBeInstanceOf(
        StoreQueryError,
      );
    });
  });

  describe('delete', () => {
    it('removes an article, its evidence, and what is left without evidence', async () => {
      await ingestAll(store);
      const result = await store.deleteArticle(f.kremlin.article.id);
      expect(result).toEqual({
        article: f.kremlin.article.id,
        found: true,
        nodesRemoved: 2,
        edgesRemoved: 4,
        statementsRemoved: 1,
      });
      const [met] = await store.getRelations([ids.metWith]);
      expect(met!.evidence.map((e) => e.article)).toEqual([f.samarkand.article.id]);
      expect(met!.confidence).toBe(0.8);
      const [xi, peskov] = await store.getEntities([ids.xi, ids.peskov]);
      expect(xi!.count).toBe(1);
      expect(peskov).toBeNull();
      expect(await store.stats()).toMatchObject({ articles: 2, nodes: 10, edges: 11, statements: 2 });
      expect(await store.deleteArticle(f.kremlin.article.id)).toMatchObject({ found: false, nodesRemoved: 0 });
    });

    it('keeps a node that other articles still link to, without the deleted mentions', async () => {
      await store.ingest(f.samarkand);
      const follow = {
        ...f.kyiv,
        relations: [
          ...f.kyiv.relations,
          {
            ...f.samarkand.relations.find((r) => r.id === ids.usSanctions)!,
            id: 'SANCTIONS:country:united-states->country:ukraine',
            target: ids.ukraine,
            evidence: [{ ...f.kyiv.relations[0]!.evidence[0]!, confidence: 0.3 }],
            confidence: 0.3,
          },
        ],
      };
      await store.ingest(follow);
      await store.deleteArticle(f.samarkand.article.id);
      const [us, putin] = await store.getEntities([ids.us, ids.putin]);
      expect(us).toMatchObject({ mentions: [], count: 0 });
      expect(putin).toBeNull();
      expect(await store.stats()).toMatchObject({ articles: 1, nodes: 5, edges: 4 });
    });
    it('takes back the aliases only the deleted article gave, keeping the name, shared forms and forms from elsewhere', async () => {
      const [first, second] = aliasArticles();
      await store.ingest(first);
      await store.ingest(second);
      const [both] = await store.getEntities(['person:ana-souza']);
      expect([...both!.aliases].sort()).toEqual(['Foreign Minister Souza', 'Ms Souza']);
      await store.deleteArticle(second.article.id);
      const [souza, sco] = await store.getEntities([
        'person:ana-souza',
        'organization:shanghai-cooperation-organisation',
      ]);
      expect(souza).toMatchObject({ name: 'Ana Souza', aliases: ['Foreign Minister Souza'], count: 2 });
      expect(sco).toMatchObject({ name: 'Shanghai Cooperation Organisation', aliases: ['SCO'], count: 1 });
      expect((await store.searchEntities({ search: 'ms souza' })).totalCount).toBe(0);
      expect((await store.searchEntities({ search: 'shanghai bloc' })).totalCount).toBe(0);
      expect((await store.searchEntities({ search: 'sco' })).items.map((e) => e.id)).toEqual([sco!.id]);
    });
    it("keeps a titled mention's surface, and deleting the article takes back the titled alias it gave", async () => {
      const [first, second] = titledArticles();
      await store.ingest(first);
      await store.ingest(second);
      const [both, geneva] = await store.getEntities(['person:ana-souza', 'place:geneva']);
      expect(both!.mentions).toEqual([...first.entities[0]!.mentions, ...second.entities[0]!.mentions]);
      expect(both!.mentions.filter((m) => 'surface' in m)).toHaveLength(3);
      expect(geneva!.mentions.some((m) => 'surface' in m)).toBe(false);
      expect([...both!.aliases].sort()).toEqual(['Ambassador Ana Souza', 'Foreign Minister Ana Souza']);
      await store.deleteArticle(second.article.id);
      const [souza] = await store.getEntities(['person:ana-souza']);
      expect(souza).toEqual({ ...first.entities[0]!, aliases: ['Foreign Minister Ana Souza'] });
      expect((await store.searchEntities({ search: 'ambassador' })).totalCount).toBe(0);
      await store.deleteArticle(first.article.id);
      expect(await store.getEntities(['person:ana-souza'])).toEqual([null]);
    });
  });

  describe('dump and load', () => {
    it('round-trips every record', async () => {
      await ingestAll(store);
      const dump = await store.dump();
      expect(dump.entities).toHaveLength(12);
      await store.load(EMPTY);
      expect((await store.stats()).nodes).toBe(0);
      await store.load(dump);
      expect(sortedDump(await store.dump())).toEqual(sortedDump(dump));
      expect(await store.ingest(f.kyiv)).toMatchObject({ duplicate: true });
      expect(await store.deleteArticle(f.kyiv.article.id)).toMatchObject({
        found: true,
        nodesRemoved: 3,
        edgesRemoved: 3,
        statementsRemoved: 1,
      });
    });

    it("round-trips titled mentions' surfaces", async () => {
      await ingestAll(store, titledArticles());
      const dump = await store.dump();
      expect(dump.entities.flatMap((e) => e.mentions).filter((m) => m.surface !== undefined)).toHaveLength(3);
      await store.load(EMPTY);
      await store.load(dump);
      expect(sortedDump(await store.dump())).toEqual(sortedDump(dump));
    });

    it('refuses a dump with an edge to a missing node and keeps its content', async () => {
      await store.ingest(f.kyiv);
      const bad: GraphDump = { ...EMPTY, relations: [f.kyiv.relations[0]!] };
      await expect(store.load(bad)).rejects.toThrow(/does not hold/);
      expect((await store.stats()).articles).toBe(1);
    });
  });

  describe('injection attempts', () => {
    it('treats search strings, ids and filters as data', async () => {
      await ingestAll(store);
      const before = await store.stats();
      for (const text of INJECTIONS) {
        const found = await store.searchEntities({ search: text, first: 100 });
        expect(found.items.every((e) => e.aliases.concat(e.name).join(' ').length > 0)).toBe(true);
        expect(await store.getEntities([text])).toEqual([null]);
        expect(await store.getRelations([text])).toEqual([null]);
        expect((await store.relations({ from: text })).totalCount).toBe(0);
        expect((await store.relations({ types: [text as RelationType] })).totalCount).toBe(0);
        expect((await store.statements({ speaker: text })).totalCount).toBe(0);
        await store.statements({ search: text });
        expect(await store.neighborhood({ id: text, hops: 2, limit: 10 })).toEqual({ nodes: [], edges: [] });
        expect(await store.path({ from: ids.xi, to: text, maxHops: 2 })).toBeNull();
        expect(await store.deleteArticle(text)).toMatchObject({ found: false });
      }
      expect((await store.searchEntities({ search: '*' })).totalCount).toBe(before.nodes);
      expect((await store.searchEntities({ search: 'xi AND NOT putin' })).totalCount).toBe(0);
      expect(await store.stats()).toEqual(before);
    });

    it('stores hostile text in names and quotes as it is', async () => {
      const hostile = "Robert'); MATCH (n) DETACH DELETE n; //";
      const graph: ArticleGraph = {
        ...f.kyiv,
        entities: f.kyiv.entities.map((e) => (e.id === ids.zelenskyy ? { ...e, aliases: [...e.aliases, hostile] } : e)),
      };
      await store.ingest(graph);
      const [z] = await store.getEntities([ids.zelenskyy]);
      expect(z!.aliases).toContain(hostile);
      expect((await store.searchEntities({ search: 'detach delete' })).items.map((e) => e.id)).toEqual([ids.zelenskyy]);
      expect((await store.stats()).nodes).toBe(4);
    });
  });
});

describe('embedded and Neo4j stores answer alike', () => {
  let embedded: GraphStore;
  let neo4j: GraphStore;

  beforeAll(async () => {
    embedded = await EmbeddedStore.open();
    neo4j = await openEmptyNeo4jStore();
    await ingestAll(embedded);
    await ingestAll(neo4j);
  });

  afterAll(async () => {
    await neo4j.load(EMPTY);
    await Promise.all([embedded.close(), neo4j.close()]);
  });

  const same = async <T>(query: (store: GraphStore) => Promise<T>) => {
    expect(await query(neo4j)).toEqual(await query(embedded));
  };

  it('gives the same pages, lists and subgraphs', async () => {
    await same((s) => s.stats());
    await same((s) => s.searchEntities({ first: 100 }));
    for (const search of ['xi', 'putin', 'u', 'samarkand meeting', 'in', 'é'])
      await same((s) => s.searchEntities({ search, first: 100 }));
    await same((s) => s.relations({ first: 100, includeHedged: true, includeNegated: true }));
    await same((s) => s.relations({ first: 3, after: 'b2Zmc2V0OjI' }));
    for (const id of [ids.xi, ids.putin, ids.meeting, ids.russia]) {
      await same((s) => s.relations({ involving: id, first: 100 }));
      for (const direction of ['OUT', 'IN', 'BOTH'] as const)
        await same((s) => s.relationsOf([id], { direction, includeHedged: true }));
      await same((s) => s.statementsOf([id], 'speaker'));
      await same((s) => s.statementsOf([id], 'about'));
      for (const hops of [1, 2, 3]) await same((s) => s.neighborhood({ id, hops, limit: 6 }));
      for (const to of [ids.samarkand, ids.zelenskyy, ids.us, ids.kremlin])
        await same((s) => s.path({ from: id, to, maxHops: 5 }));
    }
    await same((s) => s.statements({ first: 100 }));
    await same((s) => s.articles({ first: 100 }));
    for (const id of [ids.xi, ids.putin, ids.meeting, ids.russia, ids.samarkand, ids.zelenskyy]) {
      await same((s) => s.timeline({ entity: id, first: 100, includeHedged: true, includeNegated: true }));
      await same((s) => s.timeline({ entity: id, first: 1, after: 'b2Zmc2V0OjA', since: '2022-09' }));
      for (const other of [ids.xi, ids.putin, ids.meeting, ids.russia])
        await same((s) => s.between({ a: id, b: other, includeHedged: true, includeNegated: true }));
      for (const asOf of ['2022-02', '2022-03-01', '2022-09-15', '2022-09-16'])
        await same((s) => s.neighborhood({ id, hops: 3, limit: 20, asOf, includeHedged: true }));
      for (const asOf of ['2022-09-15', '2022-09-16'])
        await same((s) => s.path({ from: id, to: ids.peskov, maxHops: 5, asOf }));
    }
    await same((s) => s.dateRange());
    await same(async (s) => sortedDump(await s.dump()));
  });

  it('copies with `kg copy` from an embedded store file into Neo4j and back, replacing only with --force', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsgraph-copy-'));
    const saved = { ...process.env };
    try {
      const source = await EmbeddedStore.open({ path: join(folder, 'graph.json') });
      await ingestAll(source, [f.samarkand, f.kyiv]);
      // The corrections log goes along (a confirmation of a fact no store holds: it changes no record).
      const correction: Correction = {
        id: 'correction:copied',
        kind: 'confirmRelation',
        relation: { type: 'SAID', source: 'person:nobody', target: 'person:no-one' },
        who: 'alice',
        at: '2026-01-01T00:00:00.000Z',
      };
      await source.putCorrection(correction);
      await source.close();
      const { uri, user, password } = neo4jTestSettings();
      Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
      const kg = (...args: string[]) => main(['node', 'kg', 'copy', ...args]);
      await expect(kg('--from', 'embedded', '--to', 'neo4j', '--data', join(folder, 'graph.json'))).rejects.toThrow(
        /already holds 3 article\(s\).*--force/,
      );
      expect(await kg('--from', 'embedded', '--to', 'neo4j', '--data', join(folder, 'graph.json'), '--force')).toBe(0);
      expect(await neo4j.stats()).toMatchObject({ articles: 2, nodes: 10, edges: 11, statements: 2 });
      expect(await kg('--from', 'neo4j', '--to', 'embedded', '--data', join(folder, 'back.json'))).toBe(0);
      const back = await EmbeddedStore.open({ path: join(folder, 'back.json') });
      expect(sortedDump(await back.dump())).toEqual(sortedDump(await neo4j.dump()));
      expect(await neo4j.corrections()).toEqual([correction]);
      expect(await back.corrections()).toEqual([correction]);
      await expect(kg('--from', 'neo4j', '--to', 'neo4j')).rejects.toThrow(/both neo4j/);
    } finally {
      for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
      await rm(folder, { recursive: true, force: true });
      await neo4j.load(await embedded.dump());
    }
  });

  it('copies a graph from the embedded store into Neo4j and back', async () => {
    const copy = await EmbeddedStore.open();
    await neo4j.load(await embedded.dump());
    await copy.load(await neo4j.dump());
    expect(sortedDump(await copy.dump())).toEqual(sortedDump(await embedded.dump()));
    const relations: RelationRecord[] = (await neo4j.relations({ first: 100 })).items;
    expect(relations).toEqual((await embedded.relations({ first: 100 })).items);
  });
});
