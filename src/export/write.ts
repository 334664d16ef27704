import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportRequestError } from './errors.js';
import type { ExportFile } from './index.js';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Writes export files where the user asked: one file to `out` (or into `out` when it is a folder) or
 * to stdout without `out`; several files (csv) into the folder `out`, created if missing.
 * Resolves to the paths written (none for stdout).
 */
export async function writeExportFiles(
  files: readonly ExportFile[],
  out: string | undefined,
  stdout: (text: string) => void,
): Promise<string[]> {
  if (files.length === 1 && out === undefined) {
    stdout(files[0].content);
    return [];
  }
  if (files.length === 1 && out !== undefined && !out.endsWith('/') && !(await isDirectory(out))) {
    await writeFile(out, files[0].content);
    return [out];
  }
  if (out === undefined || (files.length > 1 && /\.[a-z0-9]{1,5}$/i.test(out) && !(await isDirectory(out)))) {
    throw new ExportRequestError(
      `This format writes ${files.map((f) => f.name).join(' and ')}: pass --out <folder> to write them into a folder.`,
    );
  }
  await mkdir(out, { recursive: true });
  const paths = files.map((f) => join(out, f.name));
  await Promise.all(files.map((f, i) => writeFile(paths[i], f.content)));
  return paths;
}
