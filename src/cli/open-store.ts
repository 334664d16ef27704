import { loadConnectRetry, type AppConfig, type ConnectRetry } from '../config.js';
import { StoreConnectionError } from '../store/errors.js';
import { isTransientConnectionError, openStore } from '../store/open.js';
import type { GraphStore } from '../store/port.js';

/**
 * Opens the configured store; while its server cannot be reached, retries a bounded number of times
 * with doubling waits, telling `onRetry` of each wait. The last error names the setting and the attempts.
 */
export async function openStoreWithRetry(
  config: AppConfig,
  retry: ConnectRetry = loadConnectRetry(),
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
      onRetry(
        `kg: the store's server cannot be reached (attempt ${attempt} of ${retry.attempts}); retrying in ${delay} ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
