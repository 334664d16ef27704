/**
 * Scores the seed articles against the repository's reference graph (eval/gold/seeds.json) with the
 * repository's scorer (eval/score.mjs), for the quality tests.
 */
import { scoreSet, SEEDS } from '../../eval/sets.js';
import type { ScoreResult } from '../../eval/score.mjs';

export type { ScoreResult } from '../../eval/score.mjs';

/** Extracts the seeds and scores them; returns the result and the scorer's printed report. */
export async function scoreSeeds(options: { date?: string } = {}): Promise<{ result: ScoreResult; report: string }> {
  const scored = await scoreSet(SEEDS, options);
  return { result: scored.graph!, report: scored.report };
}
