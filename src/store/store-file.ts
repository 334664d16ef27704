import { writeSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_LOCK_WAIT, lockStoreFile, processAlive, type LockWait } from './file-lock.js';

/** One version of the store file; every write replaces the file, so it gets a new inode. */
export interface FileVersion {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The version of a file from its stat, null for no file. */
export function versionOf(stats: { ino: number; size: number; mtimeMs: number } | null): FileVersion | null {
  return stats ? { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs } : null;
}

async function currentVersion(path: string): Promise<FileVersion | null> {
  try {
    return versionOf(await stat(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function sameVersion(a: FileVersion | null, b: FileVersion | null): boolean {
  return a === null || b === null ? a === b : a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Makes a rename in a folder durable (fsync of the folder; a no-op where folders cannot be opened). */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR' || (error as NodeJS.ErrnoException).code === 'EPERM') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The temporary file a process writes the store file to before renaming it into place. */
function temporaryOf(path: string, pid: number): string {
  return `${path}.${pid}.tmp`;
}

/**
 * Writes a temporary file with `write` and renames it over the store file. The temporary is removed
 * when anything fails (a full disk, a read-only folder), so that failures leave nothing behind.
 */
async function writeThenRename(path: string, write: (fd: number) => void): Promise<void> {
  const temporary = temporaryOf(path, process.pid);
  try {
    const file = await open(temporary, 'w');
    try {
      write(file.fd);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Writes a small file atomically (a temporary file, fsync, rename over the old one, fsync of the folder):
 * a reader, or a process started after a crash, sees the old content or the new, never a mix. For files
 * one process writes, such as `kg watch`'s state; the store file itself goes through replaceStoreFile.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const bytes = Buffer.from(text, 'utf8');
  await writeThenRename(path, (fd) => {
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
  });
}

/**
 * Replaces the store file under its exclusive lock. When the file is no longer the version this
 * process read or last wrote (`expected`, null for none), another process wrote it meanwhile:
 * `merge` is called first, still under the lock, to read it again and add this process's changes to
 * it, so that several processes may share one file and none overwrites what another wrote. `write`
 * writes the whole content, synchronously, to the open temporary file. Returns the version written.
 */
export async function replaceStoreFile(
  path: string,
  expected: FileVersion | null,
  merge: () => Promise<void>,
  write: (fd: number) => void,
  wait: LockWait = DEFAULT_LOCK_WAIT,
): Promise<FileVersion | null> {
  await mkdir(dirname(path), { recursive: true });
  const lock = await lockStoreFile(path, wait);
  try {
    if (!sameVersion(await currentVersion(path), expected)) await merge();
    await writeThenRename(path, write);
    return await currentVersion(path);
  } finally {
    await lock.release();
  }
}

/**
 * Removes the temporary files that writers of this store file left when they were killed or crashed:
 * those of processes that no longer run on this machine. Nothing is removed while a process of another
 * machine holds the lock, since its process ids mean nothing here.
 */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const folder = dirname(path);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  try {
    const owner = JSON.parse(await readFile(`${path}.lock`, 'utf8')) as { host?: unknown };
    if (owner.host !== hostname()) return [];
  } catch {
    // No lock (or one of no known owner): every writer of this machine is accounted for by its pid.
  }
  const prefix = `${basename(path)}.`;
  const removed: string[] = [];
  for (const name of names) {
    // `<file>.<pid>.tmp`, and the drafts of lock files, `<file>.lock.<pid>.<random>` (see file-lock.ts).
    const match = name.startsWith(prefix)
      ? /^(?:(\d+)\.tmp|lock\.(\d+)\.[0-9a-f]{8})$/.exec(name.slice(prefix.length))
      : null;
    if (!match || processAlive(Number(match[1] ?? match[2]))) continue;
    await unlink(join(folder, name)).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
