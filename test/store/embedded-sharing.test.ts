import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { StoreLockedError } from '../../src/store/file-lock.js';
import { fixtureArticles } from './fixtures.js';

const f = fixtureArticles();

let folder: string;
let path: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-sharing-'));
  path = join(folder, 'graph.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The id of a process that ran on this machine and has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

async function articleIds(): Promise<string[]> {
  return (await (await EmbeddedStore.open({ path })).dump()).articles.map((a) => a.id).sort();
}

describe('one store file, several writers', () => {
  it('a writer never overwrites what another wrote since it read the file: it reads it again under the lock and adds its own changes', async () => {
    const first = await EmbeddedStore.open({ path });
    const second = await EmbeddedStore.open({ path });
    const third = await EmbeddedStore.open({ path });
    await first.ingest(f.samarkand);
    await first.flush();
    await second.ingest(f.kyiv);
    await second.flush();
    expect(await articleIds()).toEqual([f.samarkand.article.id, f.kyiv.article.id].sort());
    // The second store now serves both; the third's additions and deletions are made again on the file.
    expect((await second.stats()).articles).toBe(2);
    await third.ingest(f.samarkand);
    await third.ingest(f.kremlin);
    expect((await third.deleteArticle(f.samarkand.article.id)).found).toBe(true);
    await third.flush();
    expect(await articleIds()).toEqual([f.kyiv.article.id, f.kremlin.article.id].sort());
    expect((await third.stats()).articles).toBe(2);
  });

  it('waits for a live writer and then names it in a StoreLockedError', async () => {
    const store = await EmbeddedStore.open({ path, lockWait: { timeoutMs: 200, pollMs: 20 } });
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = sleeper.pid!;
    try {
      await writeFile(`${path}.lock`, JSON.stringify({ pid, host: hostname(), since: '2024-01-01T00:00:00Z' }));
      await store.ingest(f.samarkand);
      const failure = store.flush();
      await expect(failure).rejects.toThrow(StoreLockedError);
      await expect(failure).rejects.toThrow(
        new RegExp(`being written by process ${pid} on ${hostname()}.*remove .*graph\\.json\\.lock`),
      );
    } finally {
      sleeper.kill();
    }
  });

  it('takes over the lock of a writer that died on this machine', async () => {
    await writeFile(
      `${path}.lock`,
      JSON.stringify({ pid: deadPid(), host: hostname(), since: '2024-01-01T00:00:00Z' }),
    );
    const store = await EmbeddedStore.open({ path, lockWait: { timeoutMs: 200, pollMs: 20 } });
    await store.ingest(f.samarkand);
    await store.flush();
    expect(await articleIds()).toEqual([f.samarkand.article.id]);
    expect(await readdir(folder)).toEqual(['graph.json']);
  });
});

describe('a write that fails', () => {
  /** Makes the next write of this process fail with ENOSPC: its temporary file leads to /dev/full. */
  async function fullDisk(): Promise<void> {
    await symlink('/dev/full', `${path}.${process.pid}.tmp`);
  }

  it('is rolled back in memory: the article is not served, and sending it again is not a duplicate', async () => {
    const store = await EmbeddedStore.open({ path });
    await store.ingest(f.samarkand);
    await store.flush();
    await fullDisk();
    await store.ingest(f.kremlin);
    await expect(store.flush()).rejects.toThrow(/ENOSPC/);
    expect((await store.getArticles([f.kremlin.article.id]))[0]).toBeNull();
    expect((await store.stats()).articles).toBe(1);
    expect((await store.ingest(f.kremlin)).duplicate).toBe(false);
    await store.flush();
    expect(await articleIds()).toEqual([f.samarkand.article.id, f.kremlin.article.id].sort());
  });

  it('leaves no temporary file behind', async () => {
    const store = await EmbeddedStore.open({ path });
    await fullDisk();
    await store.ingest(f.samarkand);
    await expect(store.flush()).rejects.toThrow(/ENOSPC/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('of a process that was killed leaves temporaries that the next open removes, and only those of dead writers', async () => {
    await mkdir(folder, { recursive: true });
    const dead = deadPid();
    await writeFile(`${path}.${dead}.tmp`, '{"format":"newsgraph/1","articles":[\n');
    await writeFile(`${path}.lock.${dead}.0a1b2c3d`, '{}');
    await writeFile(`${path}.${process.pid}.tmp`, 'mine, in progress');
    await writeFile(join(folder, 'other.json.123.tmp'), 'not ours');
    await EmbeddedStore.open({ path });
    expect((await readdir(folder)).sort()).toEqual([`graph.json.${process.pid}.tmp`, 'other.json.123.tmp']);
  });
});
