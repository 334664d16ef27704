import neo4j, { type Config, type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../../config.js';
import { StoreConnectionError, StoreError, StoreUnavailableError } from '../errors.js';

function codeOf(error: unknown): string {
  return (error as { code?: unknown }).code === undefined ? '' : String((error as { code?: unknown }).code);
}

/** True for the driver's errors that mean the server is gone or cannot be reached. */
export function isUnreachable(error: unknown): boolean {
  return ['ServiceUnavailable', 'SessionExpired'].includes(codeOf(error));
}

/**
 * The store error for a failure to connect, naming the setting to fix: NEO4J_URI when the server
 * cannot be reached, NEO4J_USER/NEO4J_PASSWORD when it refuses them, NEO4J_DATABASE when there is no
 * such database. Other errors come back as they are.
 */
export function connectionError(error: unknown, settings: Neo4jSettings): unknown {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  const reason = (error as Error).message;
  if (isUnreachable(error)) {
    return new StoreConnectionError(
      `Cannot reach Neo4j at NEO4J_URI=${settings.uri} (${reason}). Start the server (docker compose -f docker/docker-compose.yml up -d neo4j) or set NEO4J_URI to where it runs.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreConnectionError(
      `Neo4j at ${settings.uri} refused the credentials of NEO4J_USER=${settings.user} (${reason}). Check NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Security.CredentialsExpired') {
    return new StoreConnectionError(
      `Neo4j at ${settings.uri} wants a new password for NEO4J_USER=${settings.user}: set one (neo4j-admin dbms set-initial-password, or NEO4J_AUTH in docker) and put it in NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreConnectionError(
      `Neo4j at ${settings.uri} has no database NEO4J_DATABASE=${settings.database ?? '(default)'}. Create it or unset NEO4J_DATABASE to use the default one.`,
      { cause: error },
    );
  }
  return error;
}

/** How long a check of the server's availability waits for it when NEO4J_CHECK_TIMEOUT_MS is not set. */
export const DEFAULT_CHECK_TIMEOUT_MS = 1000;

/** The server's address without any user and password written into it, for messages. */
function shownUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/** The error of a request made while the server does not answer: what to start or check, no credentials. */
export function unavailableError(settings: Neo4jSettings, cause?: unknown): StoreUnavailableError {
  return new StoreUnavailableError(
    `The store is unavailable: Neo4j at ${shownUri(settings.uri)} does not answer; start it or check NEO4J_URI.`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * A driver of its own for checking that the server answers (see Availability): one connection, which
 * it waits for at most NEO4J_CHECK_TIMEOUT_MS, so that a check never queues behind busy requests.
 */
export function checkingDriver(settings: Neo4jSettings): Driver {
  const timeout = settings.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: 1,
    connectionTimeout: timeout,
    connectionAcquisitionTimeout: timeout,
    userAgent: 'newsgraph-check',
  });
}

/**
 * The driver settings of the store's connections: the pool settings of NEO4J_MAX_POOL_SIZE,
 * NEO4J_ACQUISITION_TIMEOUT_MS and NEO4J_MAX_CONNECTION_LIFETIME_MS where they are set (the driver's
 * defaults otherwise), and the store's own.
 */
export function driverConfig(settings: Neo4jSettings): Config {
  const config: Config = {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: MAX_RETRY_MS,
    userAgent: 'newsgraph',
  };
  if (settings.maxPoolSize !== undefined) config.maxConnectionPoolSize = settings.maxPoolSize;
  if (settings.acquisitionTimeoutMs !== undefined) config.connectionAcquisitionTimeout = settings.acquisitionTimeoutMs;
  if (settings.maxConnectionLifetimeMs !== undefined) config.maxConnectionLifetime = settings.maxConnectionLifetimeMs;
  return config;
}

/**
 * How long the driver retries a transaction over errors it calls retryable (a server restarting, a
 * leader changing), and `retried` an auto-commit read: a restart of up to that long is ridden out.
 */
const MAX_RETRY_MS = 15_000;

/**
 * Runs `work` again over the errors the driver would retry a transaction for, with the driver's
 * back-off (`firstDelayMs` doubling, ±20 %), for at most `maxMs`; the store's auto-commit reads go
 * through it, so that they ride out a restart as its transactions do.
 */
export async function retried<T>(
  work: () => Promise<T>,
  { firstDelayMs = 1000, maxMs = MAX_RETRY_MS }: { firstDelayMs?: number; maxMs?: number } = {},
): Promise<T> {
  const start = Date.now();
  for (let delay = firstDelayMs; ; delay *= 2) {
    try {
      return await work();
    } catch (error) {
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!neo4j.isRetryableError(error) || Date.now() - start + wait > maxMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** A driver for the configured server, with its connectivity and credentials checked. */
export async function openDriver(settings: Neo4jSettings): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), driverConfig(settings));
  } catch (error) {
    throw new StoreConnectionError(
      `NEO4J_URI=${settings.uri} is not a Neo4j address (${(error as Error).message}); use e.g. bolt://localhost:7687 or neo4j://host:7687.`,
      { cause: error },
    );
  }
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw connectionError(error, settings);
  }
  return driver;
}
