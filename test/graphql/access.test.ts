import type { Socket } from 'node:net';
import { isLoopback, writeAccess } from '../../src/graphql/access.js';
import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: write access is decided from the request (token, client address) before any
// resolver runs. The query tests run on both stores (see stores.ts).

describe('write access', () => {
  test('loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '1270.0.0.1', 'fe80::1'].some(isLoopback)).toBe(false);
  });

  test('with a token only the right bearer token may write, from anywhere', () => {
    expect(writeAccess('Bearer t0ken', { socket: '10.1.1.1' }, 't0ken')).toEqual({ allowed: true, who: 'api' });
    expect(writeAccess('bearer t0ken', { socket: '10.1.1.1' }, 't0ken')).toEqual({ allowed: true, who: 'api' });
    expect(writeAccess('Bearer t0ke', { socket: '127.0.0.1' }, 't0ken')).toMatchObject({
      allowed: false,
      code: 'UNAUTHENTICATED',
    });
    expect(writeAccess(null, { socket: '127.0.0.1' }, 't0ken')).toMatchObject({
      allowed: false,
      code: 'UNAUTHENTICATED',
    });
    expect(writeAccess('Basic dDBrZW4=', { socket: '127.0.0.1' }, 't0ken')).toMatchObject({ allowed: false });
  });

  test('with named tokens (KG_API_TOKENS) each token writes under its name, and no other may write', () => {
    const tokens = [
      { name: 'alice', secret: 'a-secret' },
      { name: 'bob', secret: 'b-secret' },
    ];
    expect(writeAccess('Bearer a-secret', { socket: '10.1.1.1' }, tokens)).toEqual({ allowed: true, who: 'alice' });
    expect(writeAccess('Bearer b-secret', { socket: '10.1.1.1' }, tokens)).toEqual({ allowed: true, who: 'bob' });
    expect(writeAccess('Bearer c-secret', { socket: '127.0.0.1' }, tokens)).toMatchObject({
      allowed: false,
      code: 'UNAUTHENTICATED',
    });
    expect(writeAccess(null, 'in-process', tokens)).toMatchObject({ allowed: false });
  });

  test('without a token only loopback (or in-process) clients may write', () => {
    expect(writeAccess(null, { socket: '127.0.0.1' }, undefined)).toEqual({ allowed: true, who: 'local' });
    expect(writeAccess('Bearer anything', { socket: '192.168.0.2' }, undefined)).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('locality is decided once, when the request arrives', () => {
  const DELETE = JSON.stringify({ query: 'mutation { deleteArticle(id: "article:none") { found } }' });
  /** A socket that reports `address` until the request's context is built, then undefined, as Node does once it is destroyed. */
  function socketGoneAfter(address: string | undefined, reads: number): { remoteAddress: string | undefined } {
    let left = reads;
    return {
      get remoteAddress() {
        left -= 1;
        return left >= 0 ? address : undefined;
      },
    };
  }
  async function deleteVia(socket: { remoteAddress: string | undefined }) {
    const { api } = testApi(await fixtureStore());
    const response = await api.fetch(
      'http://localhost/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: DELETE },
      {
        req: { socket: socket as Socket },
      },
    );
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }

  test('a remote client whose connection is reset (address undefined) may not write', async () => {
    expect((await deleteVia({ remoteAddress: undefined })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await deleteVia(socketGoneAfter('203.0.113.5', 1))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a loopback client stays local after its socket is gone', async () => {
    expect(await deleteVia(socketGoneAfter('127.0.0.1', 1))).toEqual({ data: { deleteArticle: { found: false } } });
  });

  test('writeAccess denies an unknown address and allows an in-process call', () => {
    expect(writeAccess(null, { socket: undefined }, undefined)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(writeAccess(null, 'in-process', undefined)).toEqual({ allowed: true, who: 'in-process' });
  });
});
