import { closeSync, constants, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, opendir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import {
  ArticleInputError,
  DEFAULT_MAX_ARTICLE_BYTES,
  decodeArticleBytes,
  tooLargeError,
  type DecodedArticle,
  type DecodeOptions,
} from '../extract/decode.js';
import { cleanArticle } from '../extract/clean.js';
import type { ArticleInput } from '../extract/types.js';

/** A file that could not be read as an article, and why. */
export interface InputFailure {
  path: string;
  reason: string;
}

/** Extensions of the files taken from folders (a file named explicitly is always taken). */
const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm']);

/** One step of a walk: an article file, or a path that could not be opened. */
export type WalkEntry = { path: string; failure?: undefined } | { path: string; failure: string };

/** What a filesystem error means for the user, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist (or is a broken symbolic link); check the path.';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied; check its permissions (chmod) or run as its owner.';
    case 'ELOOP':
      return 'is a loop of symbolic links; fix the link.';
    case 'ENAMETOOLONG':
      return 'has a name that is too long for the filesystem.';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened: too many open files; raise the limit (ulimit -n) and retry.';
    case 'EIO':
      return 'cannot be read: input/output error from the disk; check the device.';
    case 'EISDIR':
      return 'is a folder where a file was expected.';
    default:
      return `cannot be read (${code ?? (error as Error).message}).`;
  }
}

/**
 * Walks the given paths depth-first in name order and yields each article file as it is found:
 * files named explicitly, and files with an article extension under folders. Holds one folder's
 * names at a time, never file contents; follows each folder once (symbolic-link loops end).
 */
export async function* walkArticleFiles(paths: readonly string[]): AsyncGenerator<WalkEntry> {
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();
  async function* visit(path: string, explicit: boolean): AsyncGenerator<WalkEntry> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { path, failure: describeFsError(error) };
      return;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (seenFolders.has(key)) return;
      seenFolders.add(key);
      let names: string[];
      try {
        names = [];
        for await (const entry of await opendir(path)) names.push(entry.name);
      } catch (error) {
        yield { path, failure: `is a folder that ${describeFsError(error)}` };
        return;
      }
      names.sort();
      for (const name of names) {
        if (name.startsWith('.')) continue;
        yield* visit(join(path, name), false);
      }
      return;
    }
    if (!explicit && !ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) return;
    const key = `${info.dev}:${info.ino}`;
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    yield { path };
  }
  for (const path of paths) yield* visit(resolve(path), true);
}

/** Number of entries a walk of the paths yields (a first pass, for progress). */
export async function countArticleFiles(paths: readonly string[]): Promise<number> {
  let count = 0;
  for await (const _ of walkArticleFiles(paths)) count += 1;
  return count;
}

/** The article files under the given paths: files as given, folders searched recursively for .txt and .html. */
export async function collectArticleFiles(
  paths: readonly string[],
): Promise<{ files: string[]; failures: InputFailure[] }> {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  for await (const entry of walkArticleFiles(paths)) {
    if (entry.failure !== undefined) failures.push({ path: entry.path, reason: entry.failure });
    else files.push(entry.path);
  }
  return { files, failures };
}

/** Reads at most `limit` + 1 bytes of an open file. */
async function readBounded(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(256 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** readBounded, blocking: for worker threads, where waiting on the thread pool for each call costs more. */
function readBoundedSync(path: string, limit: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(256 * 1024, limit + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Options for reading an article file. */
export interface ReadArticleOptions extends DecodeOptions {
  /** Publication date, address and source of the articles (--date, --url, --source): they win over what a page or text says. */
  date?: string;
  url?: string;
  source?: string;
  /** Called when an article keeps little text (DecodedArticle.short), with the file and the reason. */
  onShort?: (path: string, reason: string) => void;
}

/** Refuses what is no regular file, or is over the size limit, before reading it. */
function checkFile(path: string, info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new ArticleInputError(path, 'not-a-file', 'is a folder where a file was expected.');
  if (!info.isFile()) {
    throw new ArticleInputError(
      path,
      'not-a-file',
      'is not a regular file (a device, pipe or socket); give article files only.',
    );
  }
  if (info.size > maxBytes) throw tooLargeError(path, info.size, maxBytes);
}

/** A filesystem error while reading a file, as the ArticleInputError that names it. */
function unreadable(path: string, error: unknown): ArticleInputError {
  if (error instanceof ArticleInputError) return error;
  return new ArticleInputError(path, 'unreadable', describeFsError(error), { cause: error });
}

/** The article in a file's bytes: decoded (HTML by its extension), with the options' date, address and source. */
function decodeFile(
  path: string,
  bytes: Buffer,
  options: ReadArticleOptions,
): { input: ArticleInput; decoded: DecodedArticle } {
  const extension = extname(path).toLowerCase();
  const decoded = decodeArticleBytes(bytes, path, {
    ...options,
    html: options.html ?? (extension === '.html' || extension === '.htm'),
  });
  if (decoded.short !== undefined) options.onShort?.(path, decoded.short);
  const input: ArticleInput = {
    text: decoded.text,
    path,
    title: decoded.title,
    publishedAt: options.date ?? decoded.publishedAt,
  };
  const url = options.url ?? decoded.url;
  const source = options.source ?? decoded.source;
  if (url !== undefined) input.url = url;
  if (source !== undefined) input.source = source;
  return { input, decoded };
}

/**
 * Reads one article file: refuses folders, devices and pipes, files over the size limit (without
 * reading them), binary files, invalid UTF-8, empty and non-English text; extracts the article of an
 * HTML page, with its blocks and metadata. Throws an ArticleInputError naming the file and the reason.
 */
async function readDecodedFile(
  path: string,
  options: ReadArticleOptions = {},
): Promise<{ input: ArticleInput; decoded: DecodedArticle }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let bytes: Buffer;
  try {
    checkFile(path, await stat(path), maxBytes);
    bytes = await readBounded(path, maxBytes);
  } catch (error) {
    throw unreadable(path, error);
  }
  return decodeFile(path, bytes, options);
}

/** Reads one article file as the extractor's input (readDecodedFile without the decoding's details). */
export async function readArticleFile(path: string, options: ReadArticleOptions = {}): Promise<ArticleInput> {
  return (await readDecodedFile(path, options)).input;
}

/** readArticleFile, blocking (for a worker thread, which has nothing else to do meanwhile). */
export function readArticleFileSync(path: string, options: ReadArticleOptions = {}): ArticleInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let bytes: Buffer;
  try {
    checkFile(path, statSync(path), maxBytes);
    bytes = readBoundedSync(path, maxBytes);
  } catch (error) {
    throw unreadable(path, error);
  }
  return decodeFile(path, bytes, options).input;
}

/**
 * What the extractor reads of an article (`kg extract --text`): its metadata, then the blocks that
 * page furniture removal (clean.ts) keeps, in order, with their kind.
 */
function describeArticle(path: string, input: ArticleInput, decoded: DecodedArticle): string {
  const cleaned = cleanArticle(input);
  const lines = [`== ${path}`];
  const fields: [string, string | undefined][] = [
    ['title', cleaned.title],
    ['date', cleaned.publishedAt],
    ['url', input.url],
    ['source', input.source],
    ['author', decoded.author],
    ['short', decoded.short],
  ];
  for (const [name, value] of fields) if (value !== undefined) lines.push(`${name}: ${value}`);
  const blocks =
    decoded.blocks ??
    [...decoded.text.matchAll(/[^\n]+/g)].map((m) => ({
      kind: 'paragraph',
      start: m.index,
      end: m.index + m[0].length,
    }));
  for (const block of blocks) {
    const kept = cleaned.paragraphs.find((p) => p.start < block.end && p.end > block.start);
    if (kept)
      lines.push(
        `[${block.kind}] ${decoded.text.slice(Math.max(kept.start, block.start), Math.min(kept.end, block.end))}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** describeArticle of every article file under the paths, and the files that could not be read. */
export async function describePaths(
  paths: readonly string[],
  options: ReadArticleOptions,
): Promise<{ text: string; failures: InputFailure[] }> {
  const { files, failures } = await collectArticleFiles(paths);
  const parts: string[] = [];
  for (const file of files) {
    try {
      const { input, decoded } = await readDecodedFile(file, options);
      parts.push(describeArticle(file, input, decoded));
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      failures.push({ path: file, reason: error.reason });
    }
  }
  return { text: parts.join('\n'), failures };
}
