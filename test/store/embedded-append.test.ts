import { mergeArticleGraphs, mergeEntities, mergeRelations } from '../../src/graph/merge.js';
import type { ArticleGraph, EntityRecord, EvidenceRecord, RelationRecord } from '../../src/graph/model.js';
import { buildKnowledgeGraph } from '../../src/graph/serialize.js';
import { EmbeddedStore } from '../../src/store/embedded.js';

const SOUZA = 'person:ana-souza';
const BRAZIL = 'country:brazil';
const EDGE = `SUPPORTS:${SOUZA}->${BRAZIL}`;

function souza(article: string, forms: string[], extra: Partial<EntityRecord> = {}): EntityRecord {
  const mentions = forms.map((text, i) => ({ article, start: i * 20, end: i * 20 + text.length, text }));
  return { id: SOUZA, label: 'Person', name: 'Ana Souza', aliases: [], mentions, count: mentions.length, ...extra };
}

function brazil(article: string): EntityRecord {
  return {
    id: BRAZIL,
    label: 'Country',
    name: 'Brazil',
    aliases: [],
    mentions: [{ article, start: 60, end: 66, text: 'Brazil' }],
    count: 1,
  };
}

function supports(article: string, confidence: number, flags: Partial<EvidenceRecord> = {}): RelationRecord {
  const sentence = 'Ana Souza said she backs Brazil.';
  const evidence: EvidenceRecord = { article, sentence, start: 0, end: sentence.length, confidence, ...flags };
  return {
    id: EDGE,
    type: 'SUPPORTS',
    source: SOUZA,
    target: BRAZIL,
    undirected: false,
    evidence: [evidence],
    confidence,
    ...(flags.negated ? { negated: true } : {}),
    ...(flags.hedged ? { hedged: true } : {}),
  };
}

function article(id: string, entities: EntityRecord[], relations: RelationRecord[]): ArticleGraph {
  return { article: { id, title: `Report ${id}`, length: 200 }, entities, relations, statements: [] };
}

/** Five articles on the same two people and edge: new aliases, a role, a repeated mention, hedged and negated evidence. */
const ARTICLES: ArticleGraph[] = [
  article('a1', [souza('a1', ['Ana Souza']), brazil('a1')], [supports('a1', 0.4, { hedged: true })]),
  article(
    'a2',
    [souza('a2', ['Ana Souza', 'Souza'], { aliases: ['Souza'], roles: ['minister'] }), brazil('a2')],
    [supports('a2', 0.5, { negated: true })],
  ),
  article(
    'a3',
    [souza('a3', ['Minister Souza', 'Minister Souza'], { aliases: ['Minister Souza', 'Ana Souza'] }), brazil('a3')],
    [supports('a3', 0.7)],
  ),
  article(
    'a4',
    [souza('a4', ['Souza'], { roles: ['envoy', 'minister'], date: '2024-05-01' }), brazil('a4')],
    [supports('a4', 0.3, { hedged: true })],
  ),
  article('a5', [souza('a5', ['Ana Souza']), brazil('a5')], [supports('a5', 0.9, { negated: true })]),
];

/** What successive mergeEntities / mergeRelations calls give for the articles, in order. */
function folded(graphs: readonly ArticleGraph[]): { entity: EntityRecord; relation: RelationRecord } {
  const entities = graphs.map((g) => g.entities.find((e) => e.id === SOUZA)!);
  const relations = graphs.map((g) => g.relations[0]!);
  return {
    entity: entities.slice(1).reduce(mergeEntities, entities[0]!),
    relation: relations.slice(1).reduce(mergeRelations, relations[0]!),
  };
}

async function ingestAll(store: EmbeddedStore, graphs: readonly ArticleGraph[]): Promise<void> {
  for (const g of graphs) await store.ingest(g);
}

describe('EmbeddedStore appending a new article to known nodes and edges', () => {
  it('gives the records that mergeEntities and mergeRelations give, after every article', async () => {
    const store = await EmbeddedStore.open();
    for (let n = 1; n <= ARTICLES.length; n += 1) {
      await store.ingest(ARTICLES[n - 1]!);
      const expected = folded(ARTICLES.slice(0, n));
      const [entity] = await store.getEntities([SOUZA]);
      const [relation] = await store.getRelations([EDGE]);
      expect(entity).toStrictEqual(expected.entity);
      expect(relation).toStrictEqual(expected.relation);
    }
    const [relation] = await store.getRelations([EDGE]);
    expect(relation!.confidence).toBe(0.874);
    expect(relation!.negated).toBeUndefined();
    expect(relation!.hedged).toBeUndefined();
  });

  it('derives hedged and negated from all the evidence as it arrives', async () => {
    const store = await EmbeddedStore.open();
    await ingestAll(store, ARTICLES.slice(0, 2));
    let [relation] = await store.getRelations([EDGE]);
    expect(relation).toMatchObject({ hedged: true, confidence: 0.4 });
    await store.ingest(article('b1', [brazil('b1'), souza('b1', ['Souza'])], [supports('b1', 0.6, { negated: true })]));
    [relation] = await store.getRelations([EDGE]);
    expect(relation).toMatchObject({ hedged: true, confidence: 0.4 });
    expect(relation!.evidence).toHaveLength(3);
  });

  it('never changes a record it returned before a later ingest', async () => {
    const store = await EmbeddedStore.open();
    await ingestAll(store, ARTICLES.slice(0, 3));
    const [before] = await store.getEntities([SOUZA]);
    const [edgeBefore] = await store.getRelations([EDGE]);
    const dump = await store.dump();
    const copies = JSON.stringify({ before, edgeBefore, dump });
    await ingestAll(store, ARTICLES.slice(3));
    expect(JSON.stringify({ before, edgeBefore, dump })).toBe(copies);
    expect((await store.getEntities([SOUZA]))[0]!.count).toBe(before!.count + 2);
  });

  it('merges as before when a new article repeats mentions the node already holds', async () => {
    const store = await EmbeddedStore.open();
    await ingestAll(store, ARTICLES.slice(0, 2));
    const stray = article('a9', [souza('a1', ['Ana Souza']), brazil('a9')], [supports('a1', 0.4, { hedged: true })]);
    await store.ingest(stray);
    const expected = folded([...ARTICLES.slice(0, 2), stray]);
    expect((await store.getEntities([SOUZA]))[0]).toStrictEqual(expected.entity);
    expect((await store.getRelations([EDGE]))[0]).toStrictEqual(expected.relation);
  });

  it('merges as before when an article lists the same entity and edge twice', async () => {
    const store = await EmbeddedStore.open();
    await ingestAll(store, ARTICLES.slice(0, 2));
    const twice = article(
      'a8',
      [souza('a8', ['Souza']), brazil('a8'), souza('a8', ['Souza', 'Ana Souza'])],
      [supports('a8', 0.2), supports('a8', 0.6)],
    );
    await store.ingest(twice);
    const expected = folded([
      ...ARTICLES.slice(0, 2),
      twice,
      article('a8', [twice.entities[2]!], [twice.relations[1]!]),
    ]);
    expect((await store.getEntities([SOUZA]))[0]).toStrictEqual(expected.entity);
    expect((await store.getRelations([EDGE]))[0]).toStrictEqual(expected.relation);
  });

  it('appends correctly after an article is deleted and another ingested', async () => {
    const store = await EmbeddedStore.open();
    await ingestAll(store, ARTICLES.slice(0, 3));
    await store.deleteArticle('a3');
    await ingestAll(store, ARTICLES.slice(3));
    const expected = folded([...ARTICLES.slice(0, 2), ...ARTICLES.slice(3)]);
    expect((await store.getRelations([EDGE]))[0]).toStrictEqual(expected.relation);
    expect((await store.getEntities([SOUZA]))[0]!.mentions).toStrictEqual(expected.entity.mentions);
  });
});

describe('EmbeddedStore search after merges and removals', () => {
  it('finds an entity by an alias only while an article gives it', async () => {
    const store = await EmbeddedStore.open();
    const ids = async () => (await store.searchEntities({ search: 'minister souza' })).items.map((e) => e.id);
    await store.ingest(ARTICLES[0]!);
    expect(await ids()).toEqual([]);
    await store.ingest(ARTICLES[2]!);
    expect(await ids()).toEqual([SOUZA]);
    await store.deleteArticle('a3');
    expect(await ids()).toEqual([]);
  });
});

describe('mergeArticleGraphs', () => {
  it('gives the graph that successive mergeEntities / mergeRelations calls give', () => {
    const graphs = [...ARTICLES, ARTICLES[2]!];
    const entities = new Map<string, EntityRecord>();
    const relations = new Map<string, RelationRecord>();
    for (const g of graphs) {
      for (const e of g.entities) entities.set(e.id, entities.has(e.id) ? mergeEntities(entities.get(e.id)!, e) : e);
      for (const r of g.relations)
        relations.set(r.id, relations.has(r.id) ? mergeRelations(relations.get(r.id)!, r) : r);
    }
    const expected = buildKnowledgeGraph([...entities.values()], [...relations.values()]).export();
    expect(JSON.stringify(mergeArticleGraphs(graphs))).toBe(JSON.stringify(expected));
  });
});
