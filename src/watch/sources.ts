import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../config.js';

/** What `kg watch` follows: a feed or sitemap address (told apart by what it serves), or a local folder. */
export type WatchSource = { kind: 'url'; url: string } | { kind: 'folder'; path: string };

/** The key of a source in the state file: its address, or its folder's absolute path. */
export function sourceKey(source: WatchSource): string {
  return source.kind === 'url' ? source.url : source.path;
}

/**
 * Reads one `kg watch` argument: an http(s) address (an RSS or Atom feed, a sitemap or sitemap index)
 * or an existing folder. Throws ConfigError naming the argument otherwise.
 */
export async function parseWatchSource(arg: string): Promise<WatchSource> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    let url: URL;
    try {
      url = new URL(arg);
    } catch {
      throw new ConfigError(`"${arg}" is not a valid address; give a feed or sitemap URL, or a folder.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new ConfigError(
        `"${arg}" is a ${url.protocol} address; kg watch follows http and https feeds, or folders.`,
      );
    url.hash = '';
    return { kind: 'url', url: url.href };
  }
  const path = resolve(arg);
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw new ConfigError(`"${arg}" is neither an http(s) address nor an existing folder.`);
  }
  if (!isFolder)
    throw new ConfigError(`"${arg}" is a file; kg watch follows folders (use kg ingest for single files).`);
  return { kind: 'folder', path };
}
