import { ConfigError } from '../config.js';
import { MAX_PAGE_SIZE } from '../store/pagination.js';

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
  corsOrigins: [],
};

const NUMERIC_SETTINGS: { key: keyof ApiLimits; env: string; min: number; max: number }[] = [
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
  for (const { key, env: name, min, max } of NUMERIC_SETTINGS) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
    }
    Object.assign(limits, { [key]: value });
  }
  if (env.KG_CORS_ORIGINS) {
    limits.corsOrigins = env.KG_CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0);
  }
  return limits;
}
