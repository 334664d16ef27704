import {
  ConfigError,
  DEFAULT_API_LIMITS,
  loadApiLimits,
  loadConfig,
  loadConnectRetry,
  loadIngestWorkers,
  loadMaxArticleBytes,
  loadWatchSettings,
  parseUserAgent,
  parseWholeNumber,
} from '../src/config.js';

describe('loadApiLimits', () => {
  test('defaults when nothing is set', () => {
    expect(loadApiLimits({})).toEqual(DEFAULT_API_LIMITS);
  });

  test('reads every setting from the environment', () => {
    const limits = loadApiLimits({
      KG_MAX_DEPTH: '8',
      KG_MAX_ALIASES: '5',
      KG_MAX_COST: '1000',
      KG_MAX_TOKENS: '500',
      KG_MAX_PAGE_SIZE: '25',
      KG_MAX_HOPS: '3',
      KG_REQUEST_TIMEOUT_MS: '2500',
      KG_CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(limits).toMatchObject({
      maxDepth: 8,
      maxAliases: 5,
      maxCost: 1000,
      maxTokens: 500,
      maxPageSize: 25,
      maxHops: 3,
      requestTimeoutMs: 2500,
      corsOrigins: ['https://a.example', 'https://b.example'],
    });
  });

  test('a malformed or out-of-range value is a ConfigError naming the setting', () => {
    expect(() => loadApiLimits({ KG_MAX_DEPTH: 'deep' })).toThrow(ConfigError);
    expect(() => loadApiLimits({ KG_MAX_DEPTH: 'deep' })).toThrow(
      /KG_MAX_DEPTH must be a whole number from 2 to 100, got "deep"/,
    );
    expect(() => loadApiLimits({ KG_MAX_PAGE_SIZE: '1000' })).toThrow(
      /KG_MAX_PAGE_SIZE must be a whole number from 1 to 100/,
    );
  });
});

describe('loadConnectRetry', () => {
  it('reads its settings from the environment and refuses nonsense', () => {
    expect(loadConnectRetry({ KG_CONNECT_ATTEMPTS: '2', KG_CONNECT_DELAY_MS: '100' })).toEqual({
      attempts: 2,
      firstDelayMs: 100,
    });
    expect(() => loadConnectRetry({ KG_CONNECT_ATTEMPTS: '0' })).toThrow(
      'KG_CONNECT_ATTEMPTS must be a whole number from 1 to 100, got "0".',
    );
  });
});

describe('loadIngestWorkers', () => {
  it('takes --workers before KG_INGEST_WORKERS, and leaves the default to the caller', () => {
    expect(loadIngestWorkers(undefined, {})).toBeUndefined();
    expect(loadIngestWorkers(undefined, { KG_INGEST_WORKERS: '' })).toBeUndefined();
    expect(loadIngestWorkers(undefined, { KG_INGEST_WORKERS: '4' })).toBe(4);
    expect(loadIngestWorkers('0', { KG_INGEST_WORKERS: '4' })).toBe(0);
    expect(() => loadIngestWorkers('65', {})).toThrow(
      new ConfigError('--workers must be a whole number of threads from 0 to 64, got "65".'),
    );
    expect(() => loadIngestWorkers(undefined, { KG_INGEST_WORKERS: '1.5' })).toThrow('KG_INGEST_WORKERS must be');
  });
});

describe('the other settings', () => {
  test('PORT, KG_STORE and KG_MAX_ARTICLE_BYTES name themselves when malformed', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(
      new ConfigError('PORT must be a port number from 0 to 65535, got "70000".'),
    );
    expect(() => loadConfig({}, { port: 'x' })).toThrow('--port must be a port number from 0 to 65535, got "x".');
    expect(() => loadConfig({ KG_STORE: 'sql' })).toThrow('KG_STORE must be "embedded" or "neo4j", got "sql".');
    expect(loadMaxArticleBytes({ KG_MAX_ARTICLE_BYTES: '20m' })).toBe(20 * 1024 ** 2);
    expect(loadMaxArticleBytes({})).toBeUndefined();
    expect(() => loadMaxArticleBytes({ KG_MAX_ARTICLE_BYTES: 'big' })).toThrow(ConfigError);
  });

  test('NEO4J_CHECK_TIMEOUT_MS is read in milliseconds and checked', () => {
    expect(loadConfig({}).neo4j.checkTimeoutMs).toBeUndefined();
    expect(loadConfig({ NEO4J_CHECK_TIMEOUT_MS: '250' }).neo4j.checkTimeoutMs).toBe(250);
    expect(() => loadConfig({ NEO4J_CHECK_TIMEOUT_MS: '10' })).toThrow(
      new ConfigError('NEO4J_CHECK_TIMEOUT_MS must be a whole number from 50 to 60000, got "10".'),
    );
  });

  test('the Neo4j connection pool settings are read when set, left to the driver otherwise, and checked', () => {
    const unset = loadConfig({}).neo4j;
    expect([unset.maxPoolSize, unset.acquisitionTimeoutMs, unset.maxConnectionLifetimeMs]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(loadConfig({ NEO4J_MAX_POOL_SIZE: '', NEO4J_ACQUISITION_TIMEOUT_MS: '' }).neo4j.maxPoolSize).toBeUndefined();
    expect(
      loadConfig({
        NEO4J_MAX_POOL_SIZE: '20',
        NEO4J_ACQUISITION_TIMEOUT_MS: '5000',
        NEO4J_MAX_CONNECTION_LIFETIME_MS: '3000000',
      }).neo4j,
    ).toMatchObject({ maxPoolSize: 20, acquisitionTimeoutMs: 5000, maxConnectionLifetimeMs: 3_000_000 });
    const refused: [Record<string, string>, string][] = [
      [{ NEO4J_MAX_POOL_SIZE: '0' }, 'NEO4J_MAX_POOL_SIZE must be a whole number from 1 to 1000, got "0".'],
      [{ NEO4J_MAX_POOL_SIZE: 'many' }, 'NEO4J_MAX_POOL_SIZE must be a whole number from 1 to 1000, got "many".'],
      [
        { NEO4J_ACQUISITION_TIMEOUT_MS: '1.5' },
        'NEO4J_ACQUISITION_TIMEOUT_MS must be a whole number from 100 to 600000, got "1.5".',
      ],
      [
        { NEO4J_MAX_CONNECTION_LIFETIME_MS: '-1' },
        'NEO4J_MAX_CONNECTION_LIFETIME_MS must be a whole number from 1000 to 86400000, got "-1".',
      ],
    ];
    for (const [env, message] of refused) expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  test('a whole number without an upper bound says so', () => {
    expect(parseWholeNumber('0', '--flush-interval', { min: 0 })).toBe(0);
    expect(() =>
      parseWholeNumber('-1', '--flush-interval', { min: 0, kind: 'a whole number of milliseconds' }),
    ).toThrow('--flush-interval must be a whole number of milliseconds ≥ 0, got "-1".');
  });
});

describe('kg watch settings', () => {
  it('reads KG_USER_AGENT and refuses what is no header value', () => {
    expect(loadWatchSettings({})).toEqual({});
    expect(loadWatchSettings({ KG_USER_AGENT: ' mybot/2.0 (+mailto:ops@example.org) ' })).toEqual({
      userAgent: 'mybot/2.0 (+mailto:ops@example.org)',
    });
    expect(() => loadWatchSettings({ KG_USER_AGENT: 'bot\r\nX-Evil: 1' })).toThrow(ConfigError);
    expect(() => loadWatchSettings({ KG_USER_AGENT: 'bötchen' })).toThrow(/KG_USER_AGENT must be 1 to 256 printable/);
    expect(() => parseUserAgent('x'.repeat(300), '--user-agent')).toThrow(/--user-agent must be/);
    expect(parseUserAgent('newsgraph/0.1.0', '--user-agent')).toBe('newsgraph/0.1.0');
  });
});

describe('API tokens', () => {
  it('reads KG_API_TOKEN alone, or named tokens from KG_API_TOKENS beside it (KG_API_TOKEN then named "api")', () => {
    expect(loadConfig({}).apiToken).toBeUndefined();
    expect(loadConfig({ KG_API_TOKEN: 's3cret' }).apiToken).toBe('s3cret');
    expect(loadConfig({ KG_API_TOKENS: 'alice:a1, bob:b:2' }).apiToken).toEqual([
      { name: 'alice', secret: 'a1' },
      { name: 'bob', secret: 'b:2' },
    ]);
    expect(loadConfig({ KG_API_TOKEN: 's3cret', KG_API_TOKENS: 'alice:a1' }).apiToken).toEqual([
      { name: 'api', secret: 's3cret' },
      { name: 'alice', secret: 'a1' },
    ]);
  });

  it('refuses malformed, repeated names and shared secrets with a ConfigError naming KG_API_TOKENS', () => {
    for (const value of ['alice', 'alice:', 'al ice:x', 'alice:x,alice:y', 'alice:x,bob:x']) {
      expect(() => loadConfig({ KG_API_TOKENS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ KG_API_TOKENS: value })).toThrow(/KG_API_TOKENS/);
    }
  });
});
