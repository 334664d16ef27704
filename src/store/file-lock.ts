import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { StoreError } from './errors.js';

/**
 * The store file is being written by another process that is still running: this one waited for it
 * and gave up. The message names the process.
 */
export class StoreLockedError extends StoreError {}

/** Who holds a lock: written into the lock file, so that another process can tell whether it is stale. */
interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ISO time), for the error message. */
  since: string;
}

/** How long to wait for another writer, and how often to look. */
export interface LockWait {
  timeoutMs: number;
  pollMs: number;
}

/** A write of the store file takes a moment; waiting up to 30 s covers large files on slow disks. */
export const DEFAULT_LOCK_WAIT: LockWait = { timeoutMs: 30_000, pollMs: 25 };

/** True when a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since) }
      : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Unreadable or not JSON: not written by a lock of ours (ours appear whole, see tryLock).
    return { pid: -1, host: '?', since: '?' };
  }
}

/** True for a lock whose owner is known to be gone: a process of this machine that no longer runs. */
function stale(owner: LockOwner): boolean {
  return owner.host === hostname() && owner.pid > 0 && owner.pid !== process.pid && !processAlive(owner.pid);
}

/**
 * Takes the lock if it is free or stale; returns the owner that holds it otherwise. The lock file
 * appears whole or not at all: its content is written to a file of our own, then linked to the lock's
 * name, which fails when the name exists.
 */
async function tryLock(lockPath: string): Promise<LockOwner | undefined> {
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const draft = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, JSON.stringify(mine));
  try {
    for (;;) {
      try {
        await link(draft, lockPath);
        return undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = await readOwner(lockPath);
      if (owner && !stale(owner)) return owner;
      // Gone meanwhile, or left by a process that died: take it over.
      await unlink(lockPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

/** An exclusive lock on a store file, held while it is written: `<file>.lock`. */
export interface FileLock {
  release(): Promise<void>;
}

function lockedMessage(path: string, owner: LockOwner, waitedMs: number): string {
  const who =
    owner.pid > 0 ? `process ${owner.pid} on ${owner.host} (since ${owner.since})` : 'a lock file that is not readable';
  return (
    `The store file ${path} is being written by ${who}; waited ${Math.round(waitedMs / 1000)} s. ` +
    `Try again once it is done. If no such process runs, remove ${path}.lock.`
  );
}

/**
 * Takes the exclusive lock of a store file, waiting while another live process holds it. A lock left
 * by a process of this machine that no longer runs (killed, crashed) is taken over; one held from
 * another machine is never assumed stale.
 */
export async function lockStoreFile(path: string, wait: LockWait = DEFAULT_LOCK_WAIT): Promise<FileLock> {
  const lockPath = `${path}.lock`;
  const started = Date.now();
  for (;;) {
    const owner = await tryLock(lockPath);
    if (!owner) break;
    const waited = Date.now() - started;
    if (waited >= wait.timeoutMs) throw new StoreLockedError(lockedMessage(path, owner, waited));
    await new Promise((resolve) => setTimeout(resolve, wait.pollMs));
  }
  return {
    release: async () => {
      const owner = await readOwner(lockPath);
      if (owner?.pid === process.pid && owner.host === hostname()) await unlink(lockPath).catch(() => undefined);
    },
  };
}
