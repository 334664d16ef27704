/**
 * Entity quality on the seed articles, scored with the repository's scorer and reference graph in
 * eval/ (see eval/sets.ts). Fails when entity micro F1 drops below its floor (eval/floors.ts).
 */
import { FLOORS } from '../../eval/floors.js';
import { scoreSeeds, type ScoreResult } from './seed-score.js';

describe('entity quality on the seeds', () => {
  let result: ScoreResult;
  let report = '';

  beforeAll(async () => {
    ({ result, report } = await scoreSeeds({ date: '2022-09-15' }));
  });

  it('keeps entity micro F1 at or above its floor', () => {
    if (result.summary.entityF1 < FLOORS.seeds.entityF1) console.log(report);
    expect(result.summary.entityF1).toBeGreaterThanOrEqual(FLOORS.seeds.entityF1);
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
