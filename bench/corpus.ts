/**
 * Deterministic generator of news articles for the benchmarks: `generateCorpus({ seed, count })`
 * always returns the same articles for the same seed. Articles are written from templates of news
 * sentences over a made-up cast (people combined from name parts, organisations combined from
 * words, real countries from world-countries), with datelines, quotes, meetings, sanctions and
 * support statements, hedges and denials, and page furniture.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticle, type GeneratedArticle } from './corpus/article.js';
import { buildWorld, type World } from './corpus/world.js';

export type { GeneratedArticle } from './corpus/article.js';
export { buildWorld, type World } from './corpus/world.js';

export interface CorpusOptions {
  /** Any 32-bit number; the same seed gives the same corpus. Default 1. */
  seed?: number;
  count: number;
  /** Index of the first article (a corpus of 100 from 900 continues one of 900). Default 0. */
  offset?: number;
}

/** Generates `count` articles from a seed; article i is the same whatever the count. */
export function generateCorpus(
  options: CorpusOptions,
  world: World = buildWorld(options.seed ?? 1),
): GeneratedArticle[] {
  if (!Number.isInteger(options.count) || options.count < 0) {
    throw new RangeError(`generateCorpus: count must be a whole number ≥ 0, got ${options.count}.`);
  }
  const seed = options.seed ?? 1;
  const offset = options.offset ?? 0;
  return Array.from({ length: options.count }, (_, i) => generateArticle(world, seed, offset + i));
}

/** Writes generated articles as .txt files into a folder (for `kg ingest` and other tools). */
export async function writeCorpus(directory: string, articles: readonly GeneratedArticle[]): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const paths: string[] = [];
  for (const [i, article] of articles.entries()) {
    const path = join(directory, `${String(i).padStart(6, '0')}.txt`);
    await writeFile(path, article.input.text);
    paths.push(path);
  }
  return paths;
}
