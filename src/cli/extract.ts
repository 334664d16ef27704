import { extractCorpus, type ExtractOptions } from '../extract/index.js';
import { mergeArticleGraphs } from '../graph/merge.js';
import type { ArticleGraph } from '../graph/model.js';
import type { SerializedGraph } from '../graph/serialize.js';
import { ArticleInputError } from '../extract/decode.js';
import { collectArticleFiles, readArticleFile, type InputFailure, type ReadArticleOptions } from './inputs.js';

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
