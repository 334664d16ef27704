import { extractCorpus } from '../extract/index.js';
import type { ArticleGraph } from '../graph/model.js';
import { mergeEntities, mergeRelations } from '../graph/merge.js';
import { buildKnowledgeGraph, type SerializedGraph } from '../graph/serialize.js';
import type { EntityRecord, RelationRecord } from '../graph/model.js';
import { ArticleInputError } from '../extract/decode.js';
import { collectArticleFiles, readArticleFile, type InputFailure, type ReadArticleOptions } from './inputs.js';

/** The union of several article graphs as one graphology export. */
export function mergeArticleGraphs(graphs: readonly ArticleGraph[]): SerializedGraph {
  const entities = new Map<string, EntityRecord>();
  const relations = new Map<string, RelationRecord>();
  for (const g of graphs) {
    for (const e of g.entities) {
      const existing = entities.get(e.id);
      entities.set(e.id, existing ? mergeEntities(existing, e) : e);
    }
    for (const r of g.relations) {
      const existing = relations.get(r.id);
      relations.set(r.id, existing ? mergeRelations(existing, r) : r);
    }
  }
  return buildKnowledgeGraph([...entities.values()], [...relations.values()]).export();
}

/** Extracts the articles under the given paths into one graph, touching no store. */
export async function extractPaths(
  paths: readonly string[],
  options: ReadArticleOptions = {},
): Promise<{ graph: SerializedGraph; articles: ArticleGraph[]; failures: InputFailure[]; skipped: InputFailure[] }> {
  const { files, failures } = await collectArticleFiles(paths);
  const skipped: InputFailure[] = [];
  const inputs = [];
  for (const file of files) {
    try {
      inputs.push(await readArticleFile(file, options));
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      (error.skip ? skipped : failures).push({ path: file, reason: error.reason });
    }
  }
  const articles = extractCorpus(inputs, { date: options.date });
  return { graph: mergeArticleGraphs(articles), articles, failures, skipped };
}
