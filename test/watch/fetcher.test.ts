import type { Clock } from '../../src/watch/clock.js';
import { FetchError, RobotsDisallowedError } from '../../src/watch/errors.js';
import { PoliteFetcher, WatchStoppedError } from '../../src/watch/fetcher.js';
import { TestSite } from './site.js';

const UA = 'newsgraph/0.1.0 (kg watch tests)';
const GET = { maxBytes: 1024 * 1024, accept: 'text/html' };

/** A clock that only moves when the fetcher sleeps, and says how long it was asked to. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      if (ms <= 0) return;
      sleeps.push(ms);
      now += ms;
    },
  };
}

let site: TestSite;

beforeAll(async () => {
  site = await TestSite.start();
  site.serve(
    '/robots.txt',
    'User-agent: newsgraph\nDisallow: /no/\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n',
    'text/plain',
  );
  site.serve('/page', '<p>hello</p>');
  site.serve('/no/page', '<p>secret</p>');
  site.serve('/big', 'x'.repeat(5000));
  site.serve('/gone', 'gone', 'text/plain', 410);
  site.serve('/busy', 'busy', 'text/plain', 503);
  site.redirect('/moved', '/page', 308);
  site.redirect('/to-secret', '/no/page');
  site.redirect('/ftp', 'ftp://127.0.0.1/file');
  site.routes.set('/slow', () => undefined); // never answers
});

afterAll(async () => {
  await site.close();
});

describe('PoliteFetcher', () => {
  it('sends the user agent, follows redirects and reads the body', async () => {
    const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 0 });
    const from = site.log.length;
    const got = await fetcher.get(site.url('/moved'), GET);
    expect(got).toMatchObject({ status: 'ok', url: site.url('/page'), contentType: 'text/html; charset=utf-8' });
    expect(got.status === 'ok' && got.body.toString()).toBe('<p>hello</p>');
    expect(site.paths(from)).toEqual(['/robots.txt', '/moved', '/page']);
    expect(site.log.slice(from).every((r) => r.headers['user-agent'] === UA)).toBe(true);
  });

  it("applies the robots.txt group of its product token, also to a redirect's target, and asks for it once", async () => {
    const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 0 });
    const from = site.log.length;
    await expect(fetcher.get(site.url('/no/page'), GET)).rejects.toThrow(RobotsDisallowedError);
    await expect(fetcher.get(site.url('/to-secret'), GET)).rejects.toThrow(RobotsDisallowedError);
    expect(site.paths(from)).toEqual(['/robots.txt', '/to-secret']);
    // Another product token falls under "*", which disallows everything.
    const other = new PoliteFetcher({ userAgent: 'otherbot/1.0', delayMs: 0 });
    await expect(other.get(site.url('/page'), GET)).rejects.toThrow(RobotsDisallowedError);
  });

  it('waits the Crawl-delay of robots.txt when it is longer than its own delay', async () => {
    const clock = fakeClock();
    const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 500, clock });
    await fetcher.get(site.url('/page'), GET);
    await fetcher.get(site.url('/page'), GET);
    await fetcher.get(site.url('/page'), GET);
    // After robots.txt, and between the pages: 2 s each, as robots.txt asks.
    expect(clock.sleeps).toEqual([2000, 2000, 2000]);
  });

  it('waits its own delay between requests to one host, none before the first', async () => {
    site.routes.set('/robots.txt', (_request, response) => {
      response.writeHead(404);
      response.end();
    });
    try {
      const clock = fakeClock();
      const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 750, clock });
      await fetcher.get(site.url('/page'), GET);
      await fetcher.get(site.url('/no/page'), GET); // no robots.txt: everything is allowed
      expect(clock.sleeps).toEqual([750, 750]);
    } finally {
      site.serve('/robots.txt', 'User-agent: newsgraph\nDisallow: /no/\n', 'text/plain');
    }
  });

  it('sends validators back and reports 304 as not modified', async () => {
    site.serveFeed('/feed.xml', '<rss/>', 'e1');
    const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 0 });
    const first = await fetcher.get(site.url('/feed.xml'), GET);
    expect(first.status).toBe('ok');
    const validators = first.status === 'ok' ? first.validators : {};
    expect(validators).toEqual({ etag: '"e1"', lastModified: expect.any(String) });
    const from = site.log.length;
    expect(await fetcher.get(site.url('/feed.xml'), { ...GET, validators })).toEqual({
      status: 'not-modified',
      url: site.url('/feed.xml'),
    });
    expect(site.log[from]!.headers).toMatchObject({
      'if-none-match': '"e1"',
      'if-modified-since': validators.lastModified,
    });
  });

  it('tells failures that may pass from those that will not', async () => {
    const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 0, timeoutMs: 300 });
    const failure = async (path: string, maxBytes = GET.maxBytes): Promise<FetchError> => {
      const error = await fetcher.get(site.url(path), { ...GET, maxBytes }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      return error as FetchError;
    };
    expect(await failure('/busy')).toMatchObject({ status: 503, retryable: true });
    expect(await failure('/gone')).toMatchObject({ status: 410, retryable: false });
    expect((await failure('/slow')).message).toMatch(/timed out after 300 ms/);
    expect(await failure('/big', 1000)).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/over the limit of 1000/),
    });
    expect(await failure('/ftp')).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/only http and https/),
    });
    const closed = await new PoliteFetcher({ userAgent: UA, delayMs: 0 })
      .get('http://127.0.0.1:9/page', GET)
      .catch((e: unknown) => e);
    expect(closed).toBeInstanceOf(FetchError);
    expect(closed).toMatchObject({
      retryable: true,
      message: expect.stringMatching(/robots\.txt could not be fetched/),
    });
  });

  it('keeps away from a site whose robots.txt answers 5xx', async () => {
    site.serve('/robots.txt', 'down', 'text/plain', 500);
    try {
      const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 0 });
      const from = site.log.length;
      const error = await fetcher.get(site.url('/page'), GET).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect(error).toMatchObject({ retryable: true, message: expect.stringMatching(/robots\.txt answered HTTP 500/) });
      expect(site.paths(from)).toEqual(['/robots.txt']);
    } finally {
      site.serve('/robots.txt', 'User-agent: newsgraph\nDisallow: /no/\n', 'text/plain');
    }
  });

  it('makes no request once the watch is stopping', async () => {
    const stop = new AbortController();
    const fetcher = new PoliteFetcher({ userAgent: UA, delayMs: 0, signal: stop.signal });
    await fetcher.get(site.url('/page'), GET);
    stop.abort();
    const from = site.log.length;
    await expect(fetcher.get(site.url('/page'), GET)).rejects.toThrow(WatchStoppedError);
    expect(site.paths(from)).toEqual([]);
  });
});
