/**
 * Quality on the larger evaluation sets beside the repository (../shared/eval, or KG_EVAL_DIR):
 * news-dev (graph gold) and gum-news-dev (named-entity gold). A user's clone has no such folder: the
 * tests are then skipped with a message. Under CI (CI=true) the folder must be there: its absence fails.
 */
import { hasSharedEval, heldOutNerModel, scoreSet, sharedEvalDir, sharedSets, type SetScore } from '../../eval/sets.js';
import { FLOORS } from '../../eval/floors.js';

const present = hasSharedEval();
const underCi = process.env.CI === 'true';

if (!present && !underCi) {
  console.warn(
    `quality-shared: skipped, no evaluation folder at ${sharedEvalDir()} (set KG_EVAL_DIR to score news-dev and gum-news-dev).`,
  );
}

describe('the evaluation folder', () => {
  (underCi ? it : it.skip)('is there under CI', () => {
    expect(present).toBe(true);
  });
});

(present ? describe : describe.skip)('quality on the evaluation folder', () => {
  const scores = new Map<string, SetScore>();
  beforeAll(async () => {
    const heldOut = await heldOutNerModel();
    for (const set of sharedSets())
      scores.set(set.name, await scoreSet(set, set.name === 'gum-news-dev' && heldOut ? { ner: heldOut } : {}));
  });

  it('keeps news-dev at or above its floors', () => {
    const scored = scores.get('news-dev')!;
    const floors = FLOORS['news-dev'];
    const summary = scored.graph!.summary;
    if (summary.entityF1 < floors.entityF1 || summary.coreRelationF1 < floors.coreRelationF1)
      console.log(scored.report);
    expect(summary.entityF1).toBeGreaterThanOrEqual(floors.entityF1);
    expect(summary.coreRelationF1).toBeGreaterThanOrEqual(floors.coreRelationF1);
    expect(summary.extendedRelationF1).toBeGreaterThanOrEqual(floors.extendedRelationF1);
  });

  it('keeps gum-news-dev at or above its floors', () => {
    const scored = scores.get('gum-news-dev')!;
    const floors = FLOORS['gum-news-dev'];
    const m = scored.mentions!;
    if (m.exactLabelledF1 < floors.exactLabelledF1) console.log(scored.report);
    expect(m.exactLabelledF1).toBeGreaterThanOrEqual(floors.exactLabelledF1);
    expect(m.entitiesF1).toBeGreaterThanOrEqual(floors.entitiesF1);
    expect(m.bCubedF1).toBeGreaterThanOrEqual(floors.bCubedF1);
  });
});
