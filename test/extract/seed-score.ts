/**
 * Scores the seed articles with the project's scorer and reference graph in ../shared/eval (beside the
 * repository, as in CI), for the quality tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeArticleGraphs } from '../../src/graph/merge.js';
import { extractCorpus } from '../../src/extract/index.js';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface LabelScore {
  f1: number;
  duplicates: number;
}
export interface ScoreResult {
  summary: {
    entityF1: number;
    coreRelationF1: number;
    extendedRelationF1: number;
    commentatorsRecall: number | null;
    commentatorsPrecision: number | null;
  };
  entities: { byLabel: Record<string, LabelScore>; micro: LabelScore };
  relations: { byType: Record<string, Prf>; core: Prf; extended: Prf; misses: string[]; falsePositives: string[] };
  forbidden: { entities: unknown[]; relations: unknown[] };
}
interface Scorer {
  score(gold: unknown, pred: unknown): ScoreResult;
  formatReport(result: ScoreResult): string;
}

const SHARED = resolve(process.cwd(), '../shared/eval');
const SEEDS = join(process.cwd(), 'seeds');

/** Extracts the seeds and scores them against ../shared/eval/gold/seeds.json; returns the result and the printed report. */
export async function scoreSeeds(options: { date?: string } = {}): Promise<{ result: ScoreResult; report: string }> {
  const scorerPath = join(SHARED, 'score.mjs');
  if (!existsSync(scorerPath)) throw new Error(`the scorer is missing at ${scorerPath}: check out the shared folder beside the repository`);
  const scorer = (await import(pathToFileURL(scorerPath).href)) as Scorer;
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const graphs = extractCorpus(files.map((f) => ({ text: readFileSync(join(SEEDS, f), 'utf8'), path: join(SEEDS, f) })), options);
  const gold = JSON.parse(readFileSync(join(SHARED, 'gold/seeds.json'), 'utf8')) as unknown;
  const result = scorer.score(gold, mergeArticleGraphs(graphs));
  return { result, report: scorer.formatReport(result) };
}
