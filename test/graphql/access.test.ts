import { isLoopback, writeAccess } from '../../src/graphql/access.js';

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
