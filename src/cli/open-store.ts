import { ConfigError, type AppConfig } from '../config.js';
import { StoreConnectionError } from '../store/errors.js';
import { isUnreachable } from '../store/neo4j/connection.js';
import { openStore } from '../store/open.js';
import type { GraphStore } from '../store/port.js';

/** How patiently to wait for a store server that is not up yet. */
export interface ConnectRetry {
  /** Attempts in all, 1 or more (KG_CONNECT_ATTEMPTS, default 5). */
  attempts: number;
  /** Wait before the second attempt; it doubles after each (KG_CONNECT_DELAY_MS, default 500). */
  firstDelayMs: number;
}

/** The default: 5 attempts over about 7.5 s of waiting. */
export const DEFAULT_CONNECT_RETRY: ConnectRetry = { attempts: 5, firstDelayMs: 500 };

function wholeNumber(env: NodeJS.ProcessEnv, name: string, min: number, max: number, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return value;
}

/** Reads the retry settings from KG_CONNECT_ATTEMPTS and KG_CONNECT_DELAY_MS. */
export function connectRetryFrom(env: NodeJS.ProcessEnv = process.env): ConnectRetry {
  return {
    attempts: wholeNumber(env, 'KG_CONNECT_ATTEMPTS', 1, 100, DEFAULT_CONNECT_RETRY.attempts),
    firstDelayMs: wholeNumber(env, 'KG_CONNECT_DELAY_MS', 0, 60_000, DEFAULT_CONNECT_RETRY.firstDelayMs),
  };
}

/** True for an error that waiting may cure: the store's server cannot be reached (not: bad credentials). */
export function isTransientConnectionError(error: unknown): boolean {
  return error instanceof StoreConnectionError && isUnreachable(error.cause);
}

/**
 * Opens the configured store; while its server cannot be reached, retries a bounded number of times
 * with doubling waits, telling `onRetry` of each wait. The last error names the setting and the attempts.
 */
export async function openStoreWithRetry(
  config: AppConfig,
  retry: ConnectRetry = connectRetryFrom(),
  onRetry: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
  open: (config: AppConfig) => Promise<GraphStore> = openStore,
): Promise<GraphStore> {
  const started = Date.now();
  let delay = retry.firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await open(config);
    } catch (error) {
      if (!isTransientConnectionError(error)) throw error;
      if (attempt >= retry.attempts) {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        throw new StoreConnectionError(
          `${(error as Error).message} Gave up after ${attempt} attempt(s) over ${seconds} s (KG_CONNECT_ATTEMPTS, KG_CONNECT_DELAY_MS).`,
          { cause: error },
        );
      }
      onRetry(`kg: the store's server cannot be reached (attempt ${attempt} of ${retry.attempts}); retrying in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
