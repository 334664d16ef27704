import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { PoliteFetcher } from '../../src/watch/fetcher.js';
import type { WatchSource } from '../../src/watch/sources.js';
import { WatchState } from '../../src/watch/state.js';
import { MAX_ATTEMPTS, watchRound, type RoundSummary, type WatchEvent } from '../../src/watch/watcher.js';
import { articleParagraphs, articlePage, atomFeed, rssFeed, sitemap, TestSite } from './site.js';

jest.setTimeout(60_000);

const UA = 'newsgraph-test/1.0 (kg watch tests)';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-watch-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A watcher as one `kg watch` process has it: a store, a state, a fetcher. */
interface Watcher {
  store: EmbeddedStore;
  state: WatchState;
  fetcher: PoliteFetcher;
  events: WatchEvent[];
}

async function startWatcher(name: string, delayMs = 0): Promise<Watcher> {
  return {
    store: await EmbeddedStore.open({ path: join(root, `${name}.json`) }),
    state: await WatchState.load(join(root, `${name}.watch.json`)),
    fetcher: new PoliteFetcher({ userAgent: UA, delayMs, timeoutMs: 5000 }),
    events: [],
  };
}

async function round(watcher: Watcher, sources: readonly WatchSource[], settleMs = 0): Promise<RoundSummary> {
  watcher.events.length = 0;
  return watchRound(watcher.store, sources, {
    fetcher: watcher.fetcher,
    state: watcher.state,
    onEvent: (event) => watcher.events.push(event),
    flushEveryMs: 0,
    settleMs,
  });
}

/** The events of a round as "kind path" lines, sorted, with the site's origin left out. */
function outcomes(watcher: Watcher, site: TestSite): string[] {
  return watcher.events.map((e) => `${e.kind} ${e.path.replace(site.origin, '')}`).sort();
}

async function storedUrls(path: string): Promise<string[]> {
  const store = await EmbeddedStore.open({ path });
  return (await store.dump()).articles.map((a) => a.url ?? a.id).sort();
}

describe('kg watch rounds against a local site', () => {
  let site: TestSite;
  let watcher: Watcher;
  let sources: WatchSource[];
  let failures = 0;

  const rssItems = [
    { link: '/news/1', guid: 'item-1', title: 'One', date: 'Tue, 05 Mar 2024 22:30:00 -0500' },
    { link: '/news/2', guid: 'item-2', title: 'Two' },
    { link: '/old/3', guid: 'item-3', title: 'Three (moved)' },
    { link: '/news/4', guid: 'item-4', title: 'Four (fails once)' },
    { link: '/private/5', guid: 'item-5', title: 'Five (robots.txt says no)' },
    { link: '/mirror/1', guid: 'item-6', title: 'One again, at another address' },
  ];

  beforeAll(async () => {
    site = await TestSite.start();
    site.serve('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    for (const n of [1, 2, 3, 7, 8, 9]) site.serve(`/news/${n}`, articlePage(n));
    site.serve('/news/10', articlePage(10, { date: '2024-02-01T08:00:00Z', site: 'Test Times Online' }));
    site.serve('/mirror/1', articlePage(1));
    site.serve('/private/5', articlePage(5));
    site.redirect('/old/3', '/news/3');
    site.routes.set('/news/4', (_request, response) => {
      failures += 1;
      if (failures === 1) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('oops');
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(articlePage(4));
      }
    });
    site.serveFeed('/rss.xml', rssFeed('The Test Times: World', rssItems), 'v1');
    // The Atom feed knows no validators: it is fetched in full every round.
    site.serve(
      '/atom.xml',
      atomFeed('Atom Wire', [
        { link: '/news/7', date: '2024-03-04T09:00:00Z' },
        { link: '/news/8', date: '2024-03-05T23:30:00+05:00' },
      ]),
      'application/atom+xml',
    );
    site.serveFeed('/sitemap.xml', sitemap([site.url('/sitemap-news.xml')], true), 's1', 'application/xml');
    site.serveFeed('/sitemap-news.xml', sitemap([site.url('/news/9'), site.url('/news/2')]), 'n1', 'application/xml');
    site.serve('/broken.xml', '<rss version="2.0"><channel><item><title>oops</item></channel>', 'application/rss+xml');
    sources = ['/rss.xml', '/atom.xml', '/sitemap.xml', '/broken.xml'].map((p) => ({ kind: 'url', url: site.url(p) }));
    watcher = await startWatcher('site');
  });

  afterAll(async () => {
    await site.close();
  });

  it('ingests every new item in the first round, each article once', async () => {
    const summary = await round(watcher, sources);
    expect(outcomes(watcher, site)).toEqual([
      'done /news/1',
      'done /news/2',
      'done /news/7',
      'done /news/8',
      'done /news/9',
      'done /old/3',
      'duplicate /mirror/1', // the same text as /news/1: the same content id
      'duplicate /news/2', // in the RSS feed and the sitemap: the same address
      'failed /broken.xml',
      'failed /news/4',
      'skipped /private/5',
    ]);
    expect(summary).toMatchObject({
      sources: 5,
      unchanged: 0,
      sourceFailures: 1,
      newItems: 10,
      ingested: 6,
      duplicates: 2,
      failed: 1,
      skipped: 1,
      queued: 1,
    });
    const stored = await storedUrls(join(root, 'site.json'));
    expect(stored).toEqual(['/news/1', '/news/2', '/news/3', '/news/7', '/news/8', '/news/9'].map((p) => site.url(p)));
  });

  it('reports why a source or an item failed', () => {
    const reasons = Object.fromEntries(
      watcher.events
        .filter((e) => 'reason' in e)
        .map((e) => [e.path.replace(site.origin, ''), 'reason' in e && e.reason]),
    );
    expect(reasons['/broken.xml']).toMatch(/not a well-formed RSS or Atom feed or sitemap/);
    expect(reasons['/news/4']).toMatch(/answered HTTP 500; retried next round\. \(attempt 1 of 5\)/);
    expect(reasons['/private/5']).toMatch(/robots\.txt/);
  });

  it('sends the user agent, asks for robots.txt once, and never requests what robots.txt disallows', () => {
    expect(site.log.every((r) => r.headers['user-agent'] === UA)).toBe(true);
    expect(site.paths().filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(site.paths()).not.toContain('/private/5');
    expect(site.paths()[0]).toBe('/robots.txt');
  });

  it('gives the page its feed item date and the feed title as source when the page names none', async () => {
    const store = await EmbeddedStore.open({ path: join(root, 'site.json') });
    const articles = (await store.dump()).articles;
    const one = articles.find((a) => a.url === site.url('/news/1'))!;
    // The publisher's day, not UTC's (22:30 at -05:00 is already the 6th in UTC).
    expect(one).toMatchObject({
      source: 'The Test Times: World',
      publishedAt: '2024-03-05',
      title: expect.any(String),
    });
    expect(articles.find((a) => a.url === site.url('/news/8'))).toMatchObject({
      source: 'Atom Wire',
      publishedAt: '2024-03-05',
    });
    // Followed from /old/3: stored at the address the redirect led to.
    expect(articles.find((a) => a.url === site.url('/old/3'))).toBeUndefined();
    expect(site.paths()).toEqual(expect.arrayContaining(['/old/3', '/news/3']));
  });

  it('gets 304 for unchanged feeds, retries the item that failed, and fetches nothing else', async () => {
    const from = site.log.length;
    const summary = await round(watcher, sources);
    const requests = site.log.slice(from);
    expect(requests.map((r) => r.path).sort()).toEqual(
      ['/rss.xml', '/atom.xml', '/sitemap.xml', '/sitemap-news.xml', '/broken.xml', '/news/4'].sort(),
    );
    const rss = requests.find((r) => r.path === '/rss.xml')!;
    expect(rss.headers['if-none-match']).toBe('"v1"');
    expect(rss.headers['if-modified-since']).toEqual(expect.any(String));
    expect(requests.find((r) => r.path === '/sitemap-news.xml')!.headers['if-none-match']).toBe('"n1"');
    expect(outcomes(watcher, site)).toEqual(['done /news/4', 'failed /broken.xml']);
    expect(summary).toMatchObject({ sources: 5, unchanged: 3, newItems: 0, ingested: 1, failed: 0, queued: 0 });
  });

  it('ingests only the new item when the feed changes', async () => {
    site.serveFeed(
      '/rss.xml',
      rssFeed('The Test Times: World', [
        { link: '/news/10', guid: 'item-10', title: 'Ten', date: 'Fri, 08 Mar 2024 10:00:00 GMT' },
        ...rssItems,
      ]),
      'v2',
    );
    const from = site.log.length;
    const summary = await round(watcher, sources);
    expect(outcomes(watcher, site)).toEqual(['done /news/10', 'failed /broken.xml']);
    expect(site.paths(from).filter((p) => p.startsWith('/news/') || p.startsWith('/old/'))).toEqual(['/news/10']);
    expect(summary).toMatchObject({ newItems: 1, ingested: 1 });
    // The page's own date and site name win over the feed's.
    const articles = (await watcher.store.dump()).articles;
    expect(articles.find((a) => a.url === site.url('/news/10'))).toMatchObject({
      source: 'Test Times Online',
      publishedAt: '2024-02-01',
    });
  });

  it('re-ingests nothing after a restart on the same state file', async () => {
    await watcher.store.close();
    const restarted = await startWatcher('site');
    const before = await storedUrls(join(root, 'site.json'));
    const from = site.log.length;
    const summary = await round(restarted, sources);
    expect(summary).toMatchObject({ newItems: 0, ingested: 0, duplicates: 0 });
    // A new process asks for robots.txt again, then only for the sources.
    expect(site.paths(from).sort()).toEqual(
      ['/robots.txt', '/rss.xml', '/atom.xml', '/sitemap.xml', '/sitemap-news.xml', '/broken.xml'].sort(),
    );
    expect(await storedUrls(join(root, 'site.json'))).toEqual(before);
    expect(before).toHaveLength(8);
    watcher = restarted;
  });

  it('keeps validators, items and content ids in a JSON state file', () => {
    const state = JSON.parse(readFileSync(join(root, 'site.watch.json'), 'utf8')) as {
      format: string;
      sources: Record<string, { etag?: string; items: Record<string, { outcome: string; article?: string }> }>;
      urls: Record<string, string>;
    };
    expect(state.format).toBe('newsgraph-watch/1');
    const rss = state.sources[site.url('/rss.xml')]!;
    expect(rss.etag).toBe('"v2"');
    expect(rss.items['item-1']).toMatchObject({ outcome: 'done', article: expect.stringMatching(/^a/) });
    expect(rss.items['item-6']).toMatchObject({ outcome: 'duplicate', article: rss.items['item-1']!.article });
    expect(rss.items['item-5']).toMatchObject({ outcome: 'skipped' });
    expect(state.urls[site.url('/news/3')]).toBe(state.urls[site.url('/old/3')]);
  });
});

describe('kg watch politeness and failures', () => {
  let site: TestSite;

  beforeAll(async () => {
    site = await TestSite.start();
  });

  afterAll(async () => {
    await site.close();
  });

  it('leaves the delay between two requests to one host', async () => {
    const links = [11, 12, 13].map((n) => ({ link: `/spaced/${n}` }));
    for (const n of [11, 12, 13]) site.serve(`/spaced/${n}`, articlePage(n));
    site.serve('/spaced.xml', rssFeed('Spaced', links), 'application/rss+xml');
    const watcher = await startWatcher('spaced', 150);
    const from = site.log.length;
    const summary = await round(watcher, [{ kind: 'url', url: site.url('/spaced.xml') }]);
    expect(summary.ingested).toBe(3);
    const times = site.log.slice(from).map((r) => r.at);
    expect(times).toHaveLength(5); // robots.txt, the feed, three pages
    for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(140);
  });

  it('gives an item up after the last attempt, and backs off from a host that keeps failing', async () => {
    site.routes.set('/down/1', (_request, response) => {
      response.writeHead(503);
      response.end();
    });
    const links = [1, 2, 3, 4, 5].map((n) => ({ link: `/down/${n}` }));
    site.serve('/down.xml', rssFeed('Down', links), 'application/rss+xml');
    for (const n of [2, 3, 4, 5]) site.serve(`/down/${n}`, articlePage(20 + n));
    const watcher = await startWatcher('down');
    const sources: WatchSource[] = [{ kind: 'url', url: site.url('/down.xml') }];
    let summary = await round(watcher, sources);
    expect(summary).toMatchObject({ ingested: 4, failed: 1, queued: 1 });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) summary = await round(watcher, sources);
    expect(watcher.events.find((e) => e.path.endsWith('/down/1'))).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/Gave up after 5 attempts/),
    });
    expect(summary.queued).toBe(0);
    const from = site.log.length;
    await round(watcher, sources);
    expect(site.paths(from)).toEqual(['/down.xml']);

    // Three failures in a row on a host: its other items wait for the next round, and are not lost.
    const outage = ['/outage/1', '/outage/2', '/outage/3', '/outage/4', '/outage/5'];
    for (const path of outage)
      site.routes.set(path, (_request, response) => {
        response.writeHead(502);
        response.end();
      });
    site.serve(
      '/outage.xml',
      rssFeed(
        'Outage',
        outage.map((link) => ({ link })),
      ),
      'application/rss+xml',
    );
    const outageSource: WatchSource[] = [{ kind: 'url', url: site.url('/outage.xml') }];
    const start = site.log.length;
    summary = await round(watcher, outageSource);
    expect(site.paths(start).filter((p) => p.startsWith('/outage/'))).toEqual(outage.slice(0, 3));
    expect(summary).toMatchObject({ failed: 3, queued: 5 });
    for (const [i, path] of outage.entries()) site.serve(path, articlePage(40 + i));
    summary = await round(watcher, outageSource);
    expect(summary).toMatchObject({ ingested: 5, queued: 0 });
  });

  it('survives a source that cannot be reached and one that redirects in a loop', async () => {
    site.redirect('/loop-a.xml', '/loop-b.xml', 302);
    site.redirect('/loop-b.xml', '/loop-a.xml', 302);
    const watcher = await startWatcher('unreachable');
    const summary = await round(watcher, [
      { kind: 'url', url: 'http://127.0.0.1:9/feed.xml' },
      { kind: 'url', url: site.url('/loop-a.xml') },
    ]);
    expect(summary).toMatchObject({ sources: 2, sourceFailures: 2 });
    const reasons = watcher.events.map((e) => ('reason' in e ? e.reason : ''));
    expect(reasons[0]).toMatch(/robots\.txt could not be fetched|cannot be reached/);
    expect(reasons[1]).toMatch(/redirected more than 5 times/);
  });
});

describe('kg watch on a folder', () => {
  it('ingests new and changed files, and leaves the others alone', async () => {
    const folder = join(root, 'inbox');
    mkdirSync(folder);
    const old = (Date.now() - 60_000) / 1000;
    const write = (name: string, n: number): void => {
      writeFileSync(join(folder, name), `${articleParagraphs(n).join('\n\n')}\n`);
      utimesSync(join(folder, name), old, old);
    };
    write('a.txt', 31);
    write('b.txt', 32);
    writeFileSync(join(folder, 'notes.md'), 'not an article');
    const watcher = await startWatcher('folder');
    const sources: WatchSource[] = [{ kind: 'folder', path: folder }];
    expect(await round(watcher, sources)).toMatchObject({ newItems: 2, ingested: 2 });
    expect(await round(watcher, sources)).toMatchObject({ newItems: 0, ingested: 0 });
    write('c.txt', 33);
    writeFileSync(join(folder, 'a.txt'), `${articleParagraphs(34).join('\n\n')}\n`);
    utimesSync(join(folder, 'a.txt'), old + 1, old + 1);
    expect(await round(watcher, sources)).toMatchObject({ newItems: 2, ingested: 2 });
    expect(watcher.events.map((e) => e.path.split('/').pop()).sort()).toEqual(['a.txt', 'c.txt']);
    // A file still being written (modified within the settle time) waits for the next round.
    writeFileSync(join(folder, 'd.txt'), `${articleParagraphs(35).join('\n\n')}\n`);
    expect(await round(watcher, sources, 60_000)).toMatchObject({ newItems: 0 });
    expect(await round(watcher, sources)).toMatchObject({ newItems: 1, ingested: 1 });
    expect((await watcher.store.dump()).articles).toHaveLength(5);
  });
});
