/**
 * The committed model is what `npm run train` builds from the training data and the current features:
 * a change to the features or to the word lists they read (gazetteer.ts, lexicon.ts) must come with a
 * retrained models/ner.json. Needs ../shared/train/gum (skipped with a message without it; under CI its
 * absence fails, as for the other tests on the shared data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { trainingDir, trainNerModelFile } from '../../eval/sets.js';

const present = existsSync(trainingDir());
const underCi = process.env.CI === 'true';
if (!present && !underCi) console.warn(`ner-model-file: skipped, no training data at ${trainingDir()}.`);

describe('models/ner.json', () => {
  (present || underCi ? it : it.skip)(
    'is byte for byte what npm run train builds now',
    async () => {
      expect(present).toBe(true);
      const committed = readFileSync(new URL('../../models/ner.json', import.meta.url), 'utf8');
      expect((await trainNerModelFile()) === committed).toBe(true);
    },
    120_000,
  );
});
