import { loadConfig } from '../../src/config.js';
import { StoreConnectionError } from '../../src/store/errors.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { openStoreWithRetry } from '../../src/cli/open-store.js';

const config = loadConfig({}, { store: 'neo4j' });
const unreachable = () =>
  new StoreConnectionError('Cannot reach Neo4j at NEO4J_URI=bolt://127.0.0.1:1 (connection refused).', {
    cause: Object.assign(new Error('connection refused'), { code: 'ServiceUnavailable' }),
  });

describe('openStoreWithRetry', () => {
  it('retries while the server cannot be reached, then opens it', async () => {
    const messages: string[] = [];
    let calls = 0;
    const store = await openStoreWithRetry(
      config,
      { attempts: 4, firstDelayMs: 1 },
      (m) => messages.push(m),
      async (): Promise<GraphStore> => {
        calls += 1;
        if (calls < 3) throw unreachable();
        return EmbeddedStore.open();
      },
    );
    expect(calls).toBe(3);
    expect(messages).toEqual([
      "kg: the store's server cannot be reached (attempt 1 of 4); retrying in 1 ms",
      "kg: the store's server cannot be reached (attempt 2 of 4); retrying in 2 ms",
    ]);
    expect((await store.stats()).articles).toBe(0);
  });

  it('gives up after the last attempt with the setting named', async () => {
    let calls = 0;
    const opening = openStoreWithRetry(
      config,
      { attempts: 3, firstDelayMs: 1 },
      () => undefined,
      async () => {
        calls += 1;
        throw unreachable();
      },
    );
    await expect(opening).rejects.toThrow(
      /Cannot reach Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:1 .* Gave up after 3 attempt\(s\) over \d+\.\d s/,
    );
    expect(calls).toBe(3);
  });

  it('does not retry refused credentials', async () => {
    let calls = 0;
    const refused = new StoreConnectionError('Neo4j refused the credentials of NEO4J_USER=neo4j.', {
      cause: Object.assign(new Error('unauthorized'), { code: 'Neo.ClientError.Security.Unauthorized' }),
    });
    await expect(
      openStoreWithRetry(
        config,
        { attempts: 5, firstDelayMs: 1 },
        () => undefined,
        async () => {
          calls += 1;
          throw refused;
        },
      ),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });
});
