import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { articlePage, articleParagraphs, rssFeed, TestSite } from '../watch/site.js';
import { KG, requireBuild, runKg } from './run-kg.js';

jest.setTimeout(90_000);

let root: string;
let site: TestSite;

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-cli-watch-'));
  site = await TestSite.start();
  site.serve('/robots.txt', 'User-agent: *\nDisallow:\n', 'text/plain');
  for (let n = 1; n <= 11; n += 1) site.serve(`/a/${n}`, articlePage(60 + n));
  site.serveFeed(
    '/feed.xml',
    rssFeed(
      'CLI Times',
      [1, 2, 3].map((n) => ({ link: `/a/${n}`, guid: `cli-${n}` })),
    ),
    'c1',
  );
  site.serve(
    '/slow.xml',
    rssFeed(
      'Slow Times',
      [4, 5, 6, 7, 8, 9, 10, 11].map((n) => ({ link: `/a/${n}` })),
    ),
    'application/rss+xml',
  );
  site.serve('/failing.xml', rssFeed('Failing', [{ link: '/broken' }]), 'application/rss+xml');
  site.serve('/broken', 'oops', 'text/plain', 500);
});

afterAll(async () => {
  await site.close();
  rmSync(root, { recursive: true, force: true });
});

async function storedUrls(path: string): Promise<string[]> {
  const store = await EmbeddedStore.open({ path });
  return (await store.dump()).articles.map((a) => a.url ?? a.path ?? a.id).sort();
}

describe('kg watch --once', () => {
  it('ingests a feed and a folder once, and nothing on the next run', async () => {
    const folder = join(root, 'inbox');
    mkdirSync(folder);
    writeFileSync(join(folder, 'local.txt'), `${articleParagraphs(70).join('\n\n')}\n`);
    utimesSync(join(folder, 'local.txt'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const data = join(root, 'graph.json');
    const args = ['watch', site.url('/feed.xml'), folder, '--once', '--report', '--no-progress', '--data', data];
    const first = await runKg([...args, '--delay-ms', '0']);
    expect(first.stderr).toMatch(
      /watch round 1: 2 source\(s\) checked \(0 not modified, 0 failed\), 4 new item\(s\): 4 ingested/,
    );
    expect(first.code).toBe(0);
    const done = first.stdout.split('\n').filter((l) => l.startsWith('done '));
    expect(done.map((l) => l.split(' ')[1]!.replace(site.origin, '').replace(folder, '')).sort()).toEqual([
      '/a/1',
      '/a/2',
      '/a/3',
      '/local.txt',
    ]);
    // The state sits beside the store by default.
    expect(existsSync(join(root, 'graph.watch.json'))).toBe(true);
    expect(first.stderr).toMatch(/user agent "newsgraph\/\d+\.\d+\.\d+ \(kg watch; news knowledge-graph builder\)"/);

    const from = site.log.length;
    const second = await runKg([...args, '--delay-ms', '0', '--user-agent', 'cli-test/2.0']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/watch round 1: 2 source\(s\) checked \(1 not modified, 0 failed\), 0 new item\(s\)/);
    expect(site.paths(from)).toEqual(['/robots.txt', '/feed.xml']);
    expect(site.log.slice(from).every((r) => r.headers['user-agent'] === 'cli-test/2.0')).toBe(true);
    expect(await storedUrls(data)).toHaveLength(4);
  });

  it('exits 1 when an item failed, as kg ingest does, and 1 with a message for a bad argument', async () => {
    const state = join(root, 'failing.state.json');
    const run = await runKg([
      'watch',
      site.url('/failing.xml'),
      '--once',
      '--report',
      '--delay-ms',
      '0',
      '--data',
      join(root, 'failing.json'),
      '--state',
      state,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^failed http:\/\/127\.0\.0\.1:\d+\/broken: answered HTTP 500; retried next round\./m);
    expect(existsSync(state)).toBe(true);
    const bad = await runKg(['watch', 'ftp://127.0.0.1/feed.xml', '--once', '--data', join(root, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/kg: "ftp:\/\/127\.0\.0\.1\/feed\.xml" is a ftp: address/);
    const interval = await runKg(['watch', site.url('/feed.xml'), '--interval', '0', '--data', join(root, 'bad.json')]);
    expect(interval.stderr).toMatch(/--interval must be a whole number of seconds ≥ 1, got "0"/);
  });
});

describe('kg watch until SIGTERM', () => {
  it('finishes the article under way, keeps everything reported done, and exits 0', async () => {
    const data = join(root, 'slow.json');
    const child = spawn(
      process.execPath,
      [KG, 'watch', site.url('/slow.xml'), '--report', '--delay-ms', '1000', '--flush-interval', '0', '--data', data],
      { env: { ...process.env, KG_STORE: 'embedded' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let firstDone: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstDone = resolve));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('done ')) firstDone();
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    await started;
    // A second watcher on the same state file is refused while the first runs.
    const second = await runKg(['watch', site.url('/slow.xml'), '--once', '--data', data]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/slow\.watch\.json is in use by another kg watch that is still running/);
    child.kill('SIGTERM');
    const code = await closed;
    expect(stderr).toMatch(/SIGTERM; finishing the article under way/);
    expect(code).toBe(0);
    const reported = stdout.split('\n').filter((l) => l.startsWith('done ')).length;
    const stored = await storedUrls(data);
    expect(reported).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(root, 'slow.watch.json.lock'))).toBe(false);
    expect(stored.length).toBeGreaterThanOrEqual(reported);
    expect(stored.length).toBeLessThan(8);
    const state = JSON.parse(readFileSync(join(root, 'slow.watch.json'), 'utf8')) as {
      sources: Record<string, { queue: Record<string, unknown> }>;
    };
    expect(Object.keys(state.sources[site.url('/slow.xml')]!.queue).length).toBe(8 - stored.length);

    // The next run takes up the rest, and ingests nothing twice.
    const rest = await runKg(['watch', site.url('/slow.xml'), '--once', '--report', '--delay-ms', '0', '--data', data]);
    expect(rest.code).toBe(0);
    expect(rest.stdout.split('\n').filter((l) => l.startsWith('done '))).toHaveLength(8 - stored.length);
    expect(await storedUrls(data)).toHaveLength(8);
  });
});
