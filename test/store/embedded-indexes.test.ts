import { entityId, relationId } from '../../src/graph/ids.js';
import type {
  ArticleGraph,
  EntityRecord,
  EvidenceRecord,
  RelationRecord,
  RelationType,
} from '../../src/graph/model.js';
import { UNDIRECTED_RELATION_TYPES, allowsEnds } from '../../src/graph/model.js';
import { seededRandom } from '../../src/graph/random.js';
import type { KnowledgeGraph } from '../../src/graph/serialize.js';
import { foldText } from '../../src/graph/text.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { NeighborhoodQuery, PathQuery } from '../../src/store/port.js';
import { fixtureArticles } from './fixtures.js';

const FIRST = ['Ana', 'Kofi', 'Mei', 'Omar', 'Lena', 'Ravi', 'Sofía', 'Yusuf'];
const LAST = ['Souza', 'Diallo', 'Chen', 'Haddad', 'Novak', 'Iyer', 'Müller', 'Okafor'];
const COUNTRIES = ['Brazil', 'Kenya', 'Japan'];
const TYPES: readonly RelationType[] = ['MET_WITH', 'SAID', 'SUPPORTS', 'SANCTIONS', 'OPPOSES', 'VISITED'];

interface Cast {
  people: { id: string; name: string }[];
  countries: { id: string; name: string }[];
}

function castOf(size: number): Cast {
  const people = Array.from({ length: size }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return { id: entityId('Person', name), name };
  });
  return { people, countries: COUNTRIES.map((name) => ({ id: entityId('Country', name), name })) };
}

/**
 * Random articles over a small cast: a few countries every article names (hubs), people met,
 * supported or sanctioned, with parallel edges of several types, some only hedged or denied.
 */
function randomArticles(seed: number, count: number, castSize: number): ArticleGraph[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const cast = castOf(castSize);
  return Array.from({ length: count }, (_, n) => {
    const article = `article:${seed}-${n}`;
    const entities = new Map<string, EntityRecord>();
    const mention = (id: string, name: string, label: EntityRecord['label'], form: string): void => {
      const m = { article, start: entities.size * 10, end: entities.size * 10 + form.length, text: form };
      const known = entities.get(id);
      if (known) return;
      entities.set(id, { id, label, name, aliases: form === name ? [] : [form], mentions: [m], count: 1 });
    };
    const relations = new Map<string, RelationRecord>();
    for (let r = 0; r < 1 + Math.floor(random() * 6); r += 1) {
      const source = random() < 0.8 ? pick(cast.people) : pick(cast.countries);
      const target = random() < 0.5 ? pick(cast.people) : pick(cast.countries);
      if (source.id === target.id) continue;
      const labelOf = (end: { id: string }): EntityRecord['label'] =>
        end.id.startsWith('person:') ? 'Person' : 'Country';
      // Only types whose ontology allows these ends: a store refuses the others.
      const type = pick(TYPES.filter((t) => allowsEnds(t, labelOf(source), labelOf(target))));
      for (const end of [source, target]) {
        const label = labelOf(end);
        mention(end.id, end.name, label, label === 'Person' && random() < 0.3 ? end.name.split(' ')[1]! : end.name);
      }
      const flag = random();
      const sentence = `${source.name} and ${target.name} were in the news.`;
      const evidence: EvidenceRecord = {
        article,
        sentence,
        start: r * 100,
        end: r * 100 + sentence.length,
        confidence: 0.5 + random() / 2,
        ...(flag < 0.15 ? { negated: true } : flag < 0.3 ? { hedged: true } : {}),
      };
      const id = relationId(type, source.id, target.id);
      const undirected = UNDIRECTED_RELATION_TYPES.has(type);
      const [a, b] = undirected && target.id < source.id ? [target.id, source.id] : [source.id, target.id];
      relations.set(id, {
        id,
        type,
        source: a,
        target: b,
        undirected,
        evidence: [evidence],
        confidence: evidence.confidence,
        ...(evidence.negated ? { negated: true } : evidence.hedged ? { hedged: true } : {}),
      });
    }
    return {
      article: { id: article, title: `Report ${n}`, length: 1000 },
      entities: [...entities.values()],
      relations: [...relations.values()],
      statements: [],
    };
  });
}

function passes(
  graph: KnowledgeGraph,
  key: string,
  types: readonly RelationType[] | null | undefined,
  includeHedged: boolean,
): boolean {
  const a = graph.getEdgeAttributes(key);
  return (!types || types.length === 0 || types.includes(a.type)) && !a.negated && (includeHedged || !a.hedged);
}

/** The plain breadth-first neighbourhood the store must match: every edge of every node looked at. */
function plainNeighbourhood(graph: KnowledgeGraph, query: NeighborhoodQuery): { nodes: string[]; edges: string[] } {
  if (!graph.hasNode(query.id)) return { nodes: [], edges: [] };
  const allowed = (key: string) => passes(graph, key, query.types, query.includeHedged ?? false);
  const seen = new Set([query.id]);
  let frontier = [query.id];
  for (let hop = 0; hop < query.hops && frontier.length > 0 && seen.size < query.limit; hop += 1) {
    const found = new Set<string>();
    for (const node of frontier) {
      for (const key of graph.edges(node)) {
        const other = graph.opposite(node, key);
        if (allowed(key) && !seen.has(other)) found.add(other);
      }
    }
    frontier = [...found].sort().slice(0, Math.max(0, Math.ceil(query.limit) - seen.size));
    for (const other of frontier) seen.add(other);
  }
  const edges = new Set<string>();
  for (const node of seen)
    for (const key of graph.edges(node)) if (seen.has(graph.opposite(node, key)) && allowed(key)) edges.add(key);
  return { nodes: [...seen], edges: [...edges].sort() };
}

/** The plain breadth-first path the store must match: each node's edges visited by key, first way in kept. */
function plainPath(graph: KnowledgeGraph, query: PathQuery): { nodes: string[]; edges: string[] } | null {
  if (!graph.hasNode(query.from) || !graph.hasNode(query.to)) return null;
  if (query.from === query.to) return { nodes: [query.from], edges: [] };
  const via = new Map<string, { node: string; edge: string }>();
  const seen = new Set([query.from]);
  let frontier = [query.from];
  for (let hop = 0; hop < query.maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const key of graph.edges(node).sort()) {
        const other = graph.opposite(node, key);
        if (!passes(graph, key, query.types, false) || seen.has(other)) continue;
        seen.add(other);
        via.set(other, { node, edge: key });
        if (other === query.to) {
          const nodes = [other];
          const edges: string[] = [];
          for (let step = via.get(other); step; step = via.get(step.node)) {
            nodes.unshift(step.node);
            edges.unshift(step.edge);
          }
          return { nodes, edges };
        }
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

function idsOf(
  subgraph: { nodes: { id: string }[]; edges: { id: string }[] } | null,
): { nodes: string[]; edges: string[] } | null {
  return subgraph && { nodes: subgraph.nodes.map((n) => n.id), edges: subgraph.edges.map((e) => e.id) };
}

const TYPE_CHOICES: (RelationType[] | null)[] = [null, ['MET_WITH'], ['SUPPORTS', 'SANCTIONS', 'SAID']];

/** Compares every neighbourhood and path of the store with the plain searches over its graph. */
async function expectPlainTraversals(store: EmbeddedStore): Promise<number> {
  const graph = store.knowledgeGraph;
  const nodes = graph.nodes().sort();
  let compared = 0;
  for (const [n, id] of nodes.entries()) {
    for (const hops of [1, 2, 3]) {
      for (const limit of [1, 2, 5, 13, 100]) {
        const query: NeighborhoodQuery = {
          id,
          hops,
          limit,
          types: TYPE_CHOICES[(n + hops) % 3],
          includeHedged: (n + limit) % 2 === 0,
        };
        expect({ query, found: idsOf(await store.neighborhood(query)) }).toEqual({
          query,
          found: plainNeighbourhood(graph, query),
        });
        compared += 1;
      }
    }
    for (const to of nodes.filter((_, m) => (m * 7 + n) % 5 === 0)) {
      for (const maxHops of [1, 2, 4, 6]) {
        const query: PathQuery = { from: id, to, maxHops, types: TYPE_CHOICES[(n + maxHops) % 3] };
        expect({ query, found: idsOf(await store.path(query)) }).toEqual({ query, found: plainPath(graph, query) });
        compared += 1;
      }
    }
  }
  return compared;
}

async function storeOf(articles: readonly ArticleGraph[]): Promise<EmbeddedStore> {
  const store = await EmbeddedStore.open();
  for (const article of articles) await store.ingest(article);
  return store;
}

describe('EmbeddedStore traversals through its neighbour index', () => {
  it.each([1, 2, 3])(
    'give the neighbourhoods and shortest paths of a plain breadth-first search (seed %i)',
    async (seed) => {
      const store = await storeOf(randomArticles(seed, 60, 24));
      expect(store.knowledgeGraph.size).toBeGreaterThan(40);
      expect(await expectPlainTraversals(store)).toBeGreaterThan(500);
    },
  );

  it('stay right while articles come and go, and equal a store built fresh from what is left', async () => {
    const articles = randomArticles(7, 80, 30);
    const store = await storeOf(articles.slice(0, 50));
    await expectPlainTraversals(store);
    for (const article of articles.slice(50)) await store.ingest(article);
    for (const [n, article] of articles.entries()) if (n % 3 === 0) await store.deleteArticle(article.article.id);
    await expectPlainTraversals(store);
    const fresh = await storeOf(articles.filter((_, n) => n % 3 !== 0));
    for (const id of fresh.knowledgeGraph.nodes()) {
      const query = { id, hops: 2, limit: 9, includeHedged: true };
      expect(idsOf(await store.neighborhood(query))).toEqual(idsOf(await fresh.neighborhood(query)));
    }
    expect(store.knowledgeGraph.order).toBe(fresh.knowledgeGraph.order);
  });

  it('finds nothing from a node that lost all its edges, and a path again once an edge comes back', async () => {
    const [souza, diallo, chen] = castOf(3).people;
    const met = (article: string, a: { id: string; name: string }, b: { id: string; name: string }): ArticleGraph => {
      const entities = [a, b].map((p) => ({
        id: p.id,
        label: 'Person' as const,
        name: p.name,
        aliases: [],
        mentions: [{ article, start: 0, end: 3, text: p.name }],
        count: 1,
      }));
      const id = relationId('MET_WITH', a.id, b.id);
      const [source, target] = [a.id, b.id].sort();
      const sentence = `${a.name} met ${b.name}.`;
      const relation: RelationRecord = {
        id,
        type: 'MET_WITH',
        source: source!,
        target: target!,
        undirected: true,
        evidence: [{ article, sentence, start: 0, end: sentence.length, confidence: 0.9 }],
        confidence: 0.9,
      };
      return { article: { id: article, length: 100 }, entities, relations: [relation], statements: [] };
    };
    const store = await storeOf([met('a1', souza!, diallo!), met('a2', diallo!, chen!)]);
    expect(idsOf(await store.path({ from: souza!.id, to: chen!.id, maxHops: 3 }))!.nodes).toEqual([
      souza!.id,
      diallo!.id,
      chen!.id,
    ]);
    await store.deleteArticle('a2');
    expect(await store.path({ from: souza!.id, to: chen!.id, maxHops: 3 })).toBeNull();
    expect(idsOf(await store.neighborhood({ id: diallo!.id, hops: 2, limit: 10 }))!.nodes).toEqual([
      diallo!.id,
      souza!.id,
    ]);
    await store.ingest(met('a3', chen!, souza!));
    expect(idsOf(await store.path({ from: diallo!.id, to: chen!.id, maxHops: 3 }))!.nodes).toEqual([
      diallo!.id,
      souza!.id,
      chen!.id,
    ]);
  });
});

/** The ids a search must give: every node ranked over its folded names, as the store defines the ranking. */
function plainSearch(graph: KnowledgeGraph, search: string, label?: EntityRecord['label']): string[] {
  const folded = foldText(search);
  const ranked: { id: string; rank: number; count: number }[] = [];
  graph.forEachNode((id, a) => {
    if (label && a.label !== label) return;
    let rank = 0;
    for (const form of [a.name, ...a.aliases].map(foldText)) {
      if (form === folded) rank = Math.max(rank, 3);
      else if (` ${form} `.includes(` ${folded} `)) rank = Math.max(rank, 2);
      else if (form.includes(folded)) rank = Math.max(rank, 1);
    }
    if (rank > 0) ranked.push({ id, rank, count: a.count });
  });
  return ranked.sort((a, b) => b.rank - a.rank || b.count - a.count || (a.id < b.id ? -1 : 1)).map((r) => r.id);
}

describe('EmbeddedStore search through its index of name pieces', () => {
  const QUERIES = [
    'souza',
    'SOUZA',
    'ana',
    'an',
    'a',
    'mul',
    'müller',
    'sofia souza',
    'ofía',
    'kenya',
    'ken',
    'zz',
    'xyz',
    'diallo k',
  ];

  it('gives what a scan of every name and alias gives, by rank, mentions and id', async () => {
    const store = await storeOf(randomArticles(4, 70, 40));
    for (const search of QUERIES) {
      for (const label of [undefined, 'Person', 'Country'] as const) {
        const page = await store.searchEntities({ search, label, first: 100 });
        const expected = plainSearch(store.knowledgeGraph, search, label);
        expect({ search, label, ids: page.items.map((e) => e.id), total: page.totalCount }).toEqual({
          search,
          label,
          ids: expected.slice(0, 100),
          total: expected.length,
        });
      }
    }
  });

  it('finds aliases that later articles add, and forgets those whose articles are deleted', async () => {
    const articles = randomArticles(5, 60, 40);
    const store = await storeOf(articles.slice(0, 20));
    const check = async () => {
      for (const search of QUERIES)
        expect({ search, ids: (await store.searchEntities({ search, first: 100 })).items.map((e) => e.id) }).toEqual({
          search,
          ids: plainSearch(store.knowledgeGraph, search).slice(0, 100),
        });
    };
    await check();
    const kofi = entityId('Person', 'Kofi Souza');
    const alias = (article: string): ArticleGraph => ({
      article: { id: article, length: 100 },
      entities: [
        {
          id: kofi,
          label: 'Person',
          name: 'Kofi Souza',
          aliases: ['Mr Kwabena'],
          mentions: [{ article, start: 0, end: 10, text: 'Mr Kwabena' }],
          count: 1,
        },
      ],
      relations: [],
      statements: [],
    });
    expect((await store.searchEntities({ search: 'kwabena' })).totalCount).toBe(0);
    await store.ingest(alias('late'));
    expect((await store.searchEntities({ search: 'kwabena' })).items.map((e) => e.id)).toEqual([kofi]);
    for (const article of articles.slice(20)) await store.ingest(article);
    await check();
    for (const article of articles.slice(0, 30)) await store.deleteArticle(article.article.id);
    await store.deleteArticle('late');
    expect((await store.searchEntities({ search: 'kwabena' })).totalCount).toBe(0);
    await check();
  });
});

describe('EmbeddedStore statements per entity through its statement index', () => {
  it('gives what a scan of every statement gives, after the index is built and articles come and go', async () => {
    const f = fixtureArticles();
    const store = await storeOf([f.samarkand]);
    const entities = [f.ids.putin, f.ids.peskov, f.ids.zelenskyy, f.ids.meeting, f.ids.ukraine, 'person:nobody'];
    const scan = async (role: 'speaker' | 'about') => {
      const all = (await store.statements({ first: 100 })).items;
      return entities.map((id) =>
        all.filter((s) => (role === 'speaker' ? s.speaker : s.about) === id).map((s) => s.id),
      );
    };
    const check = async () => {
      for (const role of ['speaker', 'about'] as const) {
        expect((await store.statementsOf(entities, role)).map((list) => list.map((s) => s.id))).toEqual(
          await scan(role),
        );
      }
    };
    await check();
    await store.ingest(f.kremlin);
    await store.ingest(f.kyiv);
    await check();
    expect((await store.statementsOf([f.ids.meeting], 'about'))[0]).toHaveLength(2);
    await store.deleteArticle(f.samarkand.article.id);
    await check();
    expect((await store.statementsOf([f.ids.putin], 'speaker'))[0]).toEqual([]);
  });
});
