import { jest } from '@jest/globals';
import type { ArticleInput, ExtractOptions } from '../../src/extract/types.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { ingestArticle, openIngestSession } from '../../src/ingest/session.js';
import { addCorrection } from '../../src/store/curation.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { reactionArticle, samarkandArticle } from '../graphql/fixtures.js';

/** An extractor that gives the graph whose article text is the input's, and records the known ids and date it was given. */
function fixedExtractor(graphs: readonly ArticleGraph[]) {
  const calls: { known: string[]; date?: string }[] = [];
  const extract = (input: ArticleInput, options: ExtractOptions): ArticleGraph => {
    calls.push({ known: [...(options.known ?? [])].map((k) => k.id), date: options.date });
    return graphs.find((g) => g.article.id === input.text)!;
  };
  return { extract, calls };
}

describe('openIngestSession', () => {
  it("extracts each article against the store's entities and those added earlier in the session", async () => {
    const store = await EmbeddedStore.open();
    await store.ingest(samarkandArticle);
    const { extract, calls } = fixedExtractor([samarkandArticle, reactionArticle]);
    const session = await openIngestSession(store, extract);
    const first = await session.add({ text: reactionArticle.article.id }, '2022-09-16');
    expect(first.result.duplicate).toBe(false);
    await session.add({ text: samarkandArticle.article.id });
    expect(calls[0]!.known.sort()).toEqual(samarkandArticle.entities.map((e) => e.id).sort());
    expect(calls[0]!.date).toBe('2022-09-16');
    expect(new Set(calls[1]!.known)).toEqual(
      new Set([...samarkandArticle.entities, ...reactionArticle.entities].map((e) => e.id)),
    );
  });
});

describe('IngestSession.start', () => {
  it('extracts the next article against the entities of those still in flight, as add would', async () => {
    const store = await EmbeddedStore.open();
    await store.ingest(samarkandArticle);
    const { extract, calls } = fixedExtractor([samarkandArticle, reactionArticle]);
    const session = await openIngestSession(store, extract);
    // Held back: nothing is stored while the next articles are extracted.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ingest = store.ingest.bind(store);
    jest.spyOn(store, 'ingest').mockImplementation(async (graph) => {
      await held;
      return ingest(graph);
    });
    const started = [];
    for (const text of [samarkandArticle.article.id, reactionArticle.article.id, reactionArticle.article.id])
      started.push(await session.start({ text }));
    const known = calls.map((c) => new Set(c.known));
    const stored = new Set(samarkandArticle.entities.map((e) => e.id));
    // The stored article's duplicate adds nothing; the new one adds its entities at once.
    expect(known[1]).toEqual(stored);
    expect(known[2]).toEqual(new Set([...stored, ...reactionArticle.entities.map((e) => e.id)]));
    release();
    const results = await Promise.all(started.map(async (s) => (await s.stored).result.duplicate));
    expect(results).toEqual([true, false, true]);
  });
});

describe('ingestArticle', () => {
  it('adds one article and flushes before resolving', async () => {
    const store = await EmbeddedStore.open();
    const flush = jest.spyOn(store, 'flush');
    const { extract } = fixedExtractor([samarkandArticle]);
    const { result, graph } = await ingestArticle(store, { text: samarkandArticle.article.id }, { extract });
    expect(graph).toBe(samarkandArticle);
    expect(result).toMatchObject({ duplicate: false, nodesAdded: samarkandArticle.entities.length });
    expect(flush).toHaveBeenCalledTimes(1);
    expect((await store.stats()).articles).toBe(1);
  });
});

describe('the corrections log in a session', () => {
  it('applies the log to each article, and reads it again once it is 5 s old (a long kg watch meets new corrections)', async () => {
    const store = await EmbeddedStore.open();
    const { extract } = fixedExtractor([samarkandArticle, reactionArticle]);
    const supports = 'SUPPORTS:country:china->country:russia';
    const sanctions = 'SANCTIONS:country:united-states->country:russia';
    await store.ingest({ ...reactionArticle, article: { ...reactionArticle.article, id: 'article:seed' } });
    await addCorrection(store, { kind: 'rejectRelation', relation: sanctions, reason: 'r' }, 'alice');
    const clock = jest.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(1_000_000);
      const session = await openIngestSession(store, extract);
      const first = await session.add({ text: reactionArticle.article.id });
      expect(first.graph.relations.map((r) => r.id)).not.toContain(sanctions);
      await store.ingest({ ...samarkandArticle, article: { ...samarkandArticle.article, id: 'article:seed2' } });
      await addCorrection(store, { kind: 'rejectRelation', relation: supports, reason: 'r' }, 'alice');
      clock.mockReturnValue(1_000_000 + 6000);
      const second = await session.add({ text: samarkandArticle.article.id });
      expect(second.graph.relations.map((r) => r.id)).not.toContain(supports);
    } finally {
      clock.mockRestore();
    }
  });
});
