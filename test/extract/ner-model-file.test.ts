/**
 * The committed model is what `npm run train` builds from the training data and the current features:
 * a change to the features or to the word lists they read (gazetteer.ts, lexicon.ts) must come with a
 * retrained models/ner.json. Needs ../shared/train/gum (skipped with a message without it; under CI its
 * absence fails, as for the other tests on the shared data).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'train', 'gum');
const present = existsSync(DATA);
const underCi = process.env.CI === 'true';
if (!present && !underCi) console.warn(`ner-model-file: skipped, no training data at ${DATA}.`);

describe('models/ner.json', () => {
  (present || underCi ? it : it.skip)(
    'is byte for byte what npm run train builds now',
    async () => {
      expect(present).toBe(true);
      const dir = await mkdtemp(join(tmpdir(), 'newsgraph-train-'));
      try {
        const out = join(dir, 'ner.json');
        const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
        await promisify(execFile)(process.execPath, [
          tsx,
          join(ROOT, 'scripts', 'train-ner.ts'),
          '--quiet',
          '--data',
          DATA,
          '--out',
          out,
        ]);
        const committed = readFileSync(join(ROOT, 'models', 'ner.json'), 'utf8');
        expect((await readFile(out, 'utf8')) === committed).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
