/**
 * Subscriptions end to end, on both stores: the app listens on a loopback port, clients subscribe over
 * server-sent events with fetch (as a dashboard would), and the ingestArticle mutation announces each
 * stored article and its facts; the filters keep what they should; a duplicate or a failed ingest
 * announces nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArticleInput } from '../../src/extract/types.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { DEFAULT_API_LIMITS } from '../../src/config.js';
import { createApi } from '../../src/graphql/yoga.js';
import { claimNeo4jServer, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { buildArticle } from './fixtures.js';

claimNeo4jServer();

const TOKEN = 'subscription-test-token';
const EMPTY = { articles: [], entities: [], relations: [], statements: [] };

const MEETING = 'Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana on Wednesday.';
const SANCTIONS = 'The United States imposed sanctions on Russia.';
const SUMMIT = 'Xi Jinping met Vladimir Putin in Samarkand.';
const LATER = 'Vladimir Putin met Xi Jinping again.';
const BROKEN = 'This article breaks the extractor.';

/** Hand-built graphs for the texts above: the same on both stores, whatever the extractor would find. */
const GRAPHS: Record<string, ArticleGraph> = {
  [MEETING]: buildArticle({
    text: MEETING,
    title: 'Tokayev meets Xi',
    source: 'Example Wire',
    publishedAt: '2022-09-14',
    entities: [
      { label: 'Person', name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'] },
      { label: 'Person', name: 'Xi Jinping', aliases: ['Xi'] },
    ],
    relations: [{ type: 'MET_WITH', source: 'Kassym-Jomart Tokayev', target: 'Xi Jinping', sentence: MEETING }],
    statements: [],
  }),
  [SANCTIONS]: buildArticle({
    text: SANCTIONS,
    title: 'New sanctions',
    source: 'Example Wire',
    publishedAt: '2022-09-15',
    entities: [
      { label: 'Country', name: 'United States' },
      { label: 'Country', name: 'Russia', aliases: ['Moscow'] },
    ],
    relations: [{ type: 'SANCTIONS', source: 'United States', target: 'Russia', sentence: SANCTIONS }],
    statements: [],
  }),
  [SUMMIT]: buildArticle({
    text: SUMMIT,
    title: 'Xi and Putin meet',
    source: 'Example Wire',
    publishedAt: '2022-09-16',
    entities: [
      { label: 'Person', name: 'Xi Jinping', aliases: ['Xi'] },
      { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
    ],
    relations: [{ type: 'MET_WITH', source: 'Xi Jinping', target: 'Vladimir Putin', sentence: SUMMIT }],
    statements: [],
  }),
  [LATER]: buildArticle({
    text: LATER,
    title: 'Putin meets Xi again',
    source: 'Example Wire',
    publishedAt: '2022-09-17',
    entities: [
      { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
      { label: 'Person', name: 'Xi Jinping', aliases: ['Xi'] },
    ],
    relations: [{ type: 'MET_WITH', source: 'Vladimir Putin', target: 'Xi Jinping', sentence: LATER }],
    statements: [],
  }),
};

const DASHBOARD = 'https://dashboard.example';

function extract(input: ArticleInput): ArticleGraph {
  const graph = GRAPHS[input.text];
  if (!graph) throw new Error('the extractor failed');
  return graph;
}

const idOf = (text: string, type: string): string => GRAPHS[text]!.relations.find((r) => r.type === type)!.id;

interface Stream {
  /** The payloads (`data`) of the `next` events received so far. */
  events: { data?: Record<string, unknown>; errors?: unknown[] }[];
  /** Resolves once `count` events have arrived. */
  until(count: number): Promise<void>;
  close(): void;
}

/** Opens a subscription over server-sent events with fetch, as a browser dashboard would, and reads it. */
async function subscribe(url: string, query: string, how: { get?: boolean; origin?: string } = {}): Promise<Stream> {
  const controller = new AbortController();
  const headers: Record<string, string> = {
    accept: 'text/event-stream',
    ...(how.origin ? { origin: how.origin } : {}),
  };
  const response = how.get
    ? // As EventSource sends it.
      await fetch(`${url}?query=${encodeURIComponent(query)}`, { headers, signal: controller.signal })
    : await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: controller.signal,
      });
  expect(response.status).toBe(200);
  if (how.origin) expect(response.headers.get('access-control-allow-origin')).toBe(how.origin);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: Stream['events'] = [];
  const waiters: (() => void)[] = [];
  let pings = 0;
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          if (block[0] === ':') pings += 1;
          const event = block
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim();
          const data = block
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          if (event === 'next') events.push(JSON.parse(data) as Stream['events'][number]);
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // Closed by the test.
    }
  })();
  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  // The server reads the subscription once the stream's first ping is out; two pings later it listens.
  await until(() => pings >= 2, 'the first pings');
  return {
    events,
    until: (count) => until(() => events.length >= count, `${count} events`),
    close: () => controller.abort(),
  };
}

async function openEmbedded(): Promise<GraphStore> {
  return EmbeddedStore.open();
}

// Both stores, each opened here rather than through stores.ts: these tests listen on a port and read
// server-sent events, not yoga.fetch answers that stores.ts could compare.
const STORES: [string, () => Promise<GraphStore>, (store: GraphStore) => Promise<void>][] = [
  ['embedded', openEmbedded, (store) => store.close()],
  [
    'neo4j',
    openEmptyNeo4jStore,
    async (store) => {
      await store.load(EMPTY);
      await store.close();
    },
  ],
];

const ARTICLE_EVENTS = `subscription {
  articleIngested { article { id title heading publishedAt } nodesAdded edgesAdded statementsAdded }
}`;
const FACT_FIELDS = 'id type sourceId targetId source { name } target { name } evidence { totalCount }';

describe.each(STORES)('subscriptions over server-sent events: %s store', (_name, open, close) => {
  let store: GraphStore;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    store = await open();
    const api = createApi(store, {
      logger: false,
      apiToken: TOKEN,
      extract,
      limits: { ...DEFAULT_API_LIMITS, corsOrigins: [DASHBOARD] },
    });
    server = createServer(api);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (store) await close(store);
  });

  async function ingest(text: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($text: String!) { ingestArticle(input: { text: $text }) { duplicate article { id } } }',
        variables: { text },
      }),
    });
    return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  }

  test('articles and facts arrive as they are stored, filtered; duplicates and failures announce nothing', async () => {
    const articles = await subscribe(url, ARTICLE_EVENTS);
    const facts = await subscribe(url, `subscription { factAdded { ${FACT_FIELDS} } }`);
    const sanctions = await subscribe(url, 'subscription { factAdded(types: [SANCTIONS]) { id type } }');
    const xi = await subscribe(url, 'subscription { factAdded(involving: ["xi jinping"]) { id } }');
    const putin = await subscribe(url, 'subscription { factAdded(involving: ["person:vladimir-putin"]) { id } }');
    const moscowMeetings = await subscribe(
      url,
      'subscription { factAdded(types: [MET_WITH], involving: ["Moscow"]) { id } }',
    );
    const streams = [articles, facts, sanctions, xi, putin, moscowMeetings];
    try {
      expect((await ingest(MEETING)).errors).toBeUndefined();
      expect((await ingest(SANCTIONS)).errors).toBeUndefined();
      // Nothing new: no event.
      expect(await ingest(MEETING)).toMatchObject({ data: { ingestArticle: { duplicate: true } } });
      // The extractor fails: nothing stored, no event.
      expect((await ingest(BROKEN)).errors).toHaveLength(1);
      expect((await ingest(SUMMIT)).errors).toBeUndefined();

      await Promise.all([articles.until(3), facts.until(3), sanctions.until(1), xi.until(2), putin.until(1)]);
      // Anything else would have arrived by now, and on one stream events keep their order.
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(articles.events.map((event) => event.errors)).toEqual([undefined, undefined, undefined]);
      expect(articles.events.map((event) => event.data?.articleIngested)).toEqual(
        [MEETING, SANCTIONS, SUMMIT].map((text) => {
          const { article } = GRAPHS[text]!;
          return {
            article: { id: article.id, title: article.title, heading: article.title, publishedAt: article.publishedAt },
            nodesAdded: text === SUMMIT ? 1 : 2,
            edgesAdded: 1,
            statementsAdded: 0,
          };
        }),
      );
      expect(facts.events.map((event) => event.data?.factAdded)).toEqual([
        {
          id: idOf(MEETING, 'MET_WITH'),
          type: 'MET_WITH',
          sourceId: GRAPHS[MEETING]!.relations[0]!.source,
          targetId: GRAPHS[MEETING]!.relations[0]!.target,
          source: { name: expect.any(String) as string },
          target: { name: expect.any(String) as string },
          evidence: { totalCount: 1 },
        },
        {
          id: idOf(SANCTIONS, 'SANCTIONS'),
          type: 'SANCTIONS',
          sourceId: 'country:united-states',
          targetId: 'country:russia',
          source: { name: 'United States' },
          target: { name: 'Russia' },
          evidence: { totalCount: 1 },
        },
        expect.objectContaining({ id: idOf(SUMMIT, 'MET_WITH'), type: 'MET_WITH' }),
      ]);
      const names = facts.events[0]!.data!.factAdded as { source: { name: string }; target: { name: string } };
      expect([names.source.name, names.target.name].sort()).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
      expect(sanctions.events.map((event) => event.data?.factAdded)).toEqual([
        { id: idOf(SANCTIONS, 'SANCTIONS'), type: 'SANCTIONS' },
      ]);
      expect(xi.events.map((event) => event.data?.factAdded)).toEqual([
        { id: idOf(MEETING, 'MET_WITH') },
        { id: idOf(SUMMIT, 'MET_WITH') },
      ]);
      expect(putin.events.map((event) => event.data?.factAdded)).toEqual([{ id: idOf(SUMMIT, 'MET_WITH') }]);
      // Moscow (an alias of Russia) is in a SANCTIONS fact only.
      expect(moscowMeetings.events).toEqual([]);
    } finally {
      streams.forEach((stream) => stream.close());
    }
  }, 120_000);

  test('a browser subscribes by GET, as EventSource does, from an allowed origin', async () => {
    const stream = await subscribe(url, 'subscription { factAdded { id evidence { totalCount } } }', {
      get: true,
      origin: DASHBOARD,
    });
    try {
      expect((await ingest(LATER)).errors).toBeUndefined();
      await stream.until(1);
      // The Xi–Putin meeting again: the known fact, with its new evidence.
      expect(stream.events).toEqual([
        { data: { factAdded: { id: idOf(SUMMIT, 'MET_WITH'), evidence: { totalCount: 2 } } } },
      ]);
    } finally {
      stream.close();
    }
  }, 60_000);

  test('a subscription needs no token, and the query limits apply to it', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: `subscription { factAdded { source { ${'... on Person { relations { nodes { '.repeat(6)}id${' } } }'.repeat(6)} } } }`,
      }),
    });
    const text = await response.text();
    expect(text).toMatch(/event: next\ndata: .*"code":"QUERY_LIMIT_EXCEEDED"/);
    expect(text).toMatch(/event: complete/);
  }, 60_000);
});
