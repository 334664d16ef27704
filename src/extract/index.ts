import type { ArticleGraph } from '../graph/model.js';
import { articleId } from '../graph/ids.js';
import type { ArticleInput, ExtractOptions } from './types.js';

export type { ArticleInput, ExtractOptions, KnownEntity } from './types.js';

/** Extracts one article's graph: its entities, relations and statements with provenance. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleGraph {
  const id = articleId(input.text);
  return {
    article: {
      id,
      title: input.title,
      source: input.source,
      url: input.url,
      publishedAt: input.publishedAt ?? options.date,
      path: input.path,
      length: input.text.length,
    },
    entities: [],
    relations: [],
    statements: [],
  };
}

/** Extracts a corpus, resolving the same real-world thing to one id across its articles. */
export function extractCorpus(inputs: readonly ArticleInput[], options: ExtractOptions = {}): ArticleGraph[] {
  const graphs: ArticleGraph[] = [];
  const known = [...(options.known ?? [])];
  for (const input of inputs) {
    const graph = extractArticle(input, { ...options, known });
    graphs.push(graph);
    known.push(...graph.entities.map(({ id, label, name, aliases }) => ({ id, label, name, aliases })));
  }
  return graphs;
}
