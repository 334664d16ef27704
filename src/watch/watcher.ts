import { stat } from 'node:fs/promises';
import { walkArticleFiles, readArticleFile } from '../cli/inputs.js';
import {
  ArticleInputError,
  DEFAULT_MAX_ARTICLE_BYTES,
  decodeArticleBytes,
  type DecodeOptions,
} from '../extract/decode.js';
import type { ArticleInput } from '../extract/types.js';
import { openIngestSession, type Extractor, type IngestedArticle, type IngestSession } from '../ingest/session.js';
import type { GraphStore } from '../store/port.js';
import { systemClock, type Clock } from './clock.js';
import { FetchError, MalformedFeedError, RobotsDisallowedError } from './errors.js';
import { parseSourceBody, type FeedItem } from './feeds.js';
import { WatchStoppedError, type Fetched, type FetchedBody, type PoliteFetcher } from './fetcher.js';
import { sourceKey, type WatchSource } from './sources.js';
import type { QueuedItem, SeenItem, SourceState, WatchState } from './state.js';

/** What happened to one item or source, as `kg ingest --report` tells it (`path` is the address or file). */
export type WatchEvent =
  | { kind: 'done' | 'duplicate'; path: string; article: string }
  | { kind: 'failed' | 'skipped' | 'warning'; path: string; reason: string };

/** A round's counts. */
export interface RoundSummary {
  /** Feeds, sitemaps (an index's sitemaps each count) and folders checked. */
  sources: number;
  /** Sources that answered 304 Not Modified. */
  unchanged: number;
  /** Sources that could not be fetched or read. */
  sourceFailures: number;
  /** Items seen for the first time (feed items, sitemap addresses, new or changed files). */
  newItems: number;
  ingested: number;
  duplicates: number;
  failed: number;
  skipped: number;
  warnings: number;
  /** Items left for the next round: to retry, or not reached before a stop. */
  queued: number;
  /** The round ended early because the watch is stopping. */
  stopped: boolean;
}

/** A progress display for `total` steps (see cli/progress.ts). */
interface ProgressDisplay {
  tick(detail?: string): void;
  stop(): void;
}

export interface RoundOptions {
  fetcher: PoliteFetcher;
  state: WatchState;
  decode?: DecodeOptions;
  /** Make the store durable, and write the state, at least this often (ms; default 1000). */
  flushEveryMs?: number;
  /** Told of each item's outcome once final (done and duplicate once durable). */
  onEvent?: (event: WatchEvent) => void;
  /** Told when an article keeps little text (see DecodedArticle.short). */
  onShort?: (where: string, reason: string) => void;
  /** Told of each source's news in a line ("…: not modified", "…: 3 new item(s)"). */
  onSource?: (message: string) => void;
  /** Makes a progress display for a source's items. */
  progress?: (label: string, total: number) => ProgressDisplay;
  /** Aborted to stop: the article under way is finished, the store flushed and the state written. */
  signal?: AbortSignal;
  clock?: Clock;
  extract?: Extractor;
  /** A file modified more recently than this is left for the next round, as it may still be written (ms; default 1000). */
  settleMs?: number;
}

/** Failed fetches of an item before it is given up. */
export const MAX_ATTEMPTS = 5;
/** Consecutive failures on a host after which its remaining items wait for the next round. */
const HOST_FAILURES_BEFORE_BACKOFF = 3;
/** Largest feed or sitemap read. */
const MAX_FEED_BYTES = 50 * 1024 * 1024;
/** Most sitemaps of one index followed. */
const MAX_CHILD_SITEMAPS = 1000;
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.5';

function emptySummary(): RoundSummary {
  return {
    sources: 0,
    unchanged: 0,
    sourceFailures: 0,
    newItems: 0,
    ingested: 0,
    duplicates: 0,
    failed: 0,
    skipped: 0,
    warnings: 0,
    queued: 0,
    stopped: false,
  };
}

function isHtml(contentType: string | undefined): boolean | undefined {
  if (contentType === undefined) return undefined;
  return /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType) ? true : undefined;
}

/** One round over the sources: the state and the ingest session it works with, and its counts. */
class Round {
  readonly summary = emptySummary();
  private readonly clock: Clock;
  private readonly flushEveryMs: number;
  private readonly emit: (event: WatchEvent) => void;
  /** Articles stored but not yet durable: their events and the state changes that wait for the flush. */
  private pending: { event: WatchEvent; apply: () => void }[] = [];
  /** Addresses of the articles of this round, before they are durable. */
  private readonly roundUrls = new Map<string, string>();
  /** Items under way or waiting for the flush (source key + item key). */
  private readonly inFlight = new Set<string>();
  private readonly hostFailures = new Map<string, number>();
  private readonly checked = new Set<string>();
  private readonly touched = new Set<SourceState>();
  private lastFlush: number;
  /** Opened on the first article: a round with nothing new reads nothing from the store. */
  private session: Promise<IngestSession> | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly options: RoundOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.flushEveryMs = options.flushEveryMs ?? 1000;
    this.emit = options.onEvent ?? (() => undefined);
    this.lastFlush = this.clock.now();
  }

  private get stopping(): boolean {
    return this.options.signal?.aborted === true;
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** The content id of an article known at this address: stored in an earlier round, or this one. */
  private knownAt(url: string): string | undefined {
    return this.options.state.articleAt(url) ?? this.roundUrls.get(url);
  }

  /** Makes the articles so far durable, then records them in the state, tells of them, and writes the state. */
  async flush(): Promise<void> {
    if (this.session) await (await this.session).flush();
    const done = this.pending;
    this.pending = [];
    for (const { apply } of done) apply();
    await this.options.state.save();
    this.lastFlush = this.clock.now();
    for (const { event } of done) this.emit(event);
  }

  /** Extracts and stores an article through the round's ingest session. */
  private async ingest(input: ArticleInput): Promise<IngestedArticle> {
    this.session ??= openIngestSession(this.store, this.options.extract);
    return (await this.session).add(input);
  }

  private async maybeFlush(): Promise<void> {
    if (this.clock.now() - this.lastFlush >= this.flushEveryMs) await this.flush();
  }

  /** An item that failed or was skipped for good: recorded now, told now. */
  private finalNow(
    source: SourceState,
    key: string,
    where: string,
    outcome: 'failed' | 'skipped',
    reason: string,
    signature?: string,
  ): void {
    delete source.queue[key];
    const seen: SeenItem = { url: where, outcome, reason, at: this.now() };
    if (signature !== undefined) seen.signature = signature;
    source.items[key] = seen;
    this.summary[outcome] += 1;
    this.emit({ kind: outcome, path: where, reason });
  }

  /** An article stored (or found stored): final once the store has flushed it. */
  private stored(
    source: SourceState,
    key: string,
    where: string,
    urls: (string | undefined)[],
    ingested: IngestedArticle | { duplicateOf: string },
    extra: Partial<SeenItem> = {},
  ): void {
    const duplicate = 'duplicateOf' in ingested || ingested.result.duplicate;
    const article = 'duplicateOf' in ingested ? ingested.duplicateOf : ingested.result.article.id;
    for (const url of urls) if (url !== undefined) this.roundUrls.set(url, article);
    if (duplicate) this.summary.duplicates += 1;
    else this.summary.ingested += 1;
    const outcome = duplicate ? 'duplicate' : 'done';
    this.pending.push({
      event: { kind: outcome, path: where, article },
      apply: () => {
        delete source.queue[key];
        source.items[key] = { url: where, outcome, article, ...extra, at: this.now() };
        this.options.state.recordArticle(urls, article);
      },
    });
    if (!('duplicateOf' in ingested) && !duplicate && ingested.graph.entities.length === 0) {
      this.summary.warnings += 1;
      this.emit({
        kind: 'warning',
        path: where,
        reason: 'no entities found: the article is stored but adds nothing to the graph.',
      });
    }
  }

  /** Checks one feed or sitemap address (and, for a sitemap index, its sitemaps), then fetches its queued items. */
  async checkUrl(url: string, depth = 0): Promise<void> {
    if (this.checked.has(url) || this.stopping) return;
    this.checked.add(url);
    const { state, fetcher } = this.options;
    const source = state.source(url);
    this.touched.add(source);
    this.summary.sources += 1;
    try {
      const fetched = await fetcher.get(url, {
        validators: { etag: source.etag, lastModified: source.lastModified },
        maxBytes: MAX_FEED_BYTES,
        accept: FEED_ACCEPT,
      });
      source.checkedAt = this.now();
      if (fetched.status === 'not-modified') {
        this.summary.unchanged += 1;
        this.options.onSource?.(`${url}: not modified`);
      } else {
        const parsed = parseSourceBody(fetched.body, fetched.url);
        source.kind = parsed.kind;
        if (parsed.kind === 'sitemap-index') {
          source.sitemaps = [...new Set(parsed.sitemaps)].slice(0, MAX_CHILD_SITEMAPS);
          this.options.onSource?.(`${url}: sitemap index of ${source.sitemaps.length} sitemap(s)`);
        } else {
          if (parsed.kind === 'feed' && parsed.title !== undefined) source.title = parsed.title;
          const added = this.enqueue(source, parsed.items, parsed.kind === 'feed' ? parsed.title : undefined);
          const without =
            parsed.kind === 'feed' && parsed.withoutLink > 0 ? `, ${parsed.withoutLink} without a link` : '';
          this.options.onSource?.(`${url}: ${parsed.items.length} item(s), ${added} new${without}`);
        }
        // Kept only once the body was read, so that a feed that failed is fetched in full next round.
        source.etag = fetched.validators.etag;
        source.lastModified = fetched.validators.lastModified;
      }
    } catch (error) {
      if (error instanceof WatchStoppedError) return;
      if (!(
        error instanceof FetchError ||
        error instanceof MalformedFeedError ||
        error instanceof RobotsDisallowedError
      ))
        throw error;
      this.summary.sourceFailures += 1;
      const reason = error.message.startsWith(`${url}: `) ? error.message.slice(url.length + 2) : error.message;
      this.emit({ kind: error instanceof RobotsDisallowedError ? 'skipped' : 'failed', path: url, reason });
      this.noteHost(url, error instanceof FetchError && error.retryable);
    }
    if (depth === 0) for (const child of source.sitemaps ?? []) await this.checkUrl(child, depth + 1);
    await this.fetchQueue(url, source);
  }

  /** Queues the items not seen before (fetched next, in order; an address already known is then a duplicate). Returns the number new. */
  private enqueue(source: SourceState, items: readonly FeedItem[], feedTitle: string | undefined): number {
    let added = 0;
    for (const item of items) {
      if (Object.hasOwn(source.items, item.key) || Object.hasOwn(source.queue, item.key)) continue;
      added += 1;
      this.summary.newItems += 1;
      const queued: QueuedItem = { ...item, attempts: 0 };
      if (queued.source === undefined && feedTitle !== undefined) queued.source = feedTitle;
      source.queue[item.key] = queued;
    }
    return added;
  }

  /** A retryable failure on a host counts towards backing off from it for the rest of the round; a success clears it. */
  private noteHost(url: string, failed: boolean): void {
    const host = new URL(url).host;
    this.hostFailures.set(host, failed ? (this.hostFailures.get(host) ?? 0) + 1 : 0);
  }

  private backingOff(url: string): boolean {
    return (this.hostFailures.get(new URL(url).host) ?? 0) >= HOST_FAILURES_BEFORE_BACKOFF;
  }

  /** Fetches and ingests the source's queued items, in the order they were found. */
  private async fetchQueue(key: string, source: SourceState): Promise<void> {
    const entries = Object.entries(source.queue).filter(([itemKey]) => !this.inFlight.has(`${key}\n${itemKey}`));
    if (entries.length === 0) return;
    const progress = this.options.progress?.(key, entries.length);
    try {
      for (const [itemKey, item] of entries) {
        if (this.stopping) break;
        this.inFlight.add(`${key}\n${itemKey}`);
        await this.fetchItem(source, itemKey, item);
        progress?.tick(item.url);
        await this.maybeFlush();
      }
    } finally {
      progress?.stop();
    }
  }

  /** A fetch of an item failed: given up when retrying cannot help or was tried often enough, else left queued. */
  private fetchFailed(source: SourceState, key: string, item: QueuedItem, error: FetchError): void {
    this.noteHost(item.url, error.retryable);
    const message = error.message.startsWith(`${error.url}: `)
      ? error.message.slice(error.url.length + 2)
      : error.message;
    const reason = error.url === item.url ? message : `${message} (at ${error.url})`;
    item.attempts += 1;
    item.lastError = reason;
    if (!error.retryable || item.attempts >= MAX_ATTEMPTS) {
      const gaveUp = error.retryable ? ` Gave up after ${item.attempts} attempts.` : '';
      this.finalNow(source, key, item.url, 'failed', `${reason}${gaveUp}`);
      return;
    }
    this.summary.failed += 1;
    this.emit({ kind: 'failed', path: item.url, reason: `${reason} (attempt ${item.attempts} of ${MAX_ATTEMPTS})` });
  }

  /**
   * The extractor's input from a fetched page: the page's own metadata wins (canonical address, site name,
   * date), the feed's tells what the page does not (the address it led to, the feed's title, the item's date).
   */
  private pageInput(item: QueuedItem, fetched: FetchedBody): ArticleInput {
    const decoded = decodeArticleBytes(fetched.body, item.url, {
      ...this.options.decode,
      html: isHtml(fetched.contentType),
    });
    if (decoded.short !== undefined) this.options.onShort?.(item.url, decoded.short);
    const input: ArticleInput = { text: decoded.text, url: decoded.url ?? fetched.url };
    const title = decoded.title ?? item.title;
    const outlet = decoded.source ?? item.source;
    const publishedAt = decoded.publishedAt ?? item.publishedAt;
    if (title !== undefined) input.title = title;
    if (outlet !== undefined) input.source = outlet;
    if (publishedAt !== undefined) input.publishedAt = publishedAt;
    return input;
  }

  /** Fetches one item's page and ingests its article, unless its address is already known. */
  private async fetchItem(source: SourceState, key: string, item: QueuedItem): Promise<void> {
    const known = this.knownAt(item.url);
    if (known !== undefined) {
      this.stored(source, key, item.url, [item.url], { duplicateOf: known });
      return;
    }
    if (this.backingOff(item.url)) return;
    const maxBytes = this.options.decode?.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    let fetched: Fetched;
    try {
      fetched = await this.options.fetcher.get(item.url, { maxBytes, accept: PAGE_ACCEPT });
    } catch (error) {
      if (error instanceof WatchStoppedError) return;
      if (error instanceof RobotsDisallowedError)
        this.finalNow(
          source,
          key,
          item.url,
          'skipped',
          "disallowed by the site's robots.txt for this user agent; not fetched.",
        );
      else if (error instanceof FetchError) this.fetchFailed(source, key, item, error);
      else throw error;
      return;
    }
    if (fetched.status !== 'ok') {
      const error = new FetchError(item.url, 'answered 304 Not Modified to a request that was not conditional.', {
        status: 304,
        retryable: false,
      });
      this.fetchFailed(source, key, item, error);
      return;
    }
    this.noteHost(item.url, false);
    const atFinal = fetched.url !== item.url ? this.knownAt(fetched.url) : undefined;
    if (atFinal !== undefined) {
      this.stored(source, key, item.url, [item.url, fetched.url], { duplicateOf: atFinal });
      return;
    }
    let input: ArticleInput;
    try {
      input = this.pageInput(item, fetched);
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      this.finalNow(source, key, item.url, error.skip ? 'skipped' : 'failed', error.reason);
      return;
    }
    const ingested = await this.ingest(input);
    this.stored(source, key, item.url, [item.url, fetched.url, input.url], ingested);
  }

  /** Ingests the folder's files that are new or changed since they were last read. */
  async scanFolder(folder: string): Promise<void> {
    if (this.stopping) return;
    const source = this.options.state.source(folder);
    source.kind = 'folder';
    this.summary.sources += 1;
    const settleMs = this.options.settleMs ?? 1000;
    let newFiles = 0;
    for await (const entry of walkArticleFiles([folder])) {
      if (this.stopping) break;
      const path = entry.path;
      const seen = source.items[path];
      if (entry.failure !== undefined) {
        if (seen?.reason !== entry.failure) this.finalNow(source, path, path, 'failed', entry.failure);
        continue;
      }
      let signature: string;
      try {
        const info = await stat(path);
        if (this.clock.now() - info.mtimeMs < settleMs) continue;
        signature = `${info.size}:${info.mtimeMs}`;
      } catch {
        continue; // Gone since the walk saw it.
      }
      if (seen?.signature === signature || this.inFlight.has(`${folder}\n${path}`)) continue;
      this.inFlight.add(`${folder}\n${path}`);
      newFiles += 1;
      this.summary.newItems += 1;
      let input: ArticleInput;
      try {
        input = await readArticleFile(path, { ...this.options.decode, onShort: this.options.onShort });
      } catch (error) {
        if (!(error instanceof ArticleInputError)) throw error;
        this.finalNow(source, path, path, error.skip ? 'skipped' : 'failed', error.reason, signature);
        continue;
      }
      const ingested = await this.ingest(input);
      this.stored(source, path, path, [input.url], ingested, { signature });
      await this.maybeFlush();
    }
    this.options.onSource?.(`${folder}: ${newFiles} new or changed file(s)`);
  }

  /** The items left queued in the sources this round touched. */
  countQueued(): number {
    let queued = 0;
    for (const source of this.touched) queued += Object.keys(source.queue).length;
    return queued;
  }
}

/**
 * One round of `kg watch`: checks every source once (conditional GETs for feeds and sitemaps, new or
 * changed files for folders), fetches and ingests each new item once, retries the items that failed
 * in a way that may pass, and writes the state. Stops early, after the article under way, when the
 * signal aborts. A lost store connection ends the round with the error, after saving what is durable.
 */
export async function watchRound(
  store: GraphStore,
  sources: readonly WatchSource[],
  options: RoundOptions,
): Promise<RoundSummary> {
  const round = new Round(store, options);
  let failure: unknown;
  try {
    for (const source of sources) {
      if (options.signal?.aborted) break;
      if (source.kind === 'folder') await round.scanFolder(sourceKey(source));
      else await round.checkUrl(source.url);
    }
  } catch (error) {
    failure = error;
  }
  try {
    await round.flush();
  } catch (flushError) {
    if (failure === undefined) throw flushError;
  }
  if (failure !== undefined) throw failure;
  round.summary.queued = round.countQueued();
  round.summary.stopped = options.signal?.aborted === true;
  return round.summary;
}

/** One line about a round, for stderr. */
export function formatRoundSummary(round: number, summary: RoundSummary): string {
  const s = summary;
  return (
    `watch round ${round}: ${s.sources} source(s) checked (${s.unchanged} not modified, ${s.sourceFailures} failed), ` +
    `${s.newItems} new item(s): ${s.ingested} ingested, ${s.duplicates} already present, ${s.failed} failed, ${s.skipped} skipped` +
    `${s.queued > 0 ? `; ${s.queued} left for the next round` : ''}${s.stopped ? '; stopped early' : ''}`
  );
}
