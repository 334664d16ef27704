/**
 * `kg watch` throughput: a local RSS feed of N items, each a generated article served as a news page,
 * from a node:http server on 127.0.0.1 in the bench process, watched in one round with no delay between
 * requests into an in-memory embedded store (the state file is written as usual), after a warm-up round
 * over the first 50. Counts the whole path: robots.txt, the feed, every page over HTTP, HTML decoding,
 * extraction, ingest, flushes and state writes.
 */
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../dist/store/embedded.js';
import { PoliteFetcher } from '../dist/watch/fetcher.js';
import { WatchState } from '../dist/watch/state.js';
import { watchRound } from '../dist/watch/watcher.js';
import type { ArticleInput } from '../src/extract/types.js';
import { newsPage } from './extraction.js';
import { now, round } from './stats.js';

export interface WatchFigures {
  /** Items in the feed. */
  items: number;
  ingested: number;
  duplicates: number;
  failed: number;
  /** Bytes of HTML served for the pages. */
  pageBytes: number;
  /** HTTP requests the round made (robots.txt, the feed, the pages). */
  requests: number;
  /** The first round: everything new. */
  roundMs: number;
  itemsPerSecond: number;
  /** A second round on the unchanged feed: one conditional GET answered 304. */
  unchangedRoundMs: number;
}

/** Items of the warm-up round. */
const WARMUP_ITEMS = 50;

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Watches a local feed of the articles once, then once more unchanged, and times both rounds. */
export async function measureWatch(inputs: readonly ArticleInput[]): Promise<WatchFigures> {
  const pages = inputs.map((input, i) => Buffer.from(newsPage(input, i)));
  const feedOf = (count: number): Buffer =>
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench News</title><link>/</link><description>bench</description>` +
        inputs
          .slice(0, count)
          .map(
            (input, i) =>
              `<item><title>${escapeXml(input.title ?? `Story ${i}`)}</title><link>/story/${i}</link><guid isPermaLink="false">story-${i}</guid><pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate></item>`,
          )
          .join('') +
        `</channel></rss>`,
    );
  const feed = feedOf(inputs.length);
  const warmFeed = feedOf(Math.min(WARMUP_ITEMS, inputs.length));
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    const path = request.url ?? '/';
    const story = /^\/story\/(\d+)$/.exec(path);
    if (path === '/warm.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(warmFeed);
    } else if (path === '/feed.xml') {
      if (request.headers['if-none-match'] === '"bench"') {
        response.writeHead(304, { etag: '"bench"' });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"bench"' });
      response.end(feed);
    } else if (story && pages[Number(story[1])]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pages[Number(story[1])]);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-watch-'));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = `${origin}/feed.xml`;
    // A warm-up round over the first articles, into a store and state of its own, so that the timed round
    // runs compiled code as a long watch does.
    await watchRound(await EmbeddedStore.open(), [{ kind: 'url', url: `${origin}/warm.xml` }], {
      fetcher: new PoliteFetcher({ userAgent: 'newsgraph-bench/1.0', delayMs: 0 }),
      state: await WatchState.load(join(folder, 'warm-state.json')),
    });
    requests = 0;
    const store = await EmbeddedStore.open();
    const state = await WatchState.load(join(folder, 'state.json'));
    const fetcher = new PoliteFetcher({ userAgent: 'newsgraph-bench/1.0', delayMs: 0 });
    const options = { fetcher, state };
    let start = now();
    const first = await watchRound(store, [{ kind: 'url', url }], options);
    const roundMs = now() - start;
    const firstRequests = requests;
    start = now();
    await watchRound(store, [{ kind: 'url', url }], options);
    const unchangedRoundMs = now() - start;
    return {
      items: inputs.length,
      ingested: first.ingested,
      duplicates: first.duplicates,
      failed: first.failed + first.sourceFailures,
      pageBytes: pages.reduce((sum, p) => sum + p.length, 0),
      requests: firstRequests,
      roundMs: round(roundMs, 4),
      itemsPerSecond: round(inputs.length / (roundMs / 1000)),
      unchangedRoundMs: round(unchangedRoundMs, 4),
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(folder, { recursive: true, force: true });
  }
}
