import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom as random } from '../../src/graph/random.js';
import { EmbeddedStore, type Snapshot } from '../../src/store/embedded.js';
import { KG, newsArticle, requireBuild, runKg } from '../cli/run-kg.js';

jest.setTimeout(120_000);

const ARTICLES = 120;

interface KilledRun {
  done: string[];
  killed: boolean;
}

/** Runs `kg ingest --report` and kills it with SIGKILL after `afterDone` articles are reported done (or `afterMs`). */
function ingestAndKill(
  folder: string,
  store: string,
  kill: { afterDone?: number; afterMs?: number },
): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [KG, 'ingest', folder, '--data', store, '--report', '--no-progress', '--flush-interval', '0'],
      {
        env: { ...process.env, KG_STORE: 'embedded' },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const done: string[] = [];
    let killed = false;
    let rest = '';
    const killNow = (): void => {
      if (!killed && child.exitCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const timer = kill.afterMs !== undefined ? setTimeout(killNow, kill.afterMs) : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, , article] = line.split(' ');
        if (kind === 'done' || kind === 'duplicate') done.push(article);
      }
      if (kill.afterDone !== undefined && done.length >= kill.afterDone) killNow();
    });
    child.on('error', reject);
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve({ done, killed });
    });
  });
}

let root: string;
let folder: string;

beforeAll(() => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-crash-'));
  folder = join(root, 'articles');
  mkdirSync(folder);
  for (let i = 0; i < ARTICLES; i += 1)
    writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), newsArticle(i));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('kg ingest killed with SIGKILL', () => {
  const seed = Number(process.env.KG_CRASH_SEED ?? Date.now() % 1_000_000);
  const next = random(seed);

  it.each([0, 1, 2, 3, 4, 5])(
    `keeps every article reported done (trial %i, seed ${seed})`,
    async (trial) => {
      const store = join(root, `store-${trial}.json`);
      if (trial % 2 === 1) {
        expect(
          (
            await runKg([
              'ingest',
              join(folder, '0000.txt'),
              join(folder, '0001.txt'),
              '--data',
              store,
              '--no-progress',
            ])
          ).code,
        ).toBe(0);
      }
      const kill =
        trial === 0 ? { afterMs: Math.floor(next() * 400) } : { afterDone: 1 + Math.floor(next() * (ARTICLES - 20)) };
      const run = await ingestAndKill(folder, store, kill);
      const opened = await EmbeddedStore.open({ path: store });
      const present = new Set((await opened.dump()).articles.map((a) => a.id));
      const lost = run.done.filter((id) => !present.has(id));
      expect({ seed, trial, kill, lost }).toEqual({ seed, trial, kill, lost: [] });

      const resumed = await runKg(['ingest', folder, '--data', store, '--no-progress']);
      expect(resumed.code).toBe(0);
      expect((await (await EmbeddedStore.open({ path: store })).stats()).articles).toBe(ARTICLES);
    },
    120_000,
  );
});

describe('the store file while kg ingest writes it', () => {
  it('is always a whole snapshot, and never loses articles from one read to the next', async () => {
    const store = join(root, 'watched.json');
    const child = spawn(
      process.execPath,
      [KG, 'ingest', folder, '--data', store, '--no-progress', '--flush-interval', '0'],
      {
        env: { ...process.env, KG_STORE: 'embedded' },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let running = true;
    void exited.then(() => {
      running = false;
    });
    const counts: number[] = [];
    while (running) {
      if (existsSync(store)) {
        const snapshot = JSON.parse(readFileSync(store, 'utf8')) as Snapshot;
        const articles = new Set(snapshot.articles.map((a) => a.id));
        for (const node of snapshot.graph.nodes) {
          for (const m of node.attributes?.mentions ?? []) expect(articles.has(m.article)).toBe(true);
        }
        for (const s of snapshot.statements) expect(articles.has(s.article)).toBe(true);
        counts.push(articles.size);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await exited).toBe(0);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect((await (await EmbeddedStore.open({ path: store })).stats()).articles).toBe(ARTICLES);
  }, 120_000);
});
