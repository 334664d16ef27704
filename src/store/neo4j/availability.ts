/** How long a finding about the server (from a request or a check) is trusted before the server is asked again. */
const TRUST_MS = 1000;
/** How often a running read looks at what is known of the server. */
const WATCH_MS = 250;

export interface AvailabilityOptions {
  /** How long a check waits for the server's answer before calling it unavailable (NEO4J_CHECK_TIMEOUT_MS). */
  timeoutMs: number;
  /** How long a finding is trusted (default TRUST_MS). */
  trustMs?: number;
  /** How often `watch` looks (default 250 ms). */
  watchMs?: number;
  /** The clock, in milliseconds. */
  now?: () => number;
}

/**
 * What is known of whether the store's server answers, kept cheap enough to ask before every request.
 * The last finding, from a request that reached the server or found it gone or from a check, is trusted
 * for `trustMs`; after that `available()` asks the server with `check`, allowed `timeoutMs` to answer,
 * one check at a time however many callers wait for it. So a server that went down is found within
 * about `trustMs` plus `timeoutMs`, and one that came back is used again as soon as a check reaches it.
 */
export class Availability {
  private found: { available: boolean; at: number } | undefined;
  private checking: Promise<boolean> | undefined;
  private readonly trustMs: number;
  private readonly watchMs: number;
  private readonly now: () => number;

  constructor(
    /** Asks the server something cheap; resolves when it answered, rejects when it did not. */
    private readonly check: () => Promise<unknown>,
    private readonly options: AvailabilityOptions,
  ) {
    this.trustMs = options.trustMs ?? TRUST_MS;
    this.watchMs = options.watchMs ?? WATCH_MS;
    this.now = options.now ?? Date.now;
  }

  /** Notes what a request found: it reached the server (true) or found it gone (false). */
  note(available: boolean): void {
    this.found = { available, at: this.now() };
  }

  /** True when the server answers: what was found within `trustMs`, else what a check finds now. Never rejects. */
  available(): Promise<boolean> {
    const found = this.found;
    if (found && this.now() - found.at < this.trustMs) return Promise.resolve(found.available);
    this.checking ??= this.ask().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /**
   * Settles as `operation` does, unless the server is found down first (looked at every `watchMs`): then
   * rejects at once with `unavailable()`, and what `operation` does afterwards is ignored.
   */
  watch<T>(operation: Promise<T>, unavailable: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let done = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (): boolean => {
        if (done) return false;
        done = true;
        clearTimeout(timer);
        return true;
      };
      const look = (): void => {
        void this.available().then((up) => {
          if (done) return;
          if (up) timer = setTimeout(look, this.watchMs);
          else if (finish()) reject(unavailable());
        });
      };
      timer = setTimeout(look, this.watchMs);
      operation.then(
        (value) => {
          if (finish()) resolve(value);
        },
        (error: unknown) => {
          if (finish()) reject(error);
        },
      );
    });
  }

  private async ask(): Promise<boolean> {
    const asked = this.now();
    let timer: NodeJS.Timeout | undefined;
    const silence = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.timeoutMs);
    });
    try {
      const answered = await Promise.race([
        this.check().then(
          () => true,
          () => false,
        ),
        silence,
      ]);
      // A request that finished while the check ran found something newer.
      if (!this.found || this.found.at <= asked) this.note(answered);
      return answered;
    } finally {
      clearTimeout(timer);
    }
  }
}
