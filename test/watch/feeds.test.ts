import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigError } from '../../src/config.js';
import { MalformedFeedError, WatchStateError } from '../../src/watch/errors.js';
import { feedDay, parseSourceBody } from '../../src/watch/feeds.js';
import { parseWatchSource } from '../../src/watch/sources.js';
import { WatchState } from '../../src/watch/state.js';
import { atomFeed, rssFeed, sitemap } from './site.js';

const BASE = 'http://127.0.0.1:8080/feeds/main.xml';
const parse = (text: string | Buffer, url = BASE) => parseSourceBody(Buffer.from(text), url);

describe('parseSourceBody', () => {
  it('reads an RSS 2.0 feed: its title, and each item with link, guid, title and day', () => {
    const parsed = parse(
      rssFeed('World &amp; More', [
        { link: '/a', guid: 'g-1', title: 'A', date: 'Tue, 05 Mar 2024 22:30:00 -0500' },
        { link: 'http://127.0.0.1:8080/b', title: 'B' },
      ]),
    );
    expect(parsed).toEqual({
      kind: 'feed',
      title: 'World &amp; More',
      withoutLink: 0,
      items: [
        { key: 'g-1', url: 'http://127.0.0.1:8080/a', title: 'A', publishedAt: '2024-03-05' },
        { key: 'http://127.0.0.1:8080/b', url: 'http://127.0.0.1:8080/b', title: 'B' },
      ],
    });
  });

  it('reads an Atom feed, gzipped or not, and an RSS item whose permalink guid is its only link', () => {
    const atom = atomFeed('Wire', [{ link: '/x', guid: 'urn:x', date: '2024-03-05T23:30:00+05:00' }]);
    const expected = {
      kind: 'feed',
      title: 'Wire',
      withoutLink: 0,
      items: [{ key: 'urn:x', url: 'http://127.0.0.1:8080/x', title: '/x', publishedAt: '2024-03-05' }],
    };
    expect(parse(atom)).toEqual(expected);
    expect(parse(gzipSync(atom))).toEqual(expected);
    const guidOnly = parse(
      '<rss version="2.0"><channel><title>T</title><item><guid>https://127.0.0.1/p/1</guid></item><item><title>no link</title></item></channel></rss>',
    );
    const hostile = parse(rssFeed('T', [{ link: '/p', guid: '__proto__' }]));
    expect(hostile).toMatchObject({ items: [{ key: 'http://127.0.0.1:8080/p' }] });
    expect(guidOnly).toMatchObject({
      items: [{ key: 'https://127.0.0.1/p/1', url: 'https://127.0.0.1/p/1' }],
      withoutLink: 1,
    });
  });

  it('reads a sitemap, a news sitemap and a sitemap index', () => {
    expect(parse(sitemap(['http://127.0.0.1/n/1', 'http://127.0.0.1/n/2']))).toEqual({
      kind: 'sitemap',
      items: [
        { key: 'http://127.0.0.1/n/1', url: 'http://127.0.0.1/n/1', publishedAt: '2024-03-02' },
        { key: 'http://127.0.0.1/n/2', url: 'http://127.0.0.1/n/2', publishedAt: '2024-03-02' },
      ],
    });
    const news = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://127.0.0.1/n/3</loc><news:news><news:publication><news:name>The Test Times</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-03-07T08:00:00+01:00</news:publication_date><news:title>Talks &amp; more</news:title></news:news></url></urlset>`;
    expect(parse(news)).toEqual({
      kind: 'sitemap',
      items: [
        {
          key: 'http://127.0.0.1/n/3',
          url: 'http://127.0.0.1/n/3',
          title: 'Talks & more',
          source: 'The Test Times',
          publishedAt: '2024-03-07',
        },
      ],
    });
    expect(parse(sitemap(['http://127.0.0.1/s1.xml', '/s2.xml'], true))).toEqual({
      kind: 'sitemap-index',
      sitemaps: ['http://127.0.0.1/s1.xml', 'http://127.0.0.1:8080/s2.xml'],
    });
  });

  it('refuses what is not a feed or a sitemap with MalformedFeedError', () => {
    for (const body of [
      '<rss version="2.0"><channel><item><title>oops</item></channel>',
      '<!doctype html><html><body>Not a feed</body></html>',
      'just text',
      '   ',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1/a</loc></url>',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]),
    ])
      expect(() => parse(body)).toThrow(MalformedFeedError);
    expect(() => parse('<html><body>x</body></html>')).toThrow(/is an HTML page, not a feed or a sitemap/);
  });
});

describe('feedDay', () => {
  it("gives the publisher's day of RFC 822 and ISO dates, and nothing for nonsense", () => {
    expect(feedDay('Tue, 05 Mar 2024 22:30:00 -0500')).toBe('2024-03-05');
    expect(feedDay('5 March 2024 10:00 GMT')).toBe('2024-03-05');
    expect(feedDay('2024-03-05T23:30:00+05:00')).toBe('2024-03-05');
    expect(feedDay('2024-02-30')).toBeUndefined();
    expect(feedDay('yesterday')).toBeUndefined();
    expect(feedDay(undefined)).toBeUndefined();
  });
});

describe('parseWatchSource', () => {
  it('takes http(s) addresses and folders, and names anything else', async () => {
    expect(await parseWatchSource('https://127.0.0.1/feed.xml#top')).toEqual({
      kind: 'url',
      url: 'https://127.0.0.1/feed.xml',
    });
    expect(await parseWatchSource(tmpdir())).toEqual({ kind: 'folder', path: tmpdir() });
    await expect(parseWatchSource('ftp://127.0.0.1/feed.xml')).rejects.toThrow(ConfigError);
    await expect(parseWatchSource('/no/such/folder')).rejects.toThrow(
      /neither an http\(s\) address nor an existing folder/,
    );
  });
});

describe('WatchState', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-watch-state-'));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts empty, and is written atomically and read back whole', async () => {
    const path = join(folder, 'sub', 'state.json');
    const state = await WatchState.load(path);
    expect(state.articleAt('http://127.0.0.1/a')).toBeUndefined();
    const source = state.source('http://127.0.0.1/feed.xml');
    source.etag = '"1"';
    source.items.g1 = { url: 'http://127.0.0.1/a', outcome: 'done', article: 'a1', at: '2024-01-01T00:00:00.000Z' };
    state.recordArticle(['http://127.0.0.1/a', undefined], 'a1');
    await state.save();
    expect(readdirSync(join(folder, 'sub'))).toEqual(['state.json']);
    const again = await WatchState.load(path);
    expect(again.articleAt('http://127.0.0.1/a')).toBe('a1');
    expect(again.source('http://127.0.0.1/feed.xml')).toMatchObject({ etag: '"1"', items: { g1: { article: 'a1' } } });
    expect(again.articleAt('constructor')).toBeUndefined();
  });

  it('refuses a file that is not a state file with WatchStateError', async () => {
    writeFileSync(join(folder, 'bad.json'), '{"format": "newsgraph-watch/1", "sour');
    await expect(WatchState.load(join(folder, 'bad.json'))).rejects.toThrow(WatchStateError);
    writeFileSync(join(folder, 'graph.json'), '{"format": "newsgraph/1"}');
    await expect(WatchState.load(join(folder, 'graph.json'))).rejects.toThrow(/is not a kg watch state file/);
  });
});
