/**
 * Entity quality on the seed articles, scored with the project's scorer and reference graph in
 * ../shared/eval (beside the repository, as in CI). Fails when entity micro F1 drops below 0.90.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeArticleGraphs } from '../../src/cli/extract.js';
import { extractCorpus } from '../../src/extract/index.js';

interface LabelScore {
  f1: number;
  duplicates: number;
}
interface EntityScore {
  summary: { entityF1: number };
  entities: { byLabel: Record<string, LabelScore>; micro: LabelScore };
  forbidden: { entities: unknown[] };
}
interface Scorer {
  score(gold: unknown, pred: unknown): EntityScore;
  formatReport(result: EntityScore): string;
}

const SHARED = resolve(process.cwd(), '../shared/eval');
const SEEDS = join(process.cwd(), 'seeds');

describe('entity quality on the seeds', () => {
  let result: EntityScore;
  let report = '';

  beforeAll(async () => {
    const scorerPath = join(SHARED, 'score.mjs');
    if (!existsSync(scorerPath)) throw new Error(`the scorer is missing at ${scorerPath}: check out the shared folder beside the repository`);
    const scorer = (await import(pathToFileURL(scorerPath).href)) as Scorer;
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    const graphs = extractCorpus(files.map((f) => ({ text: readFileSync(join(SEEDS, f), 'utf8'), path: join(SEEDS, f) })), { date: '2022-09-15' });
    const gold = JSON.parse(readFileSync(join(SHARED, 'gold/seeds.json'), 'utf8')) as unknown;
    result = scorer.score(gold, mergeArticleGraphs(graphs));
    report = scorer.formatReport(result);
  });

  it('has entity micro F1 of at least 0.90', () => {
    if (result.summary.entityF1 < 0.9) console.log(report);
    expect(result.summary.entityF1).toBeGreaterThanOrEqual(0.9);
  });

  it('has Person, Country and Organization F1 of at least 0.90 and Event F1 of at least 0.80', () => {
    const f1 = Object.fromEntries(Object.entries(result.entities.byLabel).map(([label, s]) => [label, s.f1]));
    expect(f1.Person).toBeGreaterThanOrEqual(0.9);
    expect(f1.Country).toBeGreaterThanOrEqual(0.9);
    expect(f1.Organization).toBeGreaterThanOrEqual(0.9);
    expect(f1.Event).toBeGreaterThanOrEqual(0.8);
  });

  it('finds nothing from page furniture and no duplicate of one entity', () => {
    expect(result.forbidden.entities).toEqual([]);
    expect(result.entities.micro.duplicates).toBe(0);
  });
});
