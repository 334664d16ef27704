import { setTimeout as delay } from 'node:timers/promises';

/** Time as the watcher sees it: replaceable in tests, so that waits can be checked without waiting. */
export interface Clock {
  now(): number;
  /** Resolves after `ms` milliseconds, or at once when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (ms <= 0 || signal?.aborted) return;
    await delay(ms, undefined, { signal }).catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') throw error;
    });
  },
};
