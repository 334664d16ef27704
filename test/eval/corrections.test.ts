import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { goldFromCorrections } from '../../eval/corrections-gold.js';
import { score } from '../../eval/score.mjs';
import { scoreSetCorrected, SEEDS } from '../../eval/sets.js';
import type { Correction } from '../../src/graph/corrections.js';
import { extractPaths } from '../../src/cli/extract.js';
import { REPO } from '../cli/run-kg.js';

const run = promisify(execFile);
const at = '2026-01-01T00:00:00.000Z';

/** A tiny log on the seeds: one fact the gold does not hold rejected, two Places merged. */
const LOG: Correction[] = [
  {
    id: 'c1',
    kind: 'rejectRelation',
    who: 'alice',
    at,
    reason: 'the text does not say he attended',
    relation: {
      type: 'PARTICIPATED_IN',
      source: 'person:kassym-jomart-tokayev',
      target: 'event:sco-summit-in-samarkand',
    },
  },
  {
    id: 'c2',
    kind: 'mergeEntities',
    who: 'bob',
    at,
    into: { id: 'place:central-asia', label: 'Place', name: 'Central Asia' },
    from: { id: 'place:central-asian', label: 'Place', name: 'Central Asian' },
  },
];

describe('corrections as evaluation data', () => {
  it('scores a set as extracted and with the log applied: rejecting a false fact raises the relation F1', async () => {
    const [extracted, corrected] = await scoreSetCorrected(SEEDS, {}, LOG);
    const ext = (s: typeof extracted) => s.graph!.summary.extendedRelationF1!;
    expect(ext(corrected)).toBeGreaterThan(ext(extracted));
    expect(corrected.graph!.summary.entityF1).toBe(extracted.graph!.summary.entityF1);
    expect(corrected.report).not.toContain('PARTICIPATED_IN Kassym-Jomart Tokayev');
    expect(extracted.report).toContain('PARTICIPATED_IN Kassym-Jomart Tokayev');
  });

  it('turns a log into gold items the scorer reads: merged names as aliases, rejected facts forbidden', async () => {
    const undone: Correction = {
      id: 'c3',
      kind: 'confirmRelation',
      who: 'alice',
      at,
      relation: { type: 'HELD_IN', source: 'event:a', target: 'place:b' },
      undone: { who: 'bob', at },
    };
    const gold = goldFromCorrections([...LOG, undone]);
    expect(gold.entities.find((e) => e.id === 'place:central-asia')).toMatchObject({ aliases: ['Central Asian'] });
    expect(gold.relations).toEqual([
      expect.objectContaining({ type: 'PARTICIPATED_IN', forbidden: true, note: 'the text does not say he attended' }),
    ]);
    // The scorer takes it, and finds the rejected fact a forbidden one in the uncorrected prediction.
    const { graph } = await extractPaths([join(REPO, 'seeds')]);
    const result = score(gold, graph);
    expect(JSON.stringify(result.forbidden)).toContain('PARTICIPATED_IN');
  });

  it('npm run eval -- --with-corrections prints the scores without, with, and their difference', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'eval-corrections-'));
    try {
      const file = join(folder, 'log.json');
      await writeFile(file, JSON.stringify(LOG));
      const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const { stdout } = await run(process.execPath, [tsx, join(REPO, 'eval', 'run.ts'), '--with-corrections', file], {
        // Seeds only, and not under CI's rule that the evaluation folder must be there (eval/run.ts).
        env: { ...process.env, KG_EVAL_DIR: join(folder, 'none'), CI: '' },
      });
      expect(stdout).toMatch(/\| seeds \| both \+ corrections \|/);
      expect(stdout).toMatch(/\| seeds \| Δ corrections +\| +5 \| +\+0\.000 \| +\+0\.000 \| +\+0\.0[1-9]\d \|/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
