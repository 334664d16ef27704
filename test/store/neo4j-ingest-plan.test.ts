/**
 * The batch planner of the Neo4j store (src/store/neo4j/ingest-plan.ts), without a server: a batch
 * of articles planned against an empty store gives each article the result that ingesting them one by
 * one into the embedded store gives, and the writes touch only what the batch adds.
 */
import type { ArticleGraph } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { StoreQueryError } from '../../src/store/errors.js';
import { decodeMentions, mentionRows } from '../../src/store/neo4j/codec.js';
import { changes, planBatch, type BatchState } from '../../src/store/neo4j/ingest-plan.js';
import { fixtureArticles } from './fixtures.js';

const f = fixtureArticles();
const EMPTY: BatchState = { articles: new Map(), entities: new Map(), relations: new Map(), statements: new Set() };

async function sequentialResults(graphs: ArticleGraph[]): Promise<unknown[]> {
  const store = await EmbeddedStore.open();
  const results: unknown[] = [];
  for (const graph of graphs) results.push(await store.ingest(graph).catch((error: unknown) => error));
  return results;
}

describe('planning a batch of articles', () => {
  it('gives each article the result it would get alone, in order', async () => {
    const graphs = [f.samarkand, f.kremlin, f.samarkand, f.kyiv];
    const plan = planBatch(graphs, EMPTY);
    expect(plan.results).toEqual(await sequentialResults(graphs));
    expect(plan.results[2]).toMatchObject({ duplicate: true, nodesAdded: 0 });
    expect(plan.writes.articles.map((a) => a.id)).toEqual([
      f.samarkand.article.id,
      f.kremlin.article.id,
      f.kyiv.article.id,
    ]);
  });

  it("writes each new node and edge once, and appends the later articles' mentions and evidence", () => {
    const plan = planBatch([f.samarkand, f.kremlin], EMPTY);
    const created = plan.writes.createEntities.map((e) => e.id);
    expect(new Set(created).size).toBe(created.length);
    expect(plan.writes.updateEntities).toEqual([]);
    const xi = plan.writes.createMentions.filter((m) => m.entity === f.ids.xi);
    expect(xi.map((m) => m.from)).toEqual([f.samarkand.article.id, f.kremlin.article.id]);
    const seqs = xi.flatMap((m) => m.props.seqs as number[]);
    expect(seqs).toEqual([...seqs.keys()]);
    expect(plan.writes.rewriteMentionsOf).toEqual([]);
    expect(plan.writes.rewriteEvidenceOf).toEqual([]);
    const metWith = plan.writes.createEvidence.filter((e) => e.props.relation === f.ids.metWith);
    expect(metWith.map((e) => [e.props.article, e.props.seq])).toEqual([
      [f.samarkand.article.id, 0],
      [f.kremlin.article.id, 1],
    ]);
  });

  it('refuses an article with an edge to an unknown node alone, releasing its claim', async () => {
    // Russia comes from the first article of the batch; Zelenskyy from none.
    const stray: ArticleGraph = {
      ...f.kyiv,
      entities: f.kyiv.entities.filter((e) => e.id !== f.ids.russia && e.id !== f.ids.zelenskyy),
    };
    const graphs = [f.samarkand, stray, f.kremlin];
    const plan = planBatch(graphs, EMPTY);
    expect(plan.results[1]).toBeInstanceOf(StoreQueryError);
    expect(plan.results[0]).toMatchObject({ duplicate: false });
    expect(plan.writes.refused).toEqual([f.kyiv.article.id]);
    const sequential = await sequentialResults(graphs);
    expect((plan.results[1] as Error).message).toBe((sequential[1] as Error).message);
    expect(plan.results[2]).toEqual(sequential[2]);
  });

  it('merges a node named with repeated spans whole, as mergeEntities does', () => {
    const xi = f.samarkand.entities.find((e) => e.id === f.ids.xi)!;
    const repeated: ArticleGraph = {
      ...f.samarkand,
      entities: [{ ...xi, mentions: [...xi.mentions, ...xi.mentions] }],
      relations: [],
      statements: [],
    };
    const plan = planBatch([repeated, { ...f.kremlin, relations: [], statements: [] }], EMPTY);
    expect(plan.writes.rewriteMentionsOf).toEqual([f.ids.xi]);
  });
});

describe('what the writes set', () => {
  it('sets only the properties that change, and null for those to remove', () => {
    expect(changes({ id: 'a', count: 1, hedged: true, aliases: ['x'] }, { id: 'a', count: 2, aliases: ['x'] })).toEqual(
      { count: 2, hedged: null },
    );
  });

  it('stores one MENTIONS per article and entity, and reads the spans back in place', () => {
    const mentions = [
      { mention: { article: 'a1', start: 0, end: 2, text: 'Xi' }, seq: 0 },
      { mention: { article: 'a2', start: 5, end: 7, text: 'Xi' }, seq: 1 },
      { mention: { article: 'a1', start: 9, end: 19, text: 'Xi Jinping' }, seq: 2 },
    ];
    const rows = mentionRows('person:xi', mentions);
    expect(rows.map((r) => r.from)).toEqual(['a1', 'a2']);
    const back = rows.flatMap((r) => decodeMentions(r.props, r.from)).sort((a, b) => a.seq - b.seq);
    expect(back).toEqual(mentions);
  });

  it("keeps titled mentions' surfaces in a parallel list, '' for none, and reads a relationship without one", () => {
    const mentions = [
      { mention: { article: 'a1', start: 0, end: 2, text: 'Xi' }, seq: 0 },
      {
        mention: { article: 'a1', start: 26, end: 36, text: 'Xi Jinping', surface: 'Chinese President Xi Jinping' },
        seq: 1,
      },
      { mention: { article: 'a2', start: 5, end: 7, text: 'Xi' }, seq: 2 },
    ];
    const rows = mentionRows('person:xi', mentions);
    expect(rows.map((r) => r.props.surfaces)).toEqual([['', 'Chinese President Xi Jinping'], undefined]);
    const back = rows.flatMap((r) => decodeMentions(r.props, r.from)).sort((a, b) => a.seq - b.seq);
    expect(back).toStrictEqual(mentions);
    // A relationship written before surfaces were kept.
    const old = { starts: [0], ends: [2], texts: ['Xi'], seqs: [0] };
    expect(decodeMentions(old, 'a1')).toStrictEqual([mentions[0]]);
  });
});
