/** Base class of what `kg watch` reports about a source or an item; the message names the address and the reason. */
export class WatchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * An address could not be fetched: a network error, a timeout, an HTTP error status, too many
 * redirects, a body over the size limit. `retryable` is true for what waiting may cure (network
 * errors, timeouts, 5xx, 429, 408): the item is tried again next round.
 */
export class FetchError extends WatchError {
  readonly url: string;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  readonly retryable: boolean;

  constructor(url: string, reason: string, options: { status?: number; retryable: boolean; cause?: unknown }) {
    super(`${url}: ${reason}`, { cause: options.cause });
    this.url = url;
    this.status = options.status;
    this.retryable = options.retryable;
  }
}

/** The site's robots.txt does not let this user agent fetch the address: it is never requested. */
export class RobotsDisallowedError extends WatchError {
  constructor(readonly url: string) {
    super(`${url}: disallowed by the site's robots.txt for this user agent; not fetched.`);
  }
}

/** A source answered with something that is neither an RSS/Atom feed nor a sitemap. */
export class MalformedFeedError extends WatchError {
  constructor(
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${reason}`, options);
  }
}

/** The state file cannot be read or is not a `kg watch` state file. */
export class WatchStateError extends WatchError {}
