/** Where the graph is kept. */
export type StoreKind = 'embedded' | 'neo4j';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Every setting of the application, read from the environment and command-line options. */
export interface AppConfig {
  store: StoreKind;
  /** File of the embedded store. */
  dataPath: string;
  neo4j: Neo4jSettings;
  port: number;
  host: string;
  /** Bearer token that mutations require, when set. */
  apiToken?: string;
}

/** A setting is missing or malformed; the message names it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function parseStoreKind(value: string, setting: string): StoreKind {
  if (value === 'embedded' || value === 'neo4j') return value;
  throw new ConfigError(`${setting} must be "embedded" or "neo4j", got "${value}".`);
}

function parsePort(value: string, setting: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${setting} must be a port number from 0 to 65535, got "${value}".`);
  }
  return port;
}

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
    },
    port: parsePort(String(overrides.port ?? env.PORT ?? '4000'), overrides.port !== undefined ? '--port' : 'PORT'),
    host: overrides.host ?? env.HOST ?? '127.0.0.1',
    apiToken: env.KG_API_TOKEN || undefined,
  };
}
