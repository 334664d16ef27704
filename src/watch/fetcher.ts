import { systemClock, type Clock } from './clock.js';
import { FetchError, RobotsDisallowedError, WatchError } from './errors.js';
import { ALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

/** The validators of a response, sent back on the next request for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A body fetched in full. */
export interface FetchedBody {
  status: 'ok';
  /** The address the body came from, after redirects. */
  url: string;
  body: Buffer;
  contentType: string | undefined;
  validators: Validators;
}

/** The answer to a GET: a body, or 304 Not Modified to a conditional GET. */
export type Fetched = FetchedBody | { status: 'not-modified'; url: string };

export interface FetcherOptions {
  /** Sent as User-Agent; its product token (before the first '/') is what robots.txt groups are matched against. */
  userAgent: string;
  /** Least time between the end of one request to a host and the start of the next, in ms (robots.txt's Crawl-delay wins when longer). */
  delayMs: number;
  /** Longest a request may take, body included (default 30 s). */
  timeoutMs?: number;
  /** Most redirects followed from one address (default 5). */
  maxRedirects?: number;
  clock?: Clock;
  /** Aborted when the watch stops: waits end at once and no further request starts. */
  signal?: AbortSignal;
  /** The fetch implementation (default: Node's global fetch). */
  fetch?: typeof fetch;
}

/** What to send and accept on a GET. */
export interface GetOptions {
  validators?: Validators;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  accept: string;
}

/** The watch is stopping: the request was not made. */
export class WatchStoppedError extends WatchError {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** How long robots.txt rules are kept (RFC 9309 §2.4: at most 24 hours). */
const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** How long a robots.txt that could not be fetched keeps its site unvisited before it is asked for again. */
const ROBOTS_RETRY_MS = 60 * 1000;
/** Largest robots.txt read (RFC 9309 §2.5 asks for at least 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;
/** Longest Crawl-delay honoured; a site asking for more is still visited, this often. */
const MAX_CRAWL_DELAY_MS = 60 * 1000;

interface RobotsEntry {
  rules: RobotsRules;
  expires: number;
  /** Set when robots.txt could not be fetched: the site is not visited until it can. */
  unreachable?: string;
}

/** One hop's answer. */
type Hop =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'not-modified' }
  | { kind: 'body'; body: Buffer; headers: Headers }
  | { kind: 'error'; status: number };

/** HTTP statuses worth asking again for later. */
function retryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** What a failed fetch means, in words. */
function describeFetchFailure(error: unknown, timeoutMs: number): { reason: string; retryable: boolean } {
  const name = (error as Error).name;
  if (name === 'TimeoutError')
    return { reason: `timed out after ${timeoutMs} ms; retried next round.`, retryable: true };
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
  return { reason: `cannot be reached (${code}); retried next round.`, retryable: true };
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Buffer> {
  const tooLarge = (bytes: string): FetchError =>
    new FetchError(url, `is ${bytes} bytes, over the limit of ${maxBytes}; not read.`, { retryable: false });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(String(declared));
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`over ${maxBytes}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A polite HTTP client for `kg watch`: one request at a time per host, `delayMs` (or the site's
 * Crawl-delay) between them; robots.txt fetched once per site and kept for a day, its rules applied to
 * every address and every redirect; a configurable User-Agent; conditional GETs; redirects followed
 * up to a cap; a timeout on every request; bodies read up to a size limit. Failures are FetchErrors
 * that say whether trying again later may help.
 */
export class PoliteFetcher {
  private readonly clock: Clock;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly fetchImpl: typeof fetch;
  private readonly robots = new Map<string, RobotsEntry>();
  /** Per host: when its last request ended, and the promise the next request waits for. */
  private readonly lastEnd = new Map<string, number>();
  private readonly turns = new Map<string, Promise<void>>();

  constructor(private readonly options: FetcherOptions) {
    this.clock = options.clock ?? systemClock;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** GETs an address, politely; throws RobotsDisallowedError, FetchError or WatchStoppedError. */
  async get(url: string, options: GetOptions): Promise<Fetched> {
    let current = url;
    for (let hops = 0; ; hops += 1) {
      await this.checkRobots(current);
      const hop = await this.request(current, options);
      switch (hop.kind) {
        case 'not-modified':
          return { status: 'not-modified', url: current };
        case 'body':
          return {
            status: 'ok',
            url: current,
            body: hop.body,
            contentType: hop.headers.get('content-type') ?? undefined,
            validators: {
              etag: hop.headers.get('etag') ?? undefined,
              lastModified: hop.headers.get('last-modified') ?? undefined,
            },
          };
        case 'error':
          throw new FetchError(
            current,
            `answered HTTP ${hop.status}${retryableStatus(hop.status) ? '; retried next round' : ''}.`,
            { status: hop.status, retryable: retryableStatus(hop.status) },
          );
        case 'redirect':
          if (hops >= this.maxRedirects)
            throw new FetchError(url, `redirected more than ${this.maxRedirects} times; not followed further.`, {
              status: hop.status,
              retryable: true,
            });
          current = this.redirectTarget(current, hop.location);
      }
    }
  }

  private redirectTarget(from: string, location: string): string {
    let target: URL;
    try {
      target = new URL(location, from);
    } catch (error) {
      throw new FetchError(from, `redirects to "${location.slice(0, 200)}", which is not an address.`, {
        retryable: false,
        cause: error,
      });
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
      throw new FetchError(from, `redirects to a ${target.protocol} address; only http and https are followed.`, {
        retryable: false,
      });
    target.hash = '';
    return target.href;
  }

  /** Throws RobotsDisallowedError when the site's robots.txt forbids the address, FetchError while it cannot be fetched. */
  private async checkRobots(url: string): Promise<void> {
    const origin = new URL(url).origin;
    const entry = await this.robotsFor(origin);
    if (entry.unreachable !== undefined)
      throw new FetchError(
        url,
        `not fetched: the site's robots.txt ${entry.unreachable}, so the site is not visited until it answers; retried next round.`,
        { retryable: true },
      );
    if (!entry.rules.allows(url, this.options.userAgent)) throw new RobotsDisallowedError(url);
  }

  private async robotsFor(origin: string): Promise<RobotsEntry> {
    const cached = this.robots.get(origin);
    if (cached && cached.expires > this.clock.now()) return cached;
    const robotsUrl = `${origin}/robots.txt`;
    let entry: RobotsEntry;
    try {
      let current = robotsUrl;
      let hop = await this.request(current, { maxBytes: ROBOTS_MAX_BYTES, accept: 'text/plain' });
      // RFC 9309 §2.3.1.2: follow at least five redirects; more, and the file counts as unavailable.
      for (let hops = 0; hop.kind === 'redirect' && hops < 5; hops += 1) {
        current = this.redirectTarget(current, hop.location);
        hop = await this.request(current, { maxBytes: ROBOTS_MAX_BYTES, accept: 'text/plain' });
      }
      const expires = this.clock.now() + ROBOTS_TTL_MS;
      if (hop.kind === 'body') entry = { rules: parseRobots(robotsUrl, hop.body.toString('utf8')), expires };
      else if (hop.kind === 'error' && hop.status >= 500)
        entry = {
          rules: ALLOW_ALL,
          expires: this.clock.now() + ROBOTS_RETRY_MS,
          unreachable: `answered HTTP ${hop.status}`,
        };
      else entry = { rules: ALLOW_ALL, expires };
    } catch (error) {
      if (error instanceof WatchStoppedError) throw error;
      const reason = `could not be fetched (${(error as Error).message})`;
      entry = { rules: ALLOW_ALL, expires: this.clock.now() + ROBOTS_RETRY_MS, unreachable: reason };
    }
    this.robots.set(origin, entry);
    return entry;
  }

  /** The wait between two requests to a host: the delay asked for, or the site's Crawl-delay when longer. */
  private delayFor(url: URL): number {
    const crawlDelay = this.robots.get(url.origin)?.rules.crawlDelayMs(this.options.userAgent) ?? 0;
    return Math.max(this.options.delayMs, Math.min(crawlDelay, MAX_CRAWL_DELAY_MS));
  }

  /** One request, in the host's turn and after its delay; redirects are returned, not followed. */
  private async request(url: string, options: GetOptions): Promise<Hop> {
    const parsed = new URL(url);
    const host = parsed.host;
    const before = this.turns.get(host) ?? Promise.resolve();
    let release = (): void => undefined;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const turn = before.then(() => mine);
    this.turns.set(host, turn);
    try {
      await before;
      const last = this.lastEnd.get(host);
      if (last !== undefined)
        await this.clock.sleep(last + this.delayFor(parsed) - this.clock.now(), this.options.signal);
      if (this.options.signal?.aborted) throw new WatchStoppedError(`${url}: not fetched, the watch is stopping.`);
      try {
        return await this.send(url, options);
      } finally {
        this.lastEnd.set(host, this.clock.now());
      }
    } finally {
      release();
      if (this.turns.get(host) === turn) this.turns.delete(host);
    }
  }

  private async send(url: string, options: GetOptions): Promise<Hop> {
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: options.accept };
    if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const { reason, retryable } = describeFetchFailure(error, this.timeoutMs);
      throw new FetchError(url, reason, { retryable, cause: error });
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location !== null) {
      await response.body?.cancel();
      return { kind: 'redirect', status: response.status, location };
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not-modified' };
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel();
      return { kind: 'error', status: response.status };
    }
    try {
      return { kind: 'body', body: await readLimited(response, url, options.maxBytes), headers: response.headers };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      const { reason, retryable } = describeFetchFailure(error, this.timeoutMs);
      throw new FetchError(url, reason, { retryable, cause: error });
    }
  }
}
