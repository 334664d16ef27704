/**
 * Every setting of the application, and the one place that reads them from the environment: each
 * group has its own loader, so that a command reads (and validates) only the settings it uses.
 */
import { InputError } from './errors.js';
import { MAX_PAGE_SIZE } from './store/port.js';

/** Where the graph is kept. */
export type StoreKind = 'embedded' | 'neo4j';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /**
   * NEO4J_BATCH_ARTICLES: how many articles one ingest transaction may hold (default 200). Larger
   * batches share more of the commit and the round trips; smaller ones hold locks on shared nodes for
   * less time.
   */
  batchArticles?: number;
  /**
   * NEO4J_CHECK_TIMEOUT_MS: how long a check of the server's availability waits for it (default 1000).
   * `kg serve` checks before a request when nothing has reached the server within the last second, while
   * a query runs, and for /healthz; a server that does not answer within it is reported unavailable.
   */
  checkTimeoutMs?: number;
  /**
   * NEO4J_MAX_POOL_SIZE: most connections the store keeps open to the server (the driver's default, 100,
   * when unset); with a routing URI (`neo4j://`, `neo4j+s://`), to each member of the cluster. A request
   * that finds every one busy waits for one (NEO4J_ACQUISITION_TIMEOUT_MS).
   */
  maxPoolSize?: number;
  /**
   * NEO4J_ACQUISITION_TIMEOUT_MS: how long a request waits for a connection from the pool, or for a new
   * one to open, before it fails (the driver's default, 60000, when unset).
   */
  acquisitionTimeoutMs?: number;
  /**
   * NEO4J_MAX_CONNECTION_LIFETIME_MS: pooled connections older than this are closed and replaced (the
   * driver's default, one hour, when unset). Set it below the time after which something between the
   * client and the server drops a connection: a load balancer, a firewall, or Aura, which closes
   * connections idle for 60 minutes.
   */
  maxConnectionLifetimeMs?: number;
}

/** The settings of the store and the server, read from the environment and command-line options. */
export interface AppConfig {
  store: StoreKind;
  /** File of the embedded store. */
  dataPath: string;
  neo4j: Neo4jSettings;
  port: number;
  host: string;
  /**
   * Bearer tokens that mutations require, when set: KG_API_TOKEN's alone, or the named ones of
   * KG_API_TOKENS (each correction logs the name of the token that made it).
   */
  apiToken?: string | NamedToken[];
}

/** A bearer token and the name it signs corrections with. */
export interface NamedToken {
  name: string;
  secret: string;
}

/**
 * KG_API_TOKENS="alice:secret1,bob:secret2": named tokens, beside or instead of KG_API_TOKEN (which is
 * then one more token, named "api"). Names are letters, digits, `.`, `_` and `-`; names and secrets unique.
 */
function parseApiTokens(named: string | undefined, single: string | undefined): string | NamedToken[] | undefined {
  if (!named?.trim()) return single || undefined;
  const tokens: NamedToken[] = single ? [{ name: 'api', secret: single }] : [];
  for (const entry of named
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0)) {
    const colon = entry.indexOf(':');
    const [name, secret] = colon < 0 ? [entry, ''] : [entry.slice(0, colon), entry.slice(colon + 1)];
    if (!/^[A-Za-z0-9._-]+$/.test(name) || secret.length === 0)
      throw new ConfigError(
        `KG_API_TOKENS holds "${name.slice(0, 40)}:…", which is not name:secret; write it as alice:secret1,bob:secret2 (names of letters, digits, . _ -).`,
      );
    if (tokens.some((t) => t.name === name))
      throw new ConfigError(`KG_API_TOKENS names "${name}" twice; give each token its own name.`);
    if (tokens.some((t) => t.secret === secret))
      throw new ConfigError(`KG_API_TOKENS gives "${name}" a secret another token has; give each its own secret.`);
    tokens.push({ name, secret });
  }
  return tokens;
}

/** A setting is missing or malformed; the message names it. */
export class ConfigError extends InputError {}

/** The values a whole-number setting may take, and how its error message calls them. */
export interface NumberRange {
  min: number;
  /** No upper bound when left out. */
  max?: number;
  /** What the setting is, for the error message (default "a whole number"). */
  kind?: string;
}

/** The one number parser of every setting: a whole number within the range, or a ConfigError naming the setting. */
export function parseWholeNumber(raw: string, setting: string, range: NumberRange): number {
  const value = Number(raw);
  const { min, max = Number.POSITIVE_INFINITY, kind = 'a whole number' } = range;
  if (!Number.isInteger(value) || value < min || value > max) {
    const bounds = Number.isFinite(max) ? `from ${min} to ${max}` : `≥ ${min}`;
    throw new ConfigError(`${setting} must be ${kind} ${bounds}, got "${raw}".`);
  }
  return value;
}

/** An environment variable as a whole number; undefined when it is unset or empty. */
function optionalEnvNumber(env: NodeJS.ProcessEnv, name: string, range: NumberRange): number | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : parseWholeNumber(raw, name, range);
}

/** An environment variable as a whole number; the fallback when it is unset or empty. */
function envNumber(env: NodeJS.ProcessEnv, name: string, range: NumberRange, fallback: number): number {
  return optionalEnvNumber(env, name, range) ?? fallback;
}

/** Parses a store kind given by `setting` (KG_STORE, --store, --from, --to). */
export function parseStoreKind(value: string, setting: string): StoreKind {
  if (value === 'embedded' || value === 'neo4j') return value;
  throw new ConfigError(`${setting} must be "embedded" or "neo4j", got "${value}".`);
}

const PORT_RANGE: NumberRange = { min: 0, max: 65535, kind: 'a port number' };

/** Reads the configuration from environment variables, with command-line overrides taking precedence. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { store?: string; data?: string; port?: string | number; host?: string } = {},
): AppConfig {
  return {
    store: parseStoreKind(overrides.store ?? env.KG_STORE ?? 'embedded', overrides.store ? '--store' : 'KG_STORE'),
    dataPath: overrides.data ?? env.KG_DATA ?? 'data/graph.json',
    neo4j: {
      uri: env.NEO4J_URI ?? 'bolt://localhost:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'neo4j',
      database: env.NEO4J_DATABASE || undefined,
      batchArticles: env.NEO4J_BATCH_ARTICLES
        ? parseWholeNumber(env.NEO4J_BATCH_ARTICLES, 'NEO4J_BATCH_ARTICLES', { min: 1, max: 10_000 })
        : undefined,
      checkTimeoutMs: env.NEO4J_CHECK_TIMEOUT_MS
        ? parseWholeNumber(env.NEO4J_CHECK_TIMEOUT_MS, 'NEO4J_CHECK_TIMEOUT_MS', { min: 50, max: 60_000 })
        : undefined,
      maxPoolSize: optionalEnvNumber(env, 'NEO4J_MAX_POOL_SIZE', { min: 1, max: 1000 }),
      acquisitionTimeoutMs: optionalEnvNumber(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', { min: 100, max: 600_000 }),
      maxConnectionLifetimeMs: optionalEnvNumber(env, 'NEO4J_MAX_CONNECTION_LIFETIME_MS', {
        min: 1000,
        max: 86_400_000,
      }),
    },
    port: parseWholeNumber(
      String(overrides.port ?? env.PORT ?? '4000'),
      overrides.port !== undefined ? '--port' : 'PORT',
      PORT_RANGE,
    ),
    host: overrides.host ?? env.HOST ?? '127.0.0.1',
    apiToken: parseApiTokens(env.KG_API_TOKENS, env.KG_API_TOKEN),
  };
}

/** How patiently to wait for a store server that is not up yet. */
export interface ConnectRetry {
  /** Attempts in all, 1 or more (KG_CONNECT_ATTEMPTS, default 5). */
  attempts: number;
  /** Wait before the second attempt; it doubles after each (KG_CONNECT_DELAY_MS, default 500). */
  firstDelayMs: number;
}

/** The default: 5 attempts over about 7.5 s of waiting. */
const DEFAULT_CONNECT_RETRY: ConnectRetry = { attempts: 5, firstDelayMs: 500 };

/** Reads the retry settings from KG_CONNECT_ATTEMPTS and KG_CONNECT_DELAY_MS. */
export function loadConnectRetry(env: NodeJS.ProcessEnv = process.env): ConnectRetry {
  return {
    attempts: envNumber(env, 'KG_CONNECT_ATTEMPTS', { min: 1, max: 100 }, DEFAULT_CONNECT_RETRY.attempts),
    firstDelayMs: envNumber(env, 'KG_CONNECT_DELAY_MS', { min: 0, max: 60_000 }, DEFAULT_CONNECT_RETRY.firstDelayMs),
  };
}

/** Most reader threads `kg ingest --workers` / KG_INGEST_WORKERS accepts. */
const MAX_INGEST_WORKERS = 64;

/**
 * The reader threads of `kg ingest`: `--workers` when given, else KG_INGEST_WORKERS, else undefined (the
 * default, one per core: src/cli/workers.ts). 0 and 1 both mean none: all on the main thread.
 */
export function loadIngestWorkers(cli: string | undefined, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const range: NumberRange = { min: 0, max: MAX_INGEST_WORKERS, kind: 'a whole number of threads' };
  if (cli !== undefined) return parseWholeNumber(cli, '--workers', range);
  const raw = env.KG_INGEST_WORKERS;
  return raw === undefined || raw === '' ? undefined : parseWholeNumber(raw, 'KG_INGEST_WORKERS', range);
}

/** Parses a size such as "5242880", "500k", "20m" or "1g" into bytes. */
export function parseByteSize(value: string, setting: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
    (match?.[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'
  ];
  const bytes = match ? Math.floor(Number(match[1]) * factor) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new ConfigError(`${setting} must be a size in bytes such as 5242880, 500k or 20m, got "${value}".`);
  }
  return bytes;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for an ISO 8601 date, or date and time, that names a real day (not 2022-13-45). */
export function isIsoDate(value: string): boolean {
  return (
    ISO_DATE_TIME.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(Date.parse(value.slice(0, 10))).toISOString().startsWith(value.slice(0, 10))
  );
}

/** Parses a publication date given by `setting` (--date): its day, as ingestArticle stores publishedAt. */
export function parseIsoDate(value: string, setting: string): string {
  const trimmed = value.trim();
  if (!isIsoDate(trimmed))
    throw new ConfigError(`${setting} must be an ISO 8601 date such as 2022-09-15, got "${value}".`);
  return trimmed.slice(0, 10);
}

/** KG_MAX_ARTICLE_BYTES in bytes; undefined when unset (the decoder's default applies). */
export function loadMaxArticleBytes(env: NodeJS.ProcessEnv = process.env): number | undefined {
  return env.KG_MAX_ARTICLE_BYTES ? parseByteSize(env.KG_MAX_ARTICLE_BYTES, 'KG_MAX_ARTICLE_BYTES') : undefined;
}

/** The protections of the GraphQL API, each configurable through an environment variable. */
export interface ApiLimits {
  /** KG_MAX_DEPTH: deepest field nesting of a query. */
  maxDepth: number;
  /** KG_MAX_ALIASES: most aliases in one operation. */
  maxAliases: number;
  /** KG_MAX_COST: highest graphql-armor cost of one operation. */
  maxCost: number;
  /** KG_MAX_TOKENS: most lexical tokens in one document. */
  maxTokens: number;
  /** KG_MAX_DIRECTIVES: most directives in one operation. */
  maxDirectives: number;
  /** KG_MAX_PAGE_SIZE: largest `first` of any connection. */
  maxPageSize: number;
  /** KG_MAX_HOPS: largest `hops` of neighborhood and `maxHops` of path. */
  maxHops: number;
  /** KG_MAX_SUBGRAPH_NODES: largest `limit` of neighborhood. */
  maxSubgraphNodes: number;
  /** KG_REQUEST_TIMEOUT_MS: time an operation may run. */
  requestTimeoutMs: number;
  /** KG_MAX_BODY_BYTES: largest request body. */
  maxBodyBytes: number;
  /** KG_MAX_ARTICLE_CHARS: longest article text ingestArticle accepts. */
  maxArticleChars: number;
  /** KG_MAX_EXPORT_BYTES: largest export the server writes (/export/… and Query.export); larger ones are refused. */
  maxExportBytes: number;
  /** KG_CORS_ORIGINS: origins allowed to call the API from a browser (comma-separated); none by default. */
  corsOrigins: string[];
}

/** The limits used when no environment variable says otherwise. */
export const DEFAULT_API_LIMITS: ApiLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  maxTokens: 3000,
  maxDirectives: 20,
  maxPageSize: MAX_PAGE_SIZE,
  maxHops: 6,
  maxSubgraphNodes: 500,
  requestTimeoutMs: 10_000,
  maxBodyBytes: 2_000_000,
  maxArticleChars: 500_000,
  maxExportBytes: 64 * 1024 ** 2,
  corsOrigins: [],
};

type NumericLimit = Exclude<keyof ApiLimits, 'corsOrigins' | 'maxExportBytes'>;

const NUMERIC_LIMITS: { key: NumericLimit; env: string; min: number; max: number }[] = [
  { key: 'maxDepth', env: 'KG_MAX_DEPTH', min: 2, max: 100 },
  { key: 'maxAliases', env: 'KG_MAX_ALIASES', min: 0, max: 10_000 },
  { key: 'maxCost', env: 'KG_MAX_COST', min: 10, max: 10_000_000 },
  { key: 'maxTokens', env: 'KG_MAX_TOKENS', min: 50, max: 10_000_000 },
  { key: 'maxDirectives', env: 'KG_MAX_DIRECTIVES', min: 0, max: 10_000 },
  { key: 'maxPageSize', env: 'KG_MAX_PAGE_SIZE', min: 1, max: MAX_PAGE_SIZE },
  { key: 'maxHops', env: 'KG_MAX_HOPS', min: 1, max: 20 },
  { key: 'maxSubgraphNodes', env: 'KG_MAX_SUBGRAPH_NODES', min: 1, max: 100_000 },
  { key: 'requestTimeoutMs', env: 'KG_REQUEST_TIMEOUT_MS', min: 100, max: 3_600_000 },
  { key: 'maxBodyBytes', env: 'KG_MAX_BODY_BYTES', min: 1000, max: 1_000_000_000 },
  { key: 'maxArticleChars', env: 'KG_MAX_ARTICLE_CHARS', min: 100, max: 100_000_000 },
];

/** Reads the API limits from the environment; throws ConfigError naming a malformed setting. */
export function loadApiLimits(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const limits: ApiLimits = { ...DEFAULT_API_LIMITS };
  for (const { key, env: name, min, max } of NUMERIC_LIMITS)
    limits[key] = envNumber(env, name, { min, max }, limits[key]);
  if (env.KG_MAX_EXPORT_BYTES) limits.maxExportBytes = parseByteSize(env.KG_MAX_EXPORT_BYTES, 'KG_MAX_EXPORT_BYTES');
  if (env.KG_CORS_ORIGINS) {
    limits.corsOrigins = env.KG_CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0);
    for (const origin of limits.corsOrigins) checkOrigin(origin);
  }
  return limits;
}

/** An origin of KG_CORS_ORIGINS must be one a browser sends (scheme, host, port; no path), or "*". */
function checkOrigin(origin: string): void {
  if (origin === '*') return;
  let parsed: string | undefined;
  try {
    parsed = new URL(origin).origin;
  } catch {
    parsed = undefined;
  }
  if (parsed !== origin) {
    throw new ConfigError(
      `KG_CORS_ORIGINS must list origins such as https://app.example or http://localhost:3000 (no path, no trailing slash), got "${origin}".`,
    );
  }
}

/**
 * "*" lets any web page call the API from a browser: refused while mutations need no token, since a
 * page open on this machine would then write as a loopback client.
 */
export function checkCorsOrigins(corsOrigins: readonly string[], hasToken: boolean): void {
  if (corsOrigins.includes('*') && !hasToken) {
    throw new ConfigError(
      'KG_CORS_ORIGINS="*" lets any web page call the API, so it needs KG_API_TOKEN or KG_API_TOKENS set (mutations would need no token otherwise): set one or list the origins.',
    );
  }
}

/**
 * A User-Agent given by `setting` (--user-agent, KG_USER_AGENT): what `kg watch` sends to the sites it
 * fetches. Visible ASCII and spaces only (an HTTP header value), 1 to 256 characters; its first word
 * before "/" is the name robots.txt groups are matched against.
 */
export function parseUserAgent(value: string, setting: string): string {
  const trimmed = value.trim();
  if (!/^[\x21-\x7e][\x20-\x7e]{0,255}$/.test(trimmed)) {
    throw new ConfigError(
      `${setting} must be 1 to 256 printable ASCII characters such as "newsgraph/0.1 (+mailto:you@example.org)", got "${value.slice(0, 80)}".`,
    );
  }
  return trimmed;
}

/** The settings of `kg watch` read from the environment. */
export interface WatchSettings {
  /** KG_USER_AGENT: the User-Agent sent to the sites fetched (default: newsgraph and its version). */
  userAgent?: string;
}

/** Reads KG_USER_AGENT; throws ConfigError when it is malformed. */
export function loadWatchSettings(env: NodeJS.ProcessEnv = process.env): WatchSettings {
  return env.KG_USER_AGENT ? { userAgent: parseUserAgent(env.KG_USER_AGENT, 'KG_USER_AGENT') } : {};
}
