/**
 * The evaluation sets and how each is scored, for `npm run eval` (eval/run.ts) and the quality tests.
 *
 * The seeds and their reference graph live in the repository, so a user's clone can always score them.
 * The larger sets (news-dev: articles of the genre with graph gold; gum-news-dev: Wikinews articles with
 * named-entity gold from the GUM corpus) live in the evaluation folder beside the repository
 * (`../shared/eval`, or the folder named by KG_EVAL_DIR); they are scored when it is there.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { extractPaths } from '../src/cli/extract.js';
import type { ExtractOptions } from '../src/extract/index.js';
import { applyCorrections, type Correction } from '../src/graph/corrections.js';
import { mergeArticleGraphs } from '../src/graph/merge.js';
import type { ArticleGraph } from '../src/graph/model.js';
import { NerModel } from '../src/extract/ner/index.js';
import { formatReport, score, type ScoreResult } from './score.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const run = promisify(execFile);
const ROOT = resolve(HERE, '..');

/** The evaluation folder beside the repository: KG_EVAL_DIR, else ../shared/eval. */
export function sharedEvalDir(): string {
  return resolve(process.env.KG_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval'));
}

/** The GUM training data beside the repository (../shared/train/gum, or KG_TRAIN_DIR). */
export function trainingDir(): string {
  return resolve(process.env.KG_TRAIN_DIR ?? join(sharedEvalDir(), '..', 'train', 'gum'));
}

/** Runs `npm run train`'s script on the training data into a temporary file; returns the file's text. */
export async function trainNerModelFile(options: { excludeNewsDev?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-ner-'));
  try {
    const out = join(dir, 'ner.json');
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const exclude = options.excludeNewsDev ? ['--exclude-news-dev'] : [];
    await run(process.execPath, [
      tsx,
      join(ROOT, 'scripts', 'train-ner.ts'),
      ...exclude,
      '--quiet',
      '--data',
      trainingDir(),
      '--out',
      out,
    ]);
    return await readFile(out, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A name model trained as the committed one but without the GUM news documents, which are also
 * gum-news-dev: scores on that set are then held out. Undefined (with a warning) without the training data.
 */
export async function heldOutNerModel(): Promise<NerModel | undefined> {
  if (!existsSync(trainingDir())) {
    console.error(
      `eval: no training data at ${trainingDir()}: gum-news-dev is scored with the committed model, which was trained on it.`,
    );
    return undefined;
  }
  return NerModel.parse(await trainNerModelFile({ excludeNewsDev: true }));
}

/** Whether the larger sets are there to be scored. */
export function hasSharedEval(): boolean {
  return existsSync(join(sharedEvalDir(), 'news-dev', 'gold.json'));
}

/** Scores of one set; the graph measures for graph gold, the mention measures for GUM gold. */
export interface SetScore {
  set: string;
  documents: number;
  graph?: ScoreResult;
  mentions?: MentionSummary;
  /** The scorer's full text report, for a failing test or `npm run eval -- --report`. */
  report: string;
}

/** The headline mention measures of score-mentions.mjs, as fractions of 1. */
interface MentionSummary {
  exactLabelledF1: number;
  entitiesF1: number;
  bCubedF1: number;
}

/** A set of articles with graph gold (score.mjs). */
interface GraphSet {
  kind: 'graph';
  name: string;
  articles: string;
  gold: string;
}
/** A set of articles with mention gold (score-mentions.mjs). */
interface MentionSet {
  kind: 'mentions';
  name: string;
  folder: string;
}
export type EvalSet = GraphSet | MentionSet;

export const SEEDS: EvalSet = {
  kind: 'graph',
  name: 'seeds',
  articles: join(ROOT, 'seeds'),
  gold: join(HERE, 'gold', 'seeds.json'),
};

/** The sets of the evaluation folder beside the repository (they exist only when hasSharedEval()). */
export function sharedSets(): EvalSet[] {
  const dir = sharedEvalDir();
  return [
    {
      kind: 'graph',
      name: 'news-dev',
      articles: join(dir, 'news-dev', 'articles'),
      gold: join(dir, 'news-dev', 'gold.json'),
    },
    { kind: 'mentions', name: 'gum-news-dev', folder: join(dir, 'gum-news-dev') },
  ];
}

/** Extracts a set's articles as `kg extract` does and scores them against its gold. */
export async function scoreSet(set: EvalSet, options: ExtractOptions = {}): Promise<SetScore> {
  return scoreArticles(set, await extractSet(set, options));
}

/**
 * Scores a set as extracted, then with a corrections log applied to each article's graph before the
 * graphs are merged, as a store holding the log would store them (`npm run eval -- --with-corrections`).
 */
export async function scoreSetCorrected(
  set: EvalSet,
  options: ExtractOptions,
  log: readonly Correction[],
): Promise<[extracted: SetScore, corrected: SetScore]> {
  const articles = await extractSet(set, options);
  return [
    await scoreArticles(set, articles),
    await scoreArticles(
      set,
      articles.map((a) => applyCorrections(a, log)),
    ),
  ];
}

async function extractSet(set: EvalSet, options: ExtractOptions): Promise<ArticleGraph[]> {
  const source = set.kind === 'graph' ? set.articles : join(set.folder, 'text');
  const { date, ...extractOptions } = options;
  return (await extractPaths([source], { date }, extractOptions)).articles;
}

async function scoreArticles(set: EvalSet, articles: readonly ArticleGraph[]): Promise<SetScore> {
  const graph = mergeArticleGraphs(articles);
  if (set.kind === 'graph') {
    const result = score(JSON.parse(await readFile(set.gold, 'utf8')), graph);
    return { set: set.name, documents: articles.length, graph: result, report: formatReport(result) };
  }
  return { set: set.name, documents: articles.length, ...(await scoreMentions(set.folder, graph)) };
}

/** Runs score-mentions.mjs (a command-line scorer) on a predicted graph; returns its headline measures. */
async function scoreMentions(folder: string, graph: unknown): Promise<{ mentions: MentionSummary; report: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-eval-'));
  try {
    const pred = join(dir, 'pred.json');
    await writeFile(pred, JSON.stringify(graph));
    const scorer = join(HERE, 'score-mentions.mjs');
    const args = [scorer, '--pred', pred, '--gold', folder];
    const [json, text] = await Promise.all([run(process.execPath, [...args, '--json']), run(process.execPath, args)]);
    const result = JSON.parse(json.stdout) as MentionJson;
    const mentions = {
      exactLabelledF1: result.a_exact_labelled.micro.f,
      entitiesF1: result.c_entities.micro.f,
      bCubedF1: result.d_clustering.b_cubed.f,
    };
    return { mentions, report: text.stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The part of score-mentions.mjs --json that is read here (fractions of 1). */
interface MentionJson {
  a_exact_labelled: { micro: { f: number } };
  c_entities: { micro: { f: number } };
  d_clustering: { b_cubed: { f: number } };
}
