/**
 * Relation quality on the seed articles, scored with the project's scorer and reference graph in
 * ../shared/eval. Quality on unseen articles is measured outside the repository.
 */
import { scoreSeeds, type ScoreResult } from './seed-score.js';

describe('relation quality on the seeds', () => {
  let result: ScoreResult;
  let report = '';
  beforeAll(async () => {
    ({ result, report } = await scoreSeeds());
  });

  it('core relation micro F1 (MET_WITH, SAID, SUPPORTS, SANCTIONS) is at least 0.75', () => {
    if (result.summary.coreRelationF1 < 0.75) console.log(report);
    expect(result.summary.coreRelationF1).toBeGreaterThanOrEqual(0.75);
  });

  it('asserts no forbidden relation (negated facts, page furniture)', () => {
    expect(result.forbidden.relations).toEqual([]);
  });
});
