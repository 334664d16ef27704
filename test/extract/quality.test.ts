/**
 * Extraction quality on the seed articles, scored against the reference graph with the project's
 * scorer (copies of ../shared/eval/score.mjs and gold/seeds.json in test/fixtures/eval, so that CI on
 * a clean clone runs it). Quality on unseen articles is measured outside the repository.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mergeArticleGraphs } from '../../src/cli/extract.js';
import { extractCorpus } from '../../src/extract/index.js';
import { formatReport, score, type ScoreResult } from '../fixtures/eval/score.mjs';

const SEEDS = join(process.cwd(), 'seeds');
const GOLD = join(process.cwd(), 'test/fixtures/eval/gold/seeds.json');

function scoreSeeds(): ScoreResult {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const graphs = extractCorpus(files.map((f) => ({ text: readFileSync(join(SEEDS, f), 'utf8'), path: join(SEEDS, f) })));
  return score(JSON.parse(readFileSync(GOLD, 'utf8')), mergeArticleGraphs(graphs));
}

describe('relation quality on the seeds', () => {
  let result: ScoreResult;
  beforeAll(() => {
    result = scoreSeeds();
  });

  it('core relation micro F1 (MET_WITH, SAID, SUPPORTS, SANCTIONS) is at least 0.75', () => {
    if (result.summary.coreRelationF1 < 0.75) console.log(formatReport(result));
    expect(result.summary.coreRelationF1).toBeGreaterThanOrEqual(0.75);
  });

  it('asserts no forbidden relation (negated facts, page furniture)', () => {
    expect(result.forbidden.relations).toEqual([]);
  });
});
