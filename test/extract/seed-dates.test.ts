/**
 * The seeds' Xi–Putin meeting is dated and placed as the articles tell it (2022-09-15, Samarkand), even
 * though several of them recall the pair's earlier meeting in Beijing in February (a regression once
 * dated the edge 2022-02: the first sentence that named a meeting decided, and it named the old one).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extractCorpus } from '../../src/extract/index.js';
import { mergeArticleGraphs } from '../../src/graph/merge.js';

const SEEDS = new URL('../../seeds/', import.meta.url);

describe('the seeds: the Xi–Putin meeting', () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const graph = mergeArticleGraphs(
    extractCorpus(files.map((f) => ({ text: readFileSync(new URL(f, SEEDS), 'utf8') }))),
  );
  const name = new Map(graph.nodes.map((n) => [n.key, String(n.attributes?.name)]));
  const edge = graph.edges.find(
    (e) =>
      e.attributes?.type === 'MET_WITH' &&
      [name.get(e.source), name.get(e.target)].sort().join('|') === 'Vladimir Putin|Xi Jinping',
  );

  it('is one MET_WITH edge dated 2022-09-15, placed in Samarkand, tied to the Samarkand meeting', () => {
    expect(edge?.attributes).toMatchObject({
      date: '2022-09-15',
      place: 'place:samarkand',
      event: 'event:xi-putin-meeting',
    });
  });

  it('keeps the Beijing meeting in February as an event of its own', () => {
    const beijing = graph.nodes.find((n) => n.attributes?.name === 'Xi–Putin meeting in Beijing');
    expect(beijing?.attributes).toMatchObject({ label: 'Event', date: '2022-02' });
  });
});
