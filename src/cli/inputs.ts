import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArticleInput } from '../extract/types.js';

/** A file that could not be read as an article, and why. */
export interface InputFailure {
  path: string;
  reason: string;
}

/** The article files under the given paths: files as given, folders searched recursively for .txt. */
export async function collectArticleFiles(paths: readonly string[]): Promise<{ files: string[]; failures: InputFailure[] }> {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failures.push({ path, reason: `cannot open it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) await visit(join(path, entry), false);
    } else if (explicit || path.endsWith('.txt')) {
      files.push(path);
    }
  };
  for (const path of paths) await visit(resolve(path), true);
  return { files: [...new Set(files)], failures };
}

/** Reads one article file. */
export async function readArticleFile(path: string, options: { date?: string } = {}): Promise<ArticleInput> {
  const text = await readFile(path, 'utf8');
  return { text, path, publishedAt: options.date };
}
