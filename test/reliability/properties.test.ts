import { jest } from '@jest/globals';
import fc from 'fast-check';
import { extractArticle, extractCorpus } from '../../src/extract/index.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { anyText, articleGraphs, canonicalDump, newsText } from './arbitraries.js';

jest.setTimeout(90_000);

/** Every offset of the graph points into the text, and the text there is what was recorded. */
function expectOffsetsInto(text: string, graph: ArticleGraph): void {
  const id = graph.article.id;
  const span = (where: string, start: number, end: number, recorded: string): void => {
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
    if (!ok) throw new Error(`${where}: span [${start}, ${end}) is outside the text of length ${text.length}`);
    if (text.slice(start, end) !== recorded) {
      throw new Error(
        `${where}: text.slice(${start}, ${end}) is ${JSON.stringify(text.slice(start, end))}, recorded ${JSON.stringify(recorded)}`,
      );
    }
  };
  for (const e of graph.entities) {
    for (const m of e.mentions) if (m.article === id) span(`mention of ${e.id}`, m.start, m.end, m.text);
  }
  for (const r of graph.relations) {
    for (const ev of r.evidence) if (ev.article === id) span(`evidence of ${r.id}`, ev.start, ev.end, ev.sentence);
  }
  for (const s of graph.statements) span(`quote of ${s.id}`, s.start, s.end, s.quote);
}

/** Two articles about Ana Souza; only the second calls her "Ms Souza". */
function aliasPair(): [ArticleGraph, ArticleGraph] {
  const graph = (id: string, text: string): ArticleGraph => ({
    article: { id, length: 20 },
    entities: [
      {
        id: 'person:ana-souza',
        label: 'Person',
        name: 'Ana Souza',
        aliases: text === 'Ana Souza' ? [] : [text],
        mentions: [{ article: id, start: 0, end: text.length, text }],
        count: 1,
      },
    ],
    relations: [],
    statements: [],
  });
  return [graph('article:first', 'Ana Souza'), graph('article:second', 'Ms Souza')];
}

async function ingestText(store: GraphStore, text: string): Promise<ArticleGraph> {
  const graph = extractArticle({ text }, { known: await store.knownEntities(), date: '2024-03-05' });
  await store.ingest(graph);
  return graph;
}

describe('the extractor on any input', () => {
  it('never throws on any string, and its offsets point into the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectOffsetsInto(text, extractArticle({ text }, { date: '2024-03-05' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on news-like text, and its offsets point into the text', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expectOffsetsInto(text, extractArticle({ text }, { date: '2024-03-05' }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps offsets into each article of a corpus', () => {
    fc.assert(
      fc.property(fc.array(newsText, { minLength: 2, maxLength: 4 }), (texts) => {
        const graphs = extractCorpus(
          texts.map((text) => ({ text })),
          { date: '2024-03-05' },
        );
        graphs.forEach((graph, i) => expectOffsetsInto(texts[i], graph));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the embedded store', () => {
  it('re-ingesting any extracted article is a no-op', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(newsText, { minLength: 1, maxLength: 3 }), newsText, async (others, text) => {
        const store = await EmbeddedStore.open();
        for (const other of others) await ingestText(store, other);
        await ingestText(store, text);
        const before = canonicalDump(await store.dump());
        const again = extractArticle({ text }, { known: await store.knownEntities(), date: '2024-03-05' });
        const result = await store.ingest(again);
        expect(result.duplicate).toBe(true);
        expect(canonicalDump(await store.dump())).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('deleting an article that named a person with a title takes back the titled alias it gave', async () => {
    // Found by the property below: mention records keep a titled person's name without the title, so
    // an alias with the title would outlive the article that gave it.
    const store = await EmbeddedStore.open();
    await ingestText(store, 'President Kenji Tanaka met Ana Souza in Geneva on Tuesday.');
    const before = canonicalDump(await store.dump(), { scalars: false });
    const text = 'Brazilian President Ana Souza met Mr Kumar on Tuesday.\n\nThe United Nations met on Tuesday.';
    const graph = extractArticle({ text }, { known: await store.knownEntities(), date: '2024-03-05' });
    await store.ingest(graph);
    await store.deleteArticle(graph.article.id);
    expect(canonicalDump(await store.dump(), { scalars: false })).toEqual(before);
  });

  it('ingesting then deleting any extracted article restores the graph', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(newsText, { maxLength: 3 }), newsText, async (others, text) => {
        const store = await EmbeddedStore.open();
        for (const other of others) await ingestText(store, other);
        const before = canonicalDump(await store.dump(), { scalars: false });
        const stats = await store.stats();
        const graph = extractArticle({ text }, { known: await store.knownEntities(), date: '2024-03-05' });
        const result = await store.ingest(graph);
        fc.pre(!result.duplicate);
        await store.deleteArticle(graph.article.id);
        expect(canonicalDump(await store.dump(), { scalars: false })).toEqual(before);
        expect(await store.stats()).toEqual(stats);
      }),
      { numRuns: 60 },
    );
  });

  it('re-ingesting any article graph is a no-op', async () => {
    await fc.assert(
      fc.asyncProperty(articleGraphs, async (graphs) => {
        const store = await EmbeddedStore.open();
        for (const g of graphs) await store.ingest(g);
        const before = canonicalDump(await store.dump());
        for (const g of graphs) expect((await store.ingest(g)).duplicate).toBe(true);
        expect(canonicalDump(await store.dump())).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('ingesting then deleting any article graph restores the graph', async () => {
    await fc.assert(
      fc.asyncProperty(articleGraphs, async (graphs) => {
        const store = await EmbeddedStore.open();
        const last = graphs[graphs.length - 1];
        for (const g of graphs.slice(0, -1)) await store.ingest(g);
        const before = canonicalDump(await store.dump(), { scalars: false });
        await store.ingest(last);
        const deleted = await store.deleteArticle(last.article.id);
        expect(deleted.found).toBe(true);
        expect(canonicalDump(await store.dump(), { scalars: false })).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('deleting an article takes back the aliases only it added', async () => {
    const store = await EmbeddedStore.open();
    const [first, second] = aliasPair();
    await store.ingest(first);
    await store.ingest(second);
    await store.deleteArticle(second.article.id);
    const [souza] = await store.getEntities(['person:ana-souza']);
    expect(souza?.aliases).toEqual([]);
  });
});
