/**
 * Relation quality on the seed articles, scored with the repository's scorer and reference graph in
 * eval/ (see eval/sets.ts); the larger sets are scored in test/eval/quality-shared.test.ts.
 */
import { FLOORS } from '../../eval/floors.js';
import { scoreSeeds, type ScoreResult } from './seed-score.js';

describe('relation quality on the seeds', () => {
  let result: ScoreResult;
  let report = '';
  beforeAll(async () => {
    ({ result, report } = await scoreSeeds());
  });

  it('keeps core (MET_WITH, SAID, SUPPORTS, SANCTIONS) and extended relation micro F1 at or above their floors', () => {
    const { coreRelationF1, extendedRelationF1 } = result.summary;
    if (coreRelationF1 < FLOORS.seeds.coreRelationF1 || extendedRelationF1 < FLOORS.seeds.extendedRelationF1)
      console.log(report);
    expect(coreRelationF1).toBeGreaterThanOrEqual(FLOORS.seeds.coreRelationF1);
    expect(extendedRelationF1).toBeGreaterThanOrEqual(FLOORS.seeds.extendedRelationF1);
  });

  it('asserts no forbidden relation (negated facts, page furniture)', () => {
    expect(result.forbidden.relations).toEqual([]);
  });
});
