import { loadConfig } from '../../src/config.js';
import { StoreConnectionError } from '../../src/store/errors.js';
import { Neo4jError } from 'neo4j-driver';
import { driverConfig, retried } from '../../src/store/neo4j/connection.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import { openStore } from '../../src/store/open.js';
import { neo4jTestSettings } from '../setup/neo4j-env.js';

describe('connecting to Neo4j', () => {
  it('names NEO4J_USER and NEO4J_PASSWORD when the server refuses the credentials', async () => {
    const settings = { ...neo4jTestSettings(), password: 'not-the-password' };
    const attempt = Neo4jStore.connect(settings);
    await expect(attempt).rejects.toBeInstanceOf(StoreConnectionError);
    await expect(Neo4jStore.connect(settings)).rejects.toThrow(/NEO4J_USER=neo4j.*Check NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('names NEO4J_URI when nothing listens there', async () => {
    const settings = { ...neo4jTestSettings(), uri: 'bolt://127.0.0.1:9' };
    await expect(Neo4jStore.connect(settings)).rejects.toThrow(
      /Cannot reach Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:9/,
    );
  });

  it('names NEO4J_URI when it is not a Neo4j address', async () => {
    await expect(Neo4jStore.connect({ ...neo4jTestSettings(), uri: 'http://127.0.0.1:7474' })).rejects.toThrow(
      /NEO4J_URI=http:\/\/127\.0\.0\.1:7474 is not a Neo4j address/,
    );
  });

  it('names NEO4J_DATABASE when the server has no such database', async () => {
    await expect(Neo4jStore.connect({ ...neo4jTestSettings(), database: 'no-such-db' })).rejects.toThrow(
      /no database NEO4J_DATABASE=no-such-db/,
    );
  });

  it('opens the Neo4j store that KG_STORE=neo4j and the NEO4J_* settings name, schema in place', async () => {
    const { uri, user, password } = neo4jTestSettings();
    const store = await openStore(
      loadConfig({ KG_STORE: 'neo4j', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password }),
    );
    try {
      expect(store).toBeInstanceOf(Neo4jStore);
      expect((await store.searchEntities({ search: 'anything at all' })).totalCount).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('gives the driver the pool settings of NEO4J_*, and answers with a small pool', async () => {
    const { uri, user, password } = neo4jTestSettings();
    const env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
    expect(driverConfig(loadConfig(env).neo4j)).not.toHaveProperty('maxConnectionPoolSize');
    const settings = loadConfig({
      ...env,
      NEO4J_MAX_POOL_SIZE: '2',
      NEO4J_ACQUISITION_TIMEOUT_MS: '20000',
      NEO4J_MAX_CONNECTION_LIFETIME_MS: '600000',
    }).neo4j;
    expect(driverConfig(settings)).toMatchObject({
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: 20_000,
      maxConnectionLifetime: 600_000,
    });
    const store = await Neo4jStore.connect(settings);
    try {
      // Ten reads at once share the two connections, each waiting its turn for one.
      const answers = await Promise.all(Array.from({ length: 10 }, () => store.searchEntities({ search: 'nobody' })));
      expect(answers.map((page) => page.totalCount)).toEqual(Array.from({ length: 10 }, () => 0));
    } finally {
      await store.close();
    }
  });
});

// The store's reads of one statement are auto-commit queries, which the driver does not retry itself.
describe('retried auto-commit reads', () => {
  const unavailable = () => new Neo4jError('server restarting', 'ServiceUnavailable', '08000', 'connection exception');

  it('run again over errors the driver would retry a transaction for, until they succeed', async () => {
    let calls = 0;
    const read = retried(
      async () => {
        calls += 1;
        if (calls < 3) throw unavailable();
        return 'rows';
      },
      { firstDelayMs: 5 },
    );
    await expect(read).resolves.toBe('rows');
    expect(calls).toBe(3);
  });

  it('give up at once on any other error, and after the retry time on retryable ones', async () => {
    let calls = 0;
    const syntax = new Neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError', '42000', 'syntax error');
    await expect(
      retried(async () => {
        calls += 1;
        throw syntax;
      }),
    ).rejects.toBe(syntax);
    expect(calls).toBe(1);
    const started = Date.now();
    await expect(
      retried(
        async () => {
          throw unavailable();
        },
        { firstDelayMs: 10, maxMs: 100 },
      ),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
