import { extractCorpus, type ExtractOptions } from '../extract/index.js';
import type { ArticleGraph } from '../graph/model.js';
import { distinctEvidence, distinctMentions, mergeEntityFields, mergeRelationFields, withEvidence } from '../graph/merge.js';
import { buildKnowledgeGraph, type SerializedGraph } from '../graph/serialize.js';
import type { EntityRecord, RelationRecord } from '../graph/model.js';
import { ArticleInputError } from '../extract/decode.js';
import { collectArticleFiles, readArticleFile, type InputFailure, type ReadArticleOptions } from './inputs.js';

/** Records with the same id, in the order met. */
function groupById<T extends { id: string }>(records: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.id);
    if (group) group.push(record);
    else groups.set(record.id, [record]);
  }
  return groups;
}

/** The records of one entity merged as successive mergeEntities calls would, in linear time. */
function mergeEntityGroup(group: readonly EntityRecord[]): EntityRecord {
  if (group.length === 1) return group[0]!;
  const merged = group.slice(1).reduce(mergeEntityFields, group[0]!);
  merged.mentions = distinctMentions(group.flatMap((e) => e.mentions));
  merged.count = merged.mentions.length;
  return merged;
}

/** The records of one edge merged as successive mergeRelations calls would, in linear time. */
function mergeRelationGroup(group: readonly RelationRecord[]): RelationRecord {
  if (group.length === 1) return group[0]!;
  const merged = group.slice(1).reduce(mergeRelationFields, group[0]!);
  return withEvidence(merged, distinctEvidence(group.flatMap((r) => r.evidence)));
}

/** The union of several article graphs as one graphology export. */
export function mergeArticleGraphs(graphs: readonly ArticleGraph[]): SerializedGraph {
  const entities = [...groupById(graphs.flatMap((g) => g.entities)).values()].map(mergeEntityGroup);
  const relations = [...groupById(graphs.flatMap((g) => g.relations)).values()].map(mergeRelationGroup);
  return buildKnowledgeGraph(entities, relations).export();
}

/** Extracts the articles under the given paths into one graph, touching no store. */
export async function extractPaths(
  paths: readonly string[],
  options: ReadArticleOptions = {},
  extractOptions: Omit<ExtractOptions, 'date'> = {},
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
  const articles = extractCorpus(inputs, { ...extractOptions, date: options.date });
  return { graph: mergeArticleGraphs(articles), articles, failures, skipped };
}
