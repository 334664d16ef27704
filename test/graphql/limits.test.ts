import { ConfigError } from '../../src/config.js';
import { isLoopback, writeAccess } from '../../src/graphql/access.js';
import { DEFAULT_API_LIMITS, loadApiLimits } from '../../src/graphql/limits.js';

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
    expect(() => loadApiLimits({ KG_MAX_DEPTH: 'deep' })).toThrow(/KG_MAX_DEPTH must be a whole number from 2 to 100, got "deep"/);
    expect(() => loadApiLimits({ KG_MAX_PAGE_SIZE: '1000' })).toThrow(/KG_MAX_PAGE_SIZE must be a whole number from 1 to 100/);
  });
});

describe('write access', () => {
  test('loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '1270.0.0.1', 'fe80::1'].some(isLoopback)).toBe(false);
  });

  test('with a token only the right bearer token may write, from anywhere', () => {
    expect(writeAccess('Bearer t0ken', '10.1.1.1', 't0ken')).toEqual({ allowed: true });
    expect(writeAccess('bearer t0ken', '10.1.1.1', 't0ken')).toEqual({ allowed: true });
    expect(writeAccess('Bearer t0ke', '127.0.0.1', 't0ken')).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
    expect(writeAccess(null, '127.0.0.1', 't0ken')).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
    expect(writeAccess('Basic dDBrZW4=', '127.0.0.1', 't0ken')).toMatchObject({ allowed: false });
  });

  test('without a token only loopback (or in-process) clients may write', () => {
    expect(writeAccess(null, '127.0.0.1', undefined)).toEqual({ allowed: true });
    expect(writeAccess(null, undefined, undefined)).toEqual({ allowed: true });
    expect(writeAccess('Bearer anything', '192.168.0.2', undefined)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });
});
