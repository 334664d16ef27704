import { readFile } from 'node:fs/promises';
import { lockStoreFile, StoreLockedError, type FileLock } from '../store/file-lock.js';
import { writeFileAtomically } from '../store/store-file.js';
import { WatchStateError } from './errors.js';
import type { FeedItem } from './feeds.js';
import type { Validators } from './fetcher.js';

/** The format tag of a state file. */
const STATE_FORMAT = 'newsgraph-watch/1';

/** What became of an item, once final. */
export interface SeenItem {
  url: string;
  outcome: 'done' | 'duplicate' | 'failed' | 'skipped';
  /** The article's content id (done, duplicate). */
  article?: string;
  /** Why it failed or was skipped. */
  reason?: string;
  /** A folder's file: its size and modification time when it was read; a change reads it again. */
  signature?: string;
  /** When it became final (ISO time). */
  at: string;
}

/** An item found but not yet final: new, or failed in a way that may pass (retried next round). */
export interface QueuedItem extends FeedItem {
  /** Failed attempts so far. */
  attempts: number;
  lastError?: string;
}

/** What the watcher keeps about one source: a feed, a sitemap, or a folder. */
export interface SourceState extends Validators {
  kind?: 'feed' | 'sitemap' | 'sitemap-index' | 'folder';
  /** The feed's title: the articles' source when their page names none. */
  title?: string;
  /** A sitemap index's sitemaps, checked each round even when the index is not modified. */
  sitemaps?: string[];
  /** When the source was last checked (ISO time). */
  checkedAt?: string;
  /** Items that are final, by key (guid, Atom id, address, or file path). */
  items: Record<string, SeenItem>;
  /** Items still to fetch, by key. */
  queue: Record<string, QueuedItem>;
}

interface StateFile {
  format: typeof STATE_FORMAT;
  sources: Record<string, SourceState>;
  /** Every address an article was found at (item link, address after redirects, canonical address) → content id. */
  urls: Record<string, string>;
}

/**
 * `kg watch`'s memory between rounds and across restarts, in one JSON file written atomically: per
 * source its validators (ETag, Last-Modified), the items seen with what became of them, the items
 * still to fetch; per address the content id of the article found there. An item is recorded as done
 * only after the store has made its article durable, so a restart re-ingests nothing.
 */
export class WatchState {
  private constructor(
    readonly path: string,
    private readonly data: StateFile,
  ) {}

  /** Reads the state file; a missing file is an empty state. Throws WatchStateError for a file that is not one. */
  static async load(path: string): Promise<WatchState> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return new WatchState(path, { format: STATE_FORMAT, sources: {}, urls: {} });
      throw new WatchStateError(`The watch state file ${path} cannot be read: ${(error as Error).message}`, {
        cause: error,
      });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new WatchStateError(
        `The watch state file ${path} is not valid JSON (${(error as Error).message}); move it away to start afresh (every item is then fetched again, and articles already stored are reported as duplicates).`,
        { cause: error },
      );
    }
    const file = data as Partial<StateFile> | null;
    if (
      typeof file !== 'object' ||
      file === null ||
      file.format !== STATE_FORMAT ||
      typeof file.sources !== 'object' ||
      typeof file.urls !== 'object'
    ) {
      throw new WatchStateError(
        `${path} is not a kg watch state file (no "format": "${STATE_FORMAT}"); give another --state file.`,
      );
    }
    return new WatchState(path, file as StateFile);
  }

  /** The state of a source (created empty on first use). */
  source(key: string): SourceState {
    const existing = this.data.sources[key];
    if (existing) return existing;
    const created: SourceState = { items: {}, queue: {} };
    this.data.sources[key] = created;
    return created;
  }

  /** The content id of the article found at an address, if any. */
  articleAt(url: string): string | undefined {
    return Object.hasOwn(this.data.urls, url) ? this.data.urls[url] : undefined;
  }

  /** Records that the article was found at these addresses. */
  recordArticle(urls: Iterable<string | undefined>, article: string): void {
    for (const url of urls) if (url !== undefined) this.data.urls[url] = article;
  }

  /** Writes the state atomically (temporary file, fsync, rename). */
  async save(): Promise<void> {
    await writeFileAtomically(this.path, `${JSON.stringify(this.data, null, 1)}\n`);
  }
}

/**
 * Takes the state file's lock (`<file>.lock`, as the embedded store's) for as long as one watcher uses
 * it: two watchers on one state file would overwrite each other's memory. A lock left by a process of
 * this machine that no longer runs is taken over. Throws WatchStateError when another watcher holds it.
 */
export async function lockState(path: string): Promise<FileLock> {
  try {
    return await lockStoreFile(path, { timeoutMs: 0, pollMs: 0 });
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    throw new WatchStateError(
      `The watch state file ${path} is in use by another kg watch that is still running; give this one its own --state file, or stop the other. If none runs, remove ${path}.lock.`,
      { cause: error },
    );
  }
}
