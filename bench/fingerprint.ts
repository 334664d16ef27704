/**
 * The extractor's output as one fingerprint, for changes that must not alter behaviour (refactors,
 * speed work): the seeds and 1,000 generated articles, each extracted alone and as one corpus with
 * cross-article resolution, hashed with SHA-256. Run it before and after a change:
 *
 *   npx tsx bench/fingerprint.ts            # prints one hash per mode
 *   npx tsx bench/fingerprint.ts --out F    # also writes the whole output as JSON lines, for a diff
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractArticle, extractCorpus, type ArticleInput } from '../src/extract/index.js';
import { generateCorpus } from './corpus.js';

async function seedInputs(): Promise<ArticleInput[]> {
  const folder = new URL('../seeds/', import.meta.url).pathname;
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (n) => ({ text: await readFile(join(folder, n), 'utf8'), path: `seeds/${n}` })));
}

const inputs = [...(await seedInputs()), ...generateCorpus({ seed: 1, count: 1000 }).map((a) => a.input)];
const alone = inputs.map((input) => JSON.stringify(extractArticle(input)));
const corpus = extractCorpus(inputs).map((graph) => JSON.stringify(graph));
const hash = (lines: string[]): string => createHash('sha256').update(lines.join('\n')).digest('hex');
console.log(`articles ${inputs.length}`);
console.log(`per-article ${hash(alone)}`);
console.log(`corpus      ${hash(corpus)}`);
const out = process.argv.indexOf('--out');
if (out > 0 && process.argv[out + 1]) await writeFile(process.argv[out + 1]!, [...alone, ...corpus].join('\n') + '\n');
